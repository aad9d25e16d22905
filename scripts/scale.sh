#!/usr/bin/env bash
# scale.sh measures whispirlint against what any go/analysis driver costs,
# on generated modules (internal/perf/synth), interleaved, N rounds:
#
#	monorepo  PACKAGES packages (300), one in WHISPIR_EVERY (100) with
#	          SITES (20) Whispir sites: the standalone command on ./...
#	sites     one package with SITES (1000) Whispir sites: the standalone
#	          command, and the peak memory per site above the no-op
#	vet       go vet -vettool on the sites module, a full re-vet each time
#	          (each run gets its own copy of the tool, with a byte appended,
#	          so go vet's cache, keyed on the tool's hash, never answers)
#
# against two baselines: the no-op analyzer on whispirlint's own driver
# (noopvet, with -config=false: the configuration scan is whispirlint's
# own cost) and the no-op analyzer on x/tools' singlechecker (under go vet:
# unitchecker), which type-checks every package.
#
#	scripts/scale.sh                        # all three, N=5
#	SCENARIO=vet N=9 scripts/scale.sh
#	BIN_DIR=DIR scripts/scale.sh            # tools built before (see build_tools), e.g. of an older commit
#
# CPU is user+sys of the command and the children it waited for (go list,
# go vet's per-package runs); peak RSS is the largest single process. A
# developer tool: it refuses to run under CI=true.
set -uo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [[ "${CI:-}" == true ]]; then
	echo "scale.sh: skipped under CI=true (a long developer tool; see docs/performance.md)"
	exit 0
fi

N=${N:-5}
SCENARIOS=${SCENARIO:-monorepo sites vet}
PACKAGES=${PACKAGES:-300}
WHISPIR_EVERY=${WHISPIR_EVERY:-100}
REGION=${REGION:-au}

start=$SECONDS
work=$(mktemp -d "${TMPDIR:-/tmp}/whispirlint-scale.XXXXXX")
trap 'rm -rf "$work"' EXIT
bin=${BIN_DIR:-$work/bin}
if [[ -z ${BIN_DIR:-} ]]; then
	echo "scale.sh: building the tools"
	if ! build_tools "$bin"; then
		echo "scale.sh: build failed" >&2
		exit 2
	fi
fi

# measure LABEL DIR CMD... runs CMD in DIR under rusage and appends
# "cpu_s maxrss_kib" to $work/LABEL.
measure() {
	local label=$1 dir=$2
	shift 2
	(cd "$dir" && "$bin/rusage" -o "$work/last.stats" -- "$@" >/dev/null 2>"$work/last.err")
	local code
	code=$(field exit "$work/last.stats")
	if [[ $code != 0 && $code != 1 && $code != 3 ]] || is_crash "$work/last.err"; then
		echo "scale.sh: $label exited $code:" >&2
		head -n 20 "$work/last.err" >&2
		exit 1
	fi
	echo "$(field cpu_s "$work/last.stats") $(field maxrss_kib "$work/last.stats")" >>"$work/$label"
	printf '  %-14s exit %s  cpu_s %6s  rss_MiB %5s\n' "$label" "$code" \
		"$(field cpu_s "$work/last.stats")" "$(kib_to_mib "$(field maxrss_kib "$work/last.stats")")"
}

# fresh TOOL prints the path of a copy of TOOL whose hash is new.
fresh() {
	local copy
	copy=$work/fresh/$RANDOM$RANDOM/$(basename "$1")
	mkdir -p "$(dirname "$copy")"
	cp "$1" "$copy" && printf '%s' "$copy$RANDOM" >>"$copy"
	echo "$copy"
}

