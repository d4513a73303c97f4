#!/usr/bin/env bash
# tests/bench/run.sh [BUILD_DIR] — the extract benchmark in one command.
#
# Generates (once per seed and size) a >= 100 MB corpus of reports from corpus/*.txt with
# varied numbers into tests/bench/out/ (git-ignored), builds crossfoot in BUILD_DIR (default:
# build-bench, a release build), then times `crossfoot extract` (text, and --format jsonl) and
# `crossfoot check` next to `rg -o` with a plain number regex (and pcre2grep when installed) on
# the same files, the tools taking turns over the rounds, and prints MB/s and the ratios.
# Environment: BENCH_MEGABYTES (default 100), BENCH_SEED (20240601), BENCH_REPEAT (5).
set -euo pipefail

. "$(dirname "$0")/build.sh"
megabytes=${BENCH_MEGABYTES:-100}
seed=${BENCH_SEED:-20240601}
repeat=${BENCH_REPEAT:-5}
out="$root/tests/bench/out"
corpus="$out/corpus"
stamp="$out/stamp"
want="megabytes=$megabytes seed=$seed seeds=$(cat "$root"/corpus/*.txt | cksum)"

if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
	rm -rf "$corpus" "$stamp"
	mkdir -p "$out"
	python3 "$root/tests/bench/generate.py" --seeds "$root/corpus" --out "$corpus" \
		--megabytes "$megabytes" --seed "$seed"
	echo "$want" >"$stamp"
fi

python3 "$root/tests/bench/bench.py" --crossfoot "$build/crossfoot" --corpus "$corpus" \
	--repeat "$repeat"
