# tests/bench/build.sh — sourced by the benchmark scripts (run.sh, scale.sh, shapes.sh) with
# their arguments: sets $root (the source tree) and $build (the first argument, else
# build-bench: a release build of its own, since the figures are for an optimised binary),
# set up when missing, and builds crossfoot there.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build-bench}
if [ ! -f "$build/build.ninja" ]; then
	meson setup --buildtype=release "$build" "$root"
fi
ninja -C "$build" crossfoot
