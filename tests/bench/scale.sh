#!/usr/bin/env bash
# tests/bench/scale.sh [BUILD_DIR] — the scale benchmark in one command (see scale.py):
# `crossfoot check -j 2` on 1,000 and 10,000 generated reports (>= 200 MB) next to
# `rg -j 2 -o`, peak RSS for each, and the history database build for 10,000 reports.
# Generated corpora go to tests/bench/out/ (git-ignored).  Environment: BENCH_SIZES
# (default 1000,10000), BENCH_RATES (1,0.01: every number varied, the worst case, and 1 %
# varied, a few broken relations per report as in real submissions), BENCH_JOBS (2),
# BENCH_REPEAT (3: rounds of rg and check in turn, best time each), BENCH_SEED (20240601).
# Needs ripgrep, python3 and GNU time (/usr/bin/time).
set -euo pipefail

. "$(dirname "$0")/build.sh"
python3 "$root/tests/bench/scale.py" --crossfoot "$build/crossfoot" --seeds "$root/corpus" \
	--out "$root/tests/bench/out" --sizes "${BENCH_SIZES:-1000,10000}" \
	--jobs "${BENCH_JOBS:-2}" --repeat "${BENCH_REPEAT:-3}" --seed "${BENCH_SEED:-20240601}" \
	--vary-rates "${BENCH_RATES:-1,0.01}"
