#!/usr/bin/env python3
"""Generate a benchmark corpus from the seed reports in corpus/.

Each generated report is a copy of one seed report whose numbers are replaced by other
numbers of the same shape (same digit count, same decimals, same separators), so the text,
the tables and the number density stay those of real reports while no two files are equal.
Deterministic: the same --seed and --megabytes give byte-identical files.
"""
import argparse
import os
import random
import re
import sys

NUMBER = re.compile(r"[0-9]+")


def vary(text, rng):
    def replace(match):
        digits = match.group(0)
        if len(digits) == 1:
            return str(rng.randint(0, 9))
        first = str(rng.randint(1, 9))
        rest = "".join(str(rng.randint(0, 9)) for _ in range(len(digits) - 1))
        return first + rest

    return NUMBER.sub(replace, text)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", default="corpus", help="folder of seed *.txt reports")
    parser.add_argument("--out", required=True, help="folder to write into (emptied first)")
    parser.add_argument("--megabytes", type=float, default=100.0)
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--per-folder", type=int, default=1000)
    args = parser.parse_args()

    seeds = sorted(
        os.path.join(args.seeds, name)
        for name in os.listdir(args.seeds)
        if name.endswith(".txt")
    )
    if not seeds:
        sys.exit(f"generate.py: no *.txt reports in '{args.seeds}'")
    texts = [open(path, encoding="utf-8").read() for path in seeds]

    rng = random.Random(args.seed)
    target = int(args.megabytes * 1_000_000)
    written = 0
    count = 0
    while written < target:
        index = count % len(texts)
        body = vary(texts[index], rng).encode("utf-8")
        folder = os.path.join(args.out, f"{count // args.per_folder:04d}")
        if count % args.per_folder == 0:
            os.makedirs(folder, exist_ok=True)
        name = f"{count:06d}_{os.path.basename(seeds[index])}"
        with open(os.path.join(folder, name), "wb") as out:
            out.write(body)
        written += len(body)
        count += 1
    print(f"generated {count} reports, {written / 1e6:.1f} MB, in {args.out}")


if __name__ == "__main__":
    main()
