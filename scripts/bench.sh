#!/usr/bin/env bash
# bench.sh measures what whispirlint costs on top of the go/analysis
# machinery it runs in. It runs whispirlint and a no-op analyzer built into
# the same driver (internal/noop: the bare baseline, no Requires, reports
# nothing) side by side on the same packages, interleaved, and compares the
# medians of their CPU time (user+sys, including the go list child) and peak
# RSS against the targets:
#
#	CPU time    whispirlint / no-op <= 1.02
#	peak RSS    whispirlint / no-op <= 1.05
#
#	scripts/bench.sh                 # 5 pairs of runs on std
#	N=9 scripts/bench.sh             # more pairs, tighter medians
#	PATTERN=./... scripts/bench.sh   # another package pattern (run from the repo)
#
# Both binaries run with the caller's environment (GOFLAGS, GOGC,
# GOMAXPROCS, ...), from the repository root, after one untimed run each to
# warm the build cache. Pairs alternate their order (AB BA AB ...) so drift
# in machine load falls on both sides. On a busy machine the CPU figures
# spread by a few percent; compare the min/max columns before trusting a
# FAIL, or rerun with a larger N on an idle machine.
#
# Exit status: 0 when both targets are met, 1 when one is missed or a run
# crashes, 2 when the tools do not build. A developer tool: it takes
# minutes, so it refuses to run under CI=true.
set -uo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [[ "${CI:-}" == true ]]; then
	echo "bench.sh: skipped under CI=true (a long developer tool; see docs/performance.md)"
	exit 0
fi

N=${N:-5}
PATTERN=${PATTERN:-std}
REGION=${REGION:-au}
CPU_TARGET=1.02
RSS_TARGET=1.05

start=$SECONDS
work=$(mktemp -d "${TMPDIR:-/tmp}/whispirlint-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
bin=$work/bin

echo "bench.sh: building whispirlint and the no-op driver"
if ! build_tools "$bin"; then
	echo "bench.sh: build failed" >&2
	exit 2
fi

cd "$repo_root" || exit 2
wl=("$bin/whispirlint" -region="$REGION" "$PATTERN")
noop=("$bin/noopvet" "$PATTERN")

# run TOOL LABEL ARGS... runs one measured command; its stderr goes to a file
# and its rusage line to $work/TOOL.stats.
run() {
	local tool=$1 label=$2
	shift 2
	"$bin/rusage" -o "$work/$tool.stats" -- "$@" >/dev/null 2>"$work/$tool.err"
	local code
	code=$(field exit "$work/$tool.stats")
	# 0: nothing found; 3: findings (whispirlint std exits 3 while the
	# analyzer has false positives). Anything else did not complete.
	if [[ $code != 0 && $code != 3 ]] || is_crash "$work/$tool.err"; then
		echo "bench.sh: $label exited $code:" >&2
		head -n 40 "$work/$tool.err" >&2
		exit 1
	fi
	printf '%-4s %-12s %4s %8s %8s %8s %8s %8s\n' "$label" "$tool" "$code" \
		"$(field wall_s "$work/$tool.stats")" "$(field user_s "$work/$tool.stats")" \
		"$(field sys_s "$work/$tool.stats")" "$(field cpu_s "$work/$tool.stats")" \
		"$(kib_to_mib "$(field maxrss_kib "$work/$tool.stats")")"
}

echo "bench.sh: warming the build cache (untimed)"
go list -e -test -deps -export -compiled "$PATTERN" >/dev/null 2>&1
"${wl[@]}" >/dev/null 2>&1
"${noop[@]}" >/dev/null 2>&1

echo
echo "whispirlint vs no-op on $PATTERN: $N interleaved pairs ($(date -u '+%Y-%m-%d %H:%M UTC'), $(go env GOVERSION), $(nproc) cores)"
echo "env: GOFLAGS='${GOFLAGS:-}' GOGC='${GOGC:-}' GOMAXPROCS='${GOMAXPROCS:-}' load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
printf '%-4s %-12s %4s %8s %8s %8s %8s %8s\n' run tool exit wall_s user_s sys_s cpu_s rss_MiB
wl_cpu=() wl_rss=() noop_cpu=() noop_rss=()
for ((i = 1; i <= N; i++)); do
	order=(whispirlint noop)
	if ((i % 2 == 0)); then
		order=(noop whispirlint)
	fi
	for tool in "${order[@]}"; do
		if [[ $tool == whispirlint ]]; then
			run whispirlint "$i" "${wl[@]}"
			wl_cpu+=("$(field cpu_s "$work/whispirlint.stats")")
			wl_rss+=("$(field maxrss_kib "$work/whispirlint.stats")")
		else
			run noop "$i" "${noop[@]}"
			noop_cpu+=("$(field cpu_s "$work/noop.stats")")
			noop_rss+=("$(field maxrss_kib "$work/noop.stats")")
		fi
	done
done

# spread V... prints "min-max" of its numeric arguments.
spread() { printf '%s\n' "$@" | sort -g | sed -n '1p;$p' | paste -sd- -; }
mib_all() { for k in "$@"; do kib_to_mib "$k"; echo; done; }

wl_cpu_med=$(median "${wl_cpu[@]}")
noop_cpu_med=$(median "${noop_cpu[@]}")
wl_rss_med=$(median "${wl_rss[@]}")
noop_rss_med=$(median "${noop_rss[@]}")

# verdict RATIO TARGET prints PASS or FAIL.
verdict() { awk -v r="$1" -v t="$2" 'BEGIN { print (r <= t ? "PASS" : "FAIL") }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }

cpu_ratio=$(ratio "$wl_cpu_med" "$noop_cpu_med")
rss_ratio=$(ratio "$wl_rss_med" "$noop_rss_med")
cpu_verdict=$(verdict "$cpu_ratio" "$CPU_TARGET")
rss_verdict=$(verdict "$rss_ratio" "$RSS_TARGET")

echo
printf '%-12s %13s %13s %15s %15s\n' tool cpu_s_median cpu_s_range rss_MiB_median rss_MiB_range
printf '%-12s %13s %13s %15s %15s\n' whispirlint "$wl_cpu_med" "$(spread "${wl_cpu[@]}")" \
	"$(kib_to_mib "$wl_rss_med")" "$(spread $(mib_all "${wl_rss[@]}"))"
printf '%-12s %13s %13s %15s %15s\n' no-op "$noop_cpu_med" "$(spread "${noop_cpu[@]}")" \
	"$(kib_to_mib "$noop_rss_med")" "$(spread $(mib_all "${noop_rss[@]}"))"
echo
# The ratios of each pair's two runs, which ran back to back: a check on the
# ratio of medians when the machine's speed drifts during the run.
pair_ratios=()
for ((i = 0; i < N; i++)); do
	pair_ratios+=("$(ratio "${wl_cpu[i]}" "${noop_cpu[i]}")")
done
echo "CPU time  per-pair ratios: ${pair_ratios[*]} (median $(median "${pair_ratios[@]}"))"
echo "CPU time  whispirlint/no-op = $cpu_ratio (target <= $CPU_TARGET): $cpu_verdict"
echo "peak RSS  whispirlint/no-op = $rss_ratio (target <= $RSS_TARGET): $rss_verdict"
echo "bench.sh: $((SECONDS - start)) s in all"
[[ $cpu_verdict == PASS && $rss_verdict == PASS ]]
