#!/usr/bin/env bash
# prefilter-check.sh checks that the standalone driver, which type-checks
# only the packages where a finding can be (cmd/whispirlint/prefilter.go),
# reports exactly what a run that analyzes every package (-debug=a) does:
# the -json report and the exit code, on the standard library, on every
# sample module of the repository (testdata/legacymod, the e2e corpus, mini
# and review cases) and on a generated monorepo (internal/perf/synthmod).
#
#	scripts/prefilter-check.sh            # all of them
#	SKIP_STD=1 scripts/prefilter-check.sh # without std (the slowest)
#
# Exit status: 0 when every report is identical, 1 otherwise, 2 when the
# tools do not build. A developer tool (minutes): it skips under CI=true;
# TestPrefilterSameFindings (cmd/whispirlint) checks the same on the sample
# modules in every test run.
set -uo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [[ "${CI:-}" == true ]]; then
	echo "prefilter-check.sh: skipped under CI=true (a long developer tool; see docs/performance.md)"
	exit 0
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/whispirlint-prefilter.XXXXXX")
trap 'rm -rf "$work"' EXIT
bin=$work/bin
if ! build_tools "$bin"; then
	echo "prefilter-check.sh: build failed" >&2
	exit 2
fi

fail=0 n=0
# check DIR PATTERN LABEL compares the two runs in DIR.
check() {
	local dir=$1 pattern=$2 label=$3 a b
	(cd "$dir" && "$bin/whispirlint" -region=au -json -debug=v "$pattern" >"$work/some.json" 2>"$work/some.err")
	a=$?
	(cd "$dir" && "$bin/whispirlint" -region=au -json -debug=a "$pattern" >"$work/all.json" 2>"$work/all.err")
	b=$?
	n=$((n + 1))
	if [[ $a != "$b" ]] || ! cmp -s "$work/some.json" "$work/all.json"; then
		echo "DIFFERENT: $label $pattern (exit $a vs $b)"
		diff "$work/some.json" "$work/all.json" | head -n 20
		fail=1
		return
	fi
	printf 'same: %-58s exit %s, %s\n' "$label $pattern" "$a" "$(grep -o 'loading [0-9]* of [0-9]* packages' "$work/some.err")"
}

if [[ -z ${SKIP_STD:-} ]]; then
	check "$repo_root" std std
fi
"$bin/synthmod" -packages 300 -whispir 100 -sites 20 "$work/mono" || exit 2
check "$work/mono" ./... "monorepo (300 packages, 3 with Whispir sites)"
for mod in "$repo_root"/testdata/legacymod "$repo_root"/e2e/testdata/corpus "$repo_root"/e2e/testdata/mini "$repo_root"/e2e/testdata/review/*/; do
	mod=${mod%/}
	[[ -f $mod/go.mod ]] || continue
	cp -r "$mod" "$work/mod" && check "$work/mod" ./... "${mod#"$repo_root"/}"
	rm -rf "$work/mod"
done
echo "prefilter-check.sh: $n runs compared"
exit $fail
