#!/usr/bin/env python3
"""Time `crossfoot extract` (and `check`) against `rg -o` (and pcre2grep when installed) on the same files.

Every tool reads the same generated corpus in the same run, single-threaded, output to
/dev/null; each is run --repeat times after one warm-up pass (the files are in the page cache
for everyone) and its best time counts.  Prints MB/s per tool and crossfoot's ratio to rg.
"""
import argparse
import os
import resource
import shutil
import subprocess
import sys
import time

NUMBER_REGEX = r"[0-9]+(\.[0-9]+)?"


def corpus_files(folder):
    files = []
    for directory, subdirs, names in os.walk(folder):
        subdirs.sort()
        files.extend(os.path.join(directory, n) for n in sorted(names) if n.endswith(".txt"))
    return files


def time_command(argv, repeat):
    """Best wall time of @repeat runs (after one warm-up), and the peak RSS of any run."""
    subprocess.run(argv, stdout=subprocess.DEVNULL, check=False)
    best = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - start
        if result.returncode not in (0, 1):
            sys.exit(f"bench: {argv[0]} failed ({result.returncode}): "
                     f"{result.stderr.decode(errors='replace')[:500]}")
        best = elapsed if best is None else min(best, elapsed)
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return best, peak_kb


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--crossfoot", required=True, help="the built crossfoot binary")
    parser.add_argument("--corpus", required=True, help="generated corpus folder")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    files = corpus_files(args.corpus)
    total = sum(os.path.getsize(f) for f in files)
    megabytes = total / 1e6
    print(f"corpus: {len(files)} files, {megabytes:.1f} MB ({args.corpus})")
    print(f"best of {args.repeat} runs after a warm-up, single thread, output to /dev/null")

    # -j 1: the acceptance figure is single-threaded (crossfoot uses every core by default)
    tools = [("crossfoot extract -j 1 --format jsonl",
              [args.crossfoot, "extract", "-j", "1", "--format", "jsonl", args.corpus])]
    rg = shutil.which("rg")
    if rg is None:
        sys.exit("bench: ripgrep (rg) is not installed: apt-get install ripgrep")
    # --no-ignore: the generated corpus lives in a git-ignored folder
    tools.append((f"rg -o -j1 '{NUMBER_REGEX}'",
                  [rg, "-o", "-j1", "--no-ignore", "--hidden", NUMBER_REGEX, args.corpus]))
    pcre2grep = shutil.which("pcre2grep")
    if pcre2grep is not None:
        tools.append((f"pcre2grep -o -r '{NUMBER_REGEX}'",
                      [pcre2grep, "-o", "-r", NUMBER_REGEX, args.corpus]))

    tools.append(("crossfoot check -j 1 --format json",
                  [args.crossfoot, "check", "-j", "1", "--format", "json", args.corpus]))

    results = {}
    for name, argv in tools:
        seconds, _ = time_command(argv, args.repeat)
        results[name] = megabytes / seconds
        print(f"  {name:45s} {seconds:7.3f} s  {megabytes / seconds:8.1f} MB/s")

    crossfoot = results[tools[0][0]]
    rg_speed = results[tools[1][0]]
    ratio = crossfoot / rg_speed
    print(f"ratio crossfoot extract/rg: {ratio:.2f} (target >= 0.5)")
    check = results[tools[-1][0]]
    print(f"ratio crossfoot check/rg: {check / rg_speed:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
