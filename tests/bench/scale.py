#!/usr/bin/env python3
"""The scale benchmark: `crossfoot check -j JOBS` over 1,000 and 10,000 generated reports,
end to end, next to `rg -j JOBS -o` with a plain number regex on the same files in the same
run; peak RSS of each crossfoot run (is memory proportional to the batch?); and the time to
build a history database (`check --history`) for the largest batch.

Each corpus is generated once (generate.py --scale: varied units, years and numbers) into
--out and reused while its parameters do not change.  On each corpus rg runs once first (it
warms the page cache for both), then rg and crossfoot take turns for --repeat rounds, so a slow
spell of the machine hits both alike; each one's best time counts, and the largest peak RSS.
"""
import argparse
import os
import re
import subprocess
import sys
import time

NUMBER_REGEX = r"[0-9]+(\.[0-9]+)?"
LAST_CPU = float("nan")


def corpus_bytes(folder):
    total = 0
    for directory, _, names in os.walk(folder):
        total += sum(os.path.getsize(os.path.join(directory, n)) for n in names
                     if n.endswith(".txt"))
    return total


def timed(argv, ok=(0,)):
    """Wall seconds and peak RSS (MB) of one run, output to /dev/null (GNU time -v); the CPU
    seconds (user + system) are in LAST_CPU."""
    global LAST_CPU
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-v"] + argv, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    err = result.stderr.decode(errors="replace")
    if result.returncode not in ok:
        sys.exit(f"scale: {' '.join(argv)} failed ({result.returncode}): {err[-800:]}")
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
    LAST_CPU = sum(float(m) for m in re.findall(r"(?:User|System) time \(seconds\): ([0-9.]+)", err))
    return elapsed, int(peak.group(1)) / 1024 if peak else float("nan")


def corpus_name(reports, rate):
    """scale-1000 for every number varied (the worst case), scale-1000-r0.01 for a rate."""
    return f"scale-{reports}" if rate == 1.0 else f"scale-{reports}-r{rate:g}"


def ensure_corpus(args, reports, rate):
    folder = os.path.join(args.out, corpus_name(reports, rate))
    stamp = folder + ".stamp"
    seeds_sum = subprocess.run(
        f"cat {args.seeds}/*.txt {os.path.dirname(os.path.abspath(__file__))}/generate.py"
        " | cksum", shell=True, capture_output=True, text=True).stdout.strip()
    want = f"reports={reports} seed={args.seed} rate={rate:g} seeds={seeds_sum}"
    if not os.path.exists(stamp) or open(stamp).read() != want:
        subprocess.run(["rm", "-rf", folder, stamp], check=True)
        subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "generate.py"),
                        "--scale", "--reports", str(reports), "--seeds", args.seeds,
                        "--out", folder, "--seed", str(args.seed), "--vary-rate", str(rate)],
                       check=True)
        with open(stamp, "w") as f:
            f.write(want)
    return folder


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--crossfoot", required=True)
    parser.add_argument("--seeds", default="corpus")
    parser.add_argument("--out", required=True)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3,
                        help="rounds of rg and crossfoot in turn per corpus (best time counts)")
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--vary-rates", default="1,0.01",
                        help="generate.py --vary-rate of each corpus: 1 = every number varied "
                        "(most relations broken, the worst case), 0.01 = a few broken per report")
    args = parser.parse_args()
    sizes = [int(n) for n in args.sizes.split(",")]
    rates = [float(r) for r in args.vary_rates.split(",")]
    jobs = str(args.jobs)
    rows = []
    cpu = {}
    for rate in rates:
        for reports in sizes:
            folder = ensure_corpus(args, reports, rate)
            megabytes = corpus_bytes(folder) / 1e6
            rg_argv = ["rg", "-j", jobs, "-o", NUMBER_REGEX, folder]
            timed(rg_argv, ok=(0, 1))
            rg_time = cf_time = float("inf")
            cf_peak = 0.0
            cpu[(reports, rate)] = float("inf")
            for _ in range(args.repeat):
                rg_time = min(rg_time, timed(rg_argv, ok=(0, 1))[0])
                wall, peak = timed([args.crossfoot, "check", "-j", jobs, folder], ok=(0, 1))
                cf_time = min(cf_time, wall)
                cf_peak = max(cf_peak, peak)
                cpu[(reports, rate)] = min(cpu[(reports, rate)], LAST_CPU)
            rows.append((reports, rate, megabytes, rg_time, cf_time, cf_peak))
            print(f"{reports} reports (vary rate {rate:g}), {megabytes:.1f} MB: rg {rg_time:.2f} s "
                  f"({megabytes / rg_time:.1f} MB/s), crossfoot check {cf_time:.2f} s "
                  f"({megabytes / cf_time:.2f} MB/s, peak RSS {cf_peak:.0f} MB)", flush=True)

    largest = max(sizes)
    folder = os.path.join(args.out, corpus_name(largest, rates[0]))
    database = folder + ".db"
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(database + suffix):
            os.remove(database + suffix)
    probe = subprocess.run([args.crossfoot, "help", "check"], capture_output=True, text=True)
    if "--history" not in probe.stdout:
        print("crossfoot check has no --history option in this build: no history figures")
        history_time = history_peak = float("nan")
    else:
        history_time, history_peak = timed(
            [args.crossfoot, "check", "-j", jobs, "--history", database, folder], ok=(0, 1))
    history_cpu = LAST_CPU - cpu[(largest, rates[0])]
    db_mb = os.path.getsize(database) / 1e6 if os.path.exists(database) else float("nan")
    # the machine is shared: wall times of two runs minutes apart differ by more than the
    # history costs, so the build is the CPU time (user + system) the --history run spent
    # over the plain one; the history is written by the calling thread as each document is
    # handed over, next to the -j workers: with no core to spare that is about its wall time
    # too, but for the waits on the disk
    print(f"{largest} reports with --history: {history_time:.2f} s (peak RSS "
          f"{history_peak:.0f} MB); history build {history_cpu:.1f} CPU s over the plain "
          f"check; database {db_mb:.0f} MB", flush=True)

    print()
    print(f"| reports | numbers varied | MB | `rg -j {jobs} -o` | `crossfoot check -j {jobs}` |"
          " ratio crossfoot/rg | crossfoot peak RSS |")
    print("|---|---|---|---|---|---|---|")
    for reports, rate, megabytes, rg_time, cf_time, cf_peak in rows:
        print(f"| {reports:,} | {rate:.0%} | {megabytes:.0f} | {rg_time:.2f} s "
              f"({megabytes / rg_time:.0f} MB/s)"
              f" | {cf_time:.1f} s ({megabytes / cf_time:.2f} MB/s) | "
              f"**{rg_time / cf_time:.3f}** | {cf_peak:.0f} MB |")
    print(f"| {largest:,} with `--history` | {rates[0]:.0%} | | | {history_time:.1f} s | | "
          f"{history_peak:.0f} MB |")
    print(f"\nhistory database for {largest:,} reports: {history_cpu:.1f} CPU s over the plain"
          f" check ({db_mb:.0f} MB file)")


if __name__ == "__main__":
    main()
