#!/usr/bin/env bash
# bench-config.sh measures what the scan of configuration files adds to a
# standalone run: whispirlint -region=au ./... against the same command
# with -config=false, in interleaved pairs, on each module directory given,
# and compares the medians of their CPU time (user+sys, go list children
# included) and wall time against the target:
#
#	CPU time    with scan / without <= 1.05
#
#	scripts/bench-config.sh                     # 7 pairs on this repository
#	N=9 scripts/bench-config.sh DIR...          # other modules (copied first)
#
# A module from the module cache is copied to a temporary directory (the
# cache is read-only). Exit status: 0 when every module meets the target,
# 1 when one misses it or a run crashes, 2 when the tools do not build. A
# developer tool: it refuses to run under CI=true.
set -uo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [[ "${CI:-}" == true ]]; then
	echo "bench-config.sh: skipped under CI=true (a long developer tool; see docs/performance.md)"
	exit 0
fi

N=${N:-7}
TARGET=1.05
dirs=("$@")
if ((${#dirs[@]} == 0)); then
	dirs=("$repo_root")
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/whispirlint-bench-config.XXXXXX")
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
bin=$work/bin
echo "bench-config.sh: building whispirlint"
if ! build_tools "$bin"; then
	echo "bench-config.sh: build failed" >&2
	exit 2
fi

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
status=0
for dir in "${dirs[@]}"; do
	src=$dir
	if [[ $dir != "$repo_root" ]]; then
		src=$work/mod/$(basename "$dir")
		mkdir -p "$work/mod" && cp -r "$dir" "$src" && chmod -R u+w "$src"
	fi
	echo
	echo "$dir: $(find "$src" -type f -name '*.go' | wc -l) Go files, $(find "$src" -type f ! -name '*.go' | wc -l) other files"
	echo "$N interleaved pairs ($(date -u '+%Y-%m-%d %H:%M UTC'), $(go env GOVERSION), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
	(cd "$src" && "$bin/whispirlint" -region=au ./... >/dev/null 2>&1) # warm the build cache
	with_cpu=() without_cpu=() with_wall=() without_wall=()
	printf '%-4s %-8s %4s %8s %8s\n' run scan exit wall_s cpu_s
	for ((i = 1; i <= N; i++)); do
		order=(with without)
		if ((i % 2 == 0)); then
			order=(without with)
		fi
		for mode in "${order[@]}"; do
			flags=(-region=au)
			[[ $mode == without ]] && flags+=(-config=false)
			(cd "$src" && "$bin/rusage" -o "$work/$mode.stats" -- "$bin/whispirlint" "${flags[@]}" ./... >/dev/null 2>"$work/$mode.err")
			code=$(field exit "$work/$mode.stats")
			if [[ $code != 0 && $code != 3 ]] || is_crash "$work/$mode.err"; then
				echo "bench-config.sh: $mode exited $code:" >&2
				head -n 20 "$work/$mode.err" >&2
				exit 1
			fi
			cpu=$(field cpu_s "$work/$mode.stats") wall=$(field wall_s "$work/$mode.stats")
			printf '%-4s %-8s %4s %8s %8s\n' "$i" "$mode" "$code" "$wall" "$cpu"
			if [[ $mode == with ]]; then
				with_cpu+=("$cpu") with_wall+=("$wall")
			else
				without_cpu+=("$cpu") without_wall+=("$wall")
			fi
		done
	done
	r=$(ratio "$(median "${with_cpu[@]}")" "$(median "${without_cpu[@]}")")
	w=$(ratio "$(median "${with_wall[@]}")" "$(median "${without_wall[@]}")")
	verdict=$(awk -v r="$r" -v t="$TARGET" 'BEGIN { print (r <= t ? "PASS" : "FAIL") }')
	echo "median CPU s: with scan $(median "${with_cpu[@]}"), without $(median "${without_cpu[@]}"); ratio $r (target <= $TARGET): $verdict"
	echo "median wall s: with scan $(median "${with_wall[@]}"), without $(median "${without_wall[@]}"); ratio $w"
	[[ $verdict == PASS ]] || status=1
done
exit $status
