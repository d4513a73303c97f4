#!/usr/bin/env python3
"""Time `crossfoot extract` (and `check`) against `rg -o` (and pcre2grep when installed) on the same files.

Every tool reads the same generated corpus in the same run, single-threaded, output to
/dev/null; after one warm-up pass each (the files are in the page cache for everyone) the
tools take turns, --repeat rounds, so a machine that slows down for a while slows all of them
alike, and each one's best time counts.  Prints MB/s per tool and crossfoot's ratios to rg:
extract with its default text output and with --format jsonl (which adds every document's
metadata, SHA-256 digest and source lines), and check.
"""
import argparse
import os
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


def run_once(argv):
    start = time.perf_counter()
    result = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        sys.exit(f"bench: {argv[0]} failed ({result.returncode}): "
                 f"{result.stderr.decode(errors='replace')[:500]}")
    return elapsed


def time_commands(tools, repeat):
    """Best wall time of each tool over @repeat rounds in turn, after one warm-up run each."""
    for _, argv in tools:
        run_once(argv)
    best = {}
    for _ in range(repeat):
        for name, argv in tools:
            elapsed = run_once(argv)
            best[name] = min(best.get(name, elapsed), elapsed)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--crossfoot", required=True, help="the built crossfoot binary")
    parser.add_argument("--corpus", required=True, help="generated corpus folder")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    files = corpus_files(args.corpus)
    total = sum(os.path.getsize(f) for f in files)
    megabytes = total / 1e6
    print(f"corpus: {len(files)} files, {megabytes:.1f} MB ({args.corpus})")
    print(f"best of {args.repeat} rounds after a warm-up, single thread, output to /dev/null")

    # -j 1: the acceptance figure is single-threaded (crossfoot uses every core by default)
    extract_text = "crossfoot extract -j 1"
    extract_jsonl = "crossfoot extract -j 1 --format jsonl"
    check = "crossfoot check -j 1 --format json"
    tools = [(extract_text, [args.crossfoot, "extract", "-j", "1", args.corpus]),
             (extract_jsonl,
              [args.crossfoot, "extract", "-j", "1", "--format", "jsonl", args.corpus])]
    rg = shutil.which("rg")
    if rg is None:
        sys.exit("bench: ripgrep (rg) is not installed: apt-get install ripgrep")
    # --no-ignore: the generated corpus lives in a git-ignored folder
    rg_name = f"rg -o -j1 '{NUMBER_REGEX}'"
    tools.append((rg_name, [rg, "-o", "-j1", "--no-ignore", "--hidden", NUMBER_REGEX,
                            args.corpus]))
    pcre2grep = shutil.which("pcre2grep")
    if pcre2grep is not None:
        tools.append((f"pcre2grep -o -r '{NUMBER_REGEX}'",
                      [pcre2grep, "-o", "-r", NUMBER_REGEX, args.corpus]))
    tools.append((check, [args.crossfoot, "check", "-j", "1", "--format", "json",
                          args.corpus]))

    best = time_commands(tools, args.repeat)
    for name, _ in tools:
        print(f"  {name:45s} {best[name]:7.3f} s  {megabytes / best[name]:8.1f} MB/s")

    def ratio(name):
        return best[rg_name] / best[name]

    print(f"ratio crossfoot extract/rg: {ratio(extract_text):.2f} (target >= 0.5)")
    print(f"ratio crossfoot extract --format jsonl/rg: {ratio(extract_jsonl):.2f}")
    print(f"ratio crossfoot check/rg: {ratio(check):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
