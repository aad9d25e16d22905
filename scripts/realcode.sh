#!/usr/bin/env bash
# realcode.sh runs whispirlint over large bodies of real Go code that has no
# Whispir calls: the standard library and several large public modules (with
# their tests). A finished analyzer reports nothing on them and never crashes,
# so any diagnostic is a false positive and any panic or analysis error is a
# bug. For each body it prints the package count, diagnostics, crashes and
# errors, wall and CPU time and peak RSS; then every diagnostic and error.
#
#	scripts/realcode.sh            # std + the default modules
#	BODIES=std scripts/realcode.sh # only the standard library
#	MODULES="github.com/gin-gonic/gin@v1.12.0" scripts/realcode.sh
#	KEEP=1 scripts/realcode.sh     # keep the work directory and raw outputs
#
# Modules come from the Go module proxy into a throwaway module in a temp
# directory; a module that cannot be fetched is reported and skipped. The
# first run compiles every dependency (export data for go/packages), which
# takes several minutes; the timed runs use a warm build cache.
#
# Exit status: 0 when every body is clean, 1 on any diagnostic, crash,
# analysis error or package load error, 2 when the tools do not build.
# This is a developer tool: it takes minutes and needs the network, so it
# refuses to run under CI=true.
set -uo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [[ "${CI:-}" == true ]]; then
	echo "realcode.sh: skipped under CI=true (a long developer tool; see docs/performance.md)"
	exit 0
fi

