#!/usr/bin/env bash
# tests/bench/shapes.sh [BUILD_DIR] — the worst-case shapes benchmark in one command (see
# shapes.py): `crossfoot check` on inputs built to stress one check each, at N and 4N clauses,
# with the ratio of the times (4: linear, 16: quadratic) and peak RSS.  Inputs go to
# tests/bench/out/shapes/ (git-ignored).  Environment: BENCH_SHAPE_SIZE (N, default 5000),
# BENCH_REPEAT (3).  Needs python3 and GNU time (/usr/bin/time).
set -euo pipefail

. "$(dirname "$0")/build.sh"
python3 "$root/tests/bench/shapes.py" --crossfoot "$build/crossfoot" --seeds "$root/corpus" \
	--out "$root/tests/bench/out/shapes" --size "${BENCH_SHAPE_SIZE:-5000}" \
	--repeat "${BENCH_REPEAT:-3}"
