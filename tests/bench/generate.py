#!/usr/bin/env python3
"""Generate a benchmark corpus from the seed reports in corpus/.

Each generated report is a copy of one seed report whose numbers are replaced by other
numbers of the same shape (same digit count, same decimals, same separators), so the text,
the tables and the number density stay those of real reports while no two files are equal.
With --vary-rate below 1 only that fraction of the numbers is replaced: the seeds' relations
mostly hold and each report carries a few broken ones, the density of errors of real
submissions (with every number replaced, most relations break: the checker's worst case).
Deterministic: the same --seed and --megabytes give byte-identical files.
"""
import argparse
import os
import random
import re
import sys

NUMBER = re.compile(r"[0-9]+")
# years the seeds speak of (2015–2029), kept as years and shifted together in --scale mode
YEAR = re.compile(r"(?<![0-9])20[12][0-9](?=年)")
# the places the seeds' issuing units are named after; --scale mode renames them per report
PLACES = ["长沙市", "益阳市", "雨花区", "开福区"]
# 200 district names (东湖区, 西江区 …); a report issued at city level (中共益阳市委组织部)
# names its city after the district (东湖市), so every generated unit is named uniquely
DISTRICTS = [a + b + "区" for a in "东西南北金银青白云山" for b in "湖江河岭城桥塘林峰川阳溪泉港洲坪岗湾源亭"]
DEPARTMENTS = ["组织部", "宣传部", "统战部", "政法委", "编办", "财政局", "教育局", "民政局",
               "卫健委", "住建局"]
YEARS = 5  # each generated unit issues one report a year for this many consecutive years


def vary(text, rng, rate=1.0):
    """Every digit run of @text replaced by a random one of the same shape, or with @rate < 1
    only that fraction of them (the rest kept as the seed states them)."""
    def replace(match):
        digits = match.group(0)
        if rate < 1.0 and rng.random() >= rate:
            return digits
        if len(digits) == 1:
            return str(rng.randint(0, 9))
        first = str(rng.randint(1, 9))
        rest = "".join(str(rng.randint(0, 9)) for _ in range(len(digits) - 1))
        return first + rest

    return NUMBER.sub(replace, text)


def vary_scaled(text, rng, city, district, department, shift, rate=1.0):
    """A seed report as another unit's, another year's: places and department renamed, years
    shifted by @shift (consistently, so 上年 still means the year before), other numbers
    varied."""
    for place in ("长沙市", "益阳市", "岳阳市"):
        text = text.replace(place, "\0CITY\0")
    for place in ("雨花区", "开福区", "屈原管理区"):
        text = text.replace(place, "\0DISTRICT\0")
    text = text.replace("组织部", "\0DEPARTMENT\0")
    parts = YEAR.split(text)
    years = YEAR.findall(text)
    out = []
    for i, part in enumerate(parts):
        out.append(vary(part, rng, rate))
        if i < len(years):
            out.append(str(int(years[i]) + shift))
    text = "".join(out)
    text = text.replace("\0CITY\0", city).replace("\0DISTRICT\0", district)
    return text.replace("\0DEPARTMENT\0", department)


def write_report(args, count, name, body):
    """Writes report number @count as NNNNNN_@name into its folder of --per-folder reports
    (NNNN/); returns its size in bytes."""
    folder = os.path.join(args.out, f"{count // args.per_folder:04d}")
    if count % args.per_folder == 0:
        os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, f"{count:06d}_{name}"), "wb") as out:
        out.write(body)
    return len(body)


def generate_scaled(args, seeds, texts):
    """--scale: exactly --reports reports, each two seeds joined (a report and its annex, the
    size of a long real report).  Reports come in runs of YEARS: one unit (district ×
    department, 2,000 of them, each with its own city and district names) issuing one report a year for 2019–2023, so a batch holds
    the same unit over consecutive years, as a real archive does, and no unit twice a year."""
    rng = random.Random(args.seed)
    base_years = [int(m.group(0)) if (m := YEAR.search(t)) else 2022 for t in texts]
    n_units = len(DISTRICTS) * len(DEPARTMENTS)
    written = 0
    for count in range(args.reports):
        unit = (count // YEARS) % n_units
        district = DISTRICTS[unit % len(DISTRICTS)]
        city = district[:-1] + "市"
        department = DEPARTMENTS[unit // len(DISTRICTS)]
        year = 2019 + count % YEARS
        first = count % len(texts)
        second = (first + 1 + (count // len(texts)) % (len(texts) - 1)) % len(texts)
        body = "\n".join(
            vary_scaled(texts[i], rng, city, district, department, year - base_years[first],
                        args.vary_rate)
            for i in (first, second)
        ).encode("utf-8")
        written += write_report(args, count, f"{city}{district}{department}_{year}.txt", body)
    print(f"generated {args.reports} reports, {written / 1e6:.1f} MB, in {args.out}")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", default="corpus", help="folder of seed *.txt reports")
    parser.add_argument("--out", required=True, help="folder to write into (emptied first)")
    parser.add_argument("--megabytes", type=float, default=100.0)
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--per-folder", type=int, default=1000)
    parser.add_argument("--scale", action="store_true",
                        help="--reports reports with varied units and years (scale benchmark)")
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--vary-rate", type=float, default=1.0,
                        help="fraction of the numbers (other than years) replaced: 1 (default) "
                        "varies every number, so most relations break (a worst case); 0.01 "
                        "keeps the seeds' relations and breaks a few per report, as in real "
                        "submissions")
    args = parser.parse_args()

    seeds = sorted(
        os.path.join(args.seeds, name)
        for name in os.listdir(args.seeds)
        if name.endswith(".txt")
    )
    if not seeds:
        sys.exit(f"generate.py: no *.txt reports in '{args.seeds}'")
    texts = [open(path, encoding="utf-8").read() for path in seeds]

    if args.scale:
        generate_scaled(args, seeds, texts)
        return

    rng = random.Random(args.seed)
    target = int(args.megabytes * 1_000_000)
    written = 0
    count = 0
    while written < target:
        index = count % len(texts)
        body = vary(texts[index], rng, args.vary_rate).encode("utf-8")
        written += write_report(args, count, os.path.basename(seeds[index]), body)
        count += 1
    print(f"generated {count} reports, {written / 1e6:.1f} MB, in {args.out}")


if __name__ == "__main__":
    main()