# run_tool SCENARIO TOOL DIR runs one measured command.
run_tool() {
	local scenario=$1 tool=$2 dir=$3
	case $scenario/$tool in
	vet/whispirlint) measure "$tool" "$dir" go vet -vettool="$(fresh "$bin/whispirlint")" -region="$REGION" ./... ;;
	vet/noop) measure "$tool" "$dir" go vet -vettool="$(fresh "$bin/noopvet")" ./... ;;
	vet/singlechecker) measure "$tool" "$dir" go vet -vettool="$(fresh "$bin/singlechecker")" ./... ;;
	*/whispirlint) measure "$tool" "$dir" "$bin/whispirlint" -region="$REGION" ./... ;;
	*/noop) measure "$tool" "$dir" "$bin/noopvet" -config=false ./... ;;
	*/singlechecker) measure "$tool" "$dir" "$bin/singlechecker" ./... ;;
	esac
}

# col FILE K prints column K of FILE.
col() { awk -v k="$2" '{ print $k }' "$1"; }

report() {
	local scenario=$1 sites=$2
	printf '\n%-14s %12s %13s %15s %15s %9s %9s %9s %9s\n' tool cpu_s_median cpu_s_range rss_MiB_median rss_MiB_range \
		cpu/noop rss/noop cpu/sc rss/sc
	local nc nr sc sr
	nc=$(median $(col "$work/noop" 1)) nr=$(median $(col "$work/noop" 2))
	sc=$(median $(col "$work/singlechecker" 1)) sr=$(median $(col "$work/singlechecker" 2))
	for tool in whispirlint noop singlechecker; do
		local c r
		c=$(median $(col "$work/$tool" 1)) r=$(median $(col "$work/$tool" 2))
		local mibs=()
		for k in $(col "$work/$tool" 2); do mibs+=("$(kib_to_mib "$k")"); done
		printf '%-14s %12s %13s %15s %15s %9s %9s %9s %9s\n' "$tool" "$c" "$(spread $(col "$work/$tool" 1))" \
			"$(kib_to_mib "$r")" "$(spread "${mibs[@]}")" "$(ratio "$c" "$nc")" "$(ratio "$r" "$nr")" \
			"$(ratio "$c" "$sc")" "$(ratio "$r" "$sr")"
	done
	if [[ $scenario == sites ]]; then
		echo "peak RSS above the no-op: $(awk -v a="$(median $(col "$work/whispirlint" 2))" -v b="$nr" -v n="$sites" \
			'BEGIN { printf "%.1f KiB per site (%d sites)", (a - b) / n, n }')"
	fi
}

for scenario in $SCENARIOS; do
	mod=$work/mod-$scenario
	case $scenario in
	monorepo)
		sites=${SITES:-20}
		"$bin/synthmod" -packages "$PACKAGES" -whispir "$WHISPIR_EVERY" -sites "$sites" "$mod" || exit 2
		what="$PACKAGES packages, one in $WHISPIR_EVERY with $sites Whispir sites"
		;;
	sites | vet)
		sites=${SITES:-1000}
		"$bin/synthmod" -sites "$sites" "$mod" || exit 2
		what="one package with $sites Whispir sites"
		;;
	*)
		echo "scale.sh: unknown scenario $scenario" >&2
		exit 2
		;;
	esac
	rm -f "$work/whispirlint" "$work/noop" "$work/singlechecker"
	echo
	echo "== $scenario: $what; $N rounds ($(date -u '+%Y-%m-%d %H:%M UTC'), $(go env GOVERSION), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
	# Warm the build cache (and go vet's compiled dependencies), untimed.
	(cd "$mod" && go build ./... && go vet -vettool="$bin/noopvet" ./... && go list -deps -export ./... >/dev/null) || exit 2
	tools=(whispirlint noop singlechecker)
	for ((i = 1; i <= N; i++)); do
		echo " round $i (load average $(cut -d' ' -f1-3 /proc/loadavg))"
		for ((j = 0; j < 3; j++)); do
			run_tool "$scenario" "${tools[(i + j) % 3]}" "$mod"
		done
	done
	report "$scenario" "$sites"
done
echo "scale.sh: $((SECONDS - start)) s in all"
