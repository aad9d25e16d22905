#!/usr/bin/env bash
# bench.sh measures what whispirlint costs against two baselines, run side
# by side on the same packages, interleaved: the no-op analyzer built into
# whispirlint's own driver (internal/noop, -tags whispirlint_noop: the same
# loading and type checking, no analysis; run with -config=false, so that
# the configuration scan counts as whispirlint's own cost), and the no-op
# analyzer run by x/tools' singlechecker (internal/noop/singlechecker: what
# any go/analysis driver costs). It compares the medians of their CPU time
# (user+sys, including the go list child) and peak RSS against the targets:
#
#	CPU time    whispirlint / own no-op        <= 1.02   (the analyzer's own cost)
#	peak RSS    whispirlint / own no-op        <= 1.05
#	CPU time    whispirlint / singlechecker    <= 0.6    (issue 15: type-check only what can have a finding)
#	peak RSS    whispirlint / singlechecker    <= 1.0
#
#	scripts/bench.sh                 # 5 rounds on std
#	N=9 scripts/bench.sh             # more rounds, tighter medians
#	PATTERN=./... scripts/bench.sh   # another package pattern (run from the repo)
#
# The tools run with the caller's environment (GOFLAGS, GOGC, GOMAXPROCS,
# ...), from the repository root, after one untimed run each to warm the
# build cache. Each round rotates the order of the three, so drift in
# machine load falls on all of them. On a busy machine the CPU figures
# spread by a few percent; compare the min/max columns before trusting a
# FAIL, or rerun with a larger N on an idle machine.
#
# Exit status: 0 when every target is met, 1 when one is missed or a run
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
SC_CPU_TARGET=0.6
SC_RSS_TARGET=1.0

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
declare -A cmd
cmd[whispirlint]="$bin/whispirlint -region=$REGION $PATTERN"
cmd[noop]="$bin/noopvet -config=false $PATTERN"
cmd[singlechecker]="$bin/singlechecker $PATTERN"
tools=(whispirlint noop singlechecker)

# run TOOL LABEL runs one measured command; its stderr goes to a file
# and its rusage line to $work/TOOL.stats.
run() {
	local tool=$1 label=$2
	# shellcheck disable=SC2086 # the commands are word lists
	"$bin/rusage" -o "$work/$tool.stats" -- ${cmd[$tool]} >/dev/null 2>"$work/$tool.err"
	local code
	code=$(field exit "$work/$tool.stats")
	# 0: nothing found; 3: findings (whispirlint std exits 3 while the
	# analyzer has false positives). Anything else did not complete.
	if [[ $code != 0 && $code != 3 ]] || is_crash "$work/$tool.err"; then
		echo "bench.sh: $label $tool exited $code:" >&2
		head -n 40 "$work/$tool.err" >&2
		exit 1
	fi
	printf '%-4s %-14s %4s %8s %8s %8s %8s %8s\n' "$label" "$tool" "$code" \
		"$(field wall_s "$work/$tool.stats")" "$(field user_s "$work/$tool.stats")" \
		"$(field sys_s "$work/$tool.stats")" "$(field cpu_s "$work/$tool.stats")" \
		"$(kib_to_mib "$(field maxrss_kib "$work/$tool.stats")")"
	cpu[$tool]+=" $(field cpu_s "$work/$tool.stats")"
	rss[$tool]+=" $(field maxrss_kib "$work/$tool.stats")"
}

echo "bench.sh: warming the build cache (untimed)"
go list -e -test -deps -export -compiled "$PATTERN" >/dev/null 2>&1
for tool in "${tools[@]}"; do
	# shellcheck disable=SC2086
	${cmd[$tool]} >/dev/null 2>&1
done

echo
echo "whispirlint vs no-op baselines on $PATTERN: $N rounds ($(date -u '+%Y-%m-%d %H:%M UTC'), $(go env GOVERSION), $(nproc) cores)"
echo "env: GOFLAGS='${GOFLAGS:-}' GOGC='${GOGC:-}' GOMAXPROCS='${GOMAXPROCS:-}' load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
printf '%-4s %-14s %4s %8s %8s %8s %8s %8s\n' run tool exit wall_s user_s sys_s cpu_s rss_MiB
declare -A cpu rss
for ((i = 1; i <= N; i++)); do
	for ((j = 0; j < 3; j++)); do
		run "${tools[(i + j) % 3]}" "$i"
	done
done

mib_all() { for k in "$@"; do kib_to_mib "$k"; echo; done; }

# verdict RATIO TARGET prints PASS or FAIL.
verdict() { awk -v r="$1" -v t="$2" 'BEGIN { print (r <= t ? "PASS" : "FAIL") }'; }

echo
printf '%-14s %13s %13s %15s %15s\n' tool cpu_s_median cpu_s_range rss_MiB_median rss_MiB_range
declare -A cpu_med rss_med
for tool in "${tools[@]}"; do
	# shellcheck disable=SC2086
	cpu_med[$tool]=$(median ${cpu[$tool]})
	# shellcheck disable=SC2086
	rss_med[$tool]=$(median ${rss[$tool]})
	# shellcheck disable=SC2086
	printf '%-14s %13s %13s %15s %15s\n' "$tool" "${cpu_med[$tool]}" "$(spread ${cpu[$tool]})" \
		"$(kib_to_mib "${rss_med[$tool]}")" "$(spread $(mib_all ${rss[$tool]}))"
done
echo
ok=true
# check WHAT BASE TARGET prints one ratio line.
check() {
	local what=$1 base=$2 target=$3 r v
	if [[ $what == CPU ]]; then
		r=$(ratio "${cpu_med[whispirlint]}" "${cpu_med[$base]}")
	else
		r=$(ratio "${rss_med[whispirlint]}" "${rss_med[$base]}")
	fi
	v=$(verdict "$r" "$target")
	[[ $v == PASS ]] || ok=false
	printf '%-8s whispirlint/%-13s = %s (target <= %s): %s\n' "$what" "$base" "$r" "$target" "$v"
}
# The ratios of each round's runs, which ran back to back: a check on the
# ratio of medians when the machine's speed drifts during the run.
for base in noop singlechecker; do
	read -ra w <<<"${cpu[whispirlint]}"
	read -ra b <<<"${cpu[$base]}"
	pr=()
	for ((i = 0; i < N; i++)); do pr+=("$(ratio "${w[i]}" "${b[i]}")"); done
	echo "CPU time per-round ratios to $base: ${pr[*]} (median $(median "${pr[@]}"))"
done
check CPU noop "$CPU_TARGET"
check RSS noop "$RSS_TARGET"
check CPU singlechecker "$SC_CPU_TARGET"
check RSS singlechecker "$SC_RSS_TARGET"
echo "bench.sh: $((SECONDS - start)) s in all"
$ok