REGION=${REGION:-au}
BODIES=${BODIES:-std modules}
# Versions that go get accepts on Go 1.26; the patterns are MODULE/... .
MODULES=${MODULES:-"k8s.io/client-go@v0.37.2
github.com/aws/aws-sdk-go-v2/service/s3@v1.114.8
cloud.google.com/go/storage@v1.70.0
github.com/gin-gonic/gin@v1.12.0
github.com/labstack/echo/v4@v4.16.0
github.com/twilio/twilio-go@v1.31.0
resty.dev/v3@v3.0.0-rc.4"}

work=$(mktemp -d "${TMPDIR:-/tmp}/whispirlint-realcode.XXXXXX")
bin=$work/bin
out=$work/out
mkdir -p "$out"
failed=0
cleanup() {
	if [[ "${KEEP:-}" == 1 || $failed != 0 ]]; then
		echo "realcode.sh: outputs kept in $work"
	else
		rm -rf "$work"
	fi
}
trap cleanup EXIT

echo "realcode.sh: building tools"
if ! build_tools "$bin"; then
	echo "realcode.sh: build failed" >&2
	exit 2
fi

# The canary: one retired host in a throwaway module. Seeing it reported
# proves that the pipeline (driver, -json, diagsummary) surfaces findings,
# so the zeros below mean clean code, not a run that analyzed nothing.
canary=$work/canary
mkdir -p "$canary"
printf 'module whispirlint.test/canary\n\ngo 1.22\n' >"$canary/go.mod"
printf 'package canary\n\nconst Base = "https://api.whispir.com"\n' >"$canary/canary.go"
(cd "$canary" && "$bin/whispirlint" -json -region="$REGION" ./... >"$out/canary.json" 2>"$out/canary.err")
if [[ $("$bin/diagsummary" "$out/canary.json" 2>&1 | head -n 1) != "diagnostics=1 errors=0" ]]; then
	echo "realcode.sh: the canary's finding was not reported: the pipeline is broken" >&2
	cat "$out/canary.err" "$out/canary.json" >&2
	failed=1
	exit 2
fi

rows=()     # table rows, one per body
details=()  # files with the diagnostics and errors to print at the end

# measure NAME DIR PATTERN... runs whispirlint -json on PATTERN in DIR and
# appends a table row.
measure() {
	local name=$1 dir=$2
	shift 2
	local base=$out/${name//\//_}
	(
		cd "$dir" || exit 1
		echo "realcode.sh: $name: warming the build cache (untimed)"
		# -mod=mod lets the throwaway module pick up the test-only
		# dependencies of the modules under test; std ignores it.
		GOFLAGS="${GOFLAGS:-} -mod=mod" go list -e -test -deps -export -compiled "$@" >/dev/null 2>"$base.warm"
		go list -e "$@" >"$base.pkgs" 2>/dev/null
		go list -e -test "$@" 2>/dev/null | grep -v '\.test$' >"$base.units"
		echo "realcode.sh: $name: whispirlint -json -region=$REGION $*"
		"$bin/rusage" -o "$base.stats" -- "$bin/whispirlint" -json -region="$REGION" "$@" >"$base.json" 2>"$base.err"
	)
	local code
	code=$(field exit "$base.stats")
	local pkgs units diags errors crashes loaderrs summary
	pkgs=$(wc -l <"$base.pkgs")
	units=$(wc -l <"$base.units")
	crashes=0
	if is_crash "$base.err" || [[ -z $code || $code -ge 2 ]]; then
		crashes=1
	fi
	if summary=$("$bin/diagsummary" "$base.json" 2>&1); then
		diags=$(sed -n '1s/^diagnostics=\([0-9]*\).*/\1/p' <<<"$summary")
		errors=$(sed -n '1s/.* errors=\([0-9]*\).*/\1/p' <<<"$summary")
	else
		diags=0 errors=1 # no readable JSON: counted as an analysis error
	fi
	# Everything whispirlint -json writes to stderr is a package load error
	# (or a crash); such packages are not analyzed.
	loaderrs=0
	if [[ $crashes == 0 ]]; then
		loaderrs=$(grep -c . "$base.err")
	fi
	rows+=("$(printf '%-42s %6s %6s %6s %7s %6s %8s %8s %8s %5s' "$name" "$pkgs" "$units" "$diags" "$crashes" \
		"$((errors + loaderrs))" "$(field wall_s "$base.stats")" "$(field cpu_s "$base.stats")" \
		"$(kib_to_mib "$(field maxrss_kib "$base.stats")")" "$code")")
	if [[ $diags != 0 || $errors != 0 || $crashes != 0 || $loaderrs != 0 ]]; then
		failed=1
		{
			echo "== $name: whispirlint -json -region=$REGION $* (exit $code)"
			tail -n +2 <<<"$summary"
			if [[ $crashes != 0 || $loaderrs != 0 ]]; then
				echo "-- stderr (first 60 lines):"
				head -n 60 "$base.err"
			fi
		} >"$base.details"
		details+=("$base.details")
	fi
}

for body in $BODIES; do
	case $body in
	std)
		measure std "$repo_root" std
		;;
	modules)
		mod=$work/mod
		mkdir -p "$mod"
		printf 'module whispirlint.test/realcode\n\ngo %s\n' "$(go env GOVERSION | sed 's/^go//')" >"$mod/go.mod"
		for m in $MODULES; do
			path=${m%@*}
			if ! (cd "$mod" && go get "$m" >"$out/get.log" 2>&1); then
				echo "realcode.sh: $m: cannot fetch, skipped: $(tail -n 1 "$out/get.log")"
				rows+=("$(printf '%-42s %s' "$path" "skipped: cannot fetch $m")")
				continue
			fi
			measure "$path" "$mod" "$path/..."
		done
		;;
	*)
		echo "realcode.sh: unknown body $body (want std or modules)" >&2
		exit 2
		;;
	esac
done

echo
echo "whispirlint on real code ($(date -u '+%Y-%m-%d %H:%M UTC'), $(go env GOVERSION), $(nproc) cores, -region=$REGION)"
printf '%-42s %6s %6s %6s %7s %6s %8s %8s %8s %5s\n' body pkgs units diags crashes errors wall_s cpu_s rss_MiB exit
for r in "${rows[@]}"; do
	echo "$r"
done
echo "(pkgs: packages matched; units: analyzed with test variants; errors: analysis and package load errors)"

for d in "${details[@]}"; do
	echo
	cat "$d"
done
if [[ $failed != 0 ]]; then
	echo
	echo "realcode.sh: FAIL: diagnostics, crashes or errors on real code (see above)"
	exit 1
fi
echo "realcode.sh: PASS: no diagnostics, no crashes, no errors"
