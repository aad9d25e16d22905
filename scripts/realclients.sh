#!/usr/bin/env bash
# realclients.sh measures whispirlint -fix on real client libraries of other
# services, rehosted mechanically to the legacy Whispir shape, with a
# run-time oracle per library (issue 13). For each library listed in
# scripts/realclients/clients.txt it
#
#  1. downloads MODULE@VERSION through the Go module proxy (into the module
#     cache, never into this repository) and copies it into a writable
#     temporary module;
#  2. applies the library's rehost rules (testdata/NAME/rehost.txt: its base
#     URL -> https://api.whispir.com, its key parameter -> apikey);
#  3. runs the library's oracle (testdata/NAME/oracle_test.go) and checks
#     that every method sends the legacy shape, which validates the rehost;
#  4. counts the key sites, runs whispirlint -json (the diagnostics) and then
#     whispirlint -region=$REGION -fix on the copy;
#  5. re-runs the oracle and scores sites and methods (rctool score).
#
#	scripts/realclients.sh                     # every library
#	ONLY="googlemaps finnhub" scripts/realclients.sh
#	KEEP=1 scripts/realclients.sh              # keep the copies and outputs (NAME/fix.diff: what the fix changed)
#	MODE=vet scripts/realclients.sh            # fix with go vet -vettool -fix (MODE=fix: go fix -fixtool)
#	MODE=gcl scripts/realclients.sh            # fix with golangci-lint run --fix (custom build with gclplugin)
#
# The columns are explained in scripts/realclients/README.md.
# Exit status: 0 when nothing is WRONG, 1 when a site or method is WRONG or
# a library could not be measured, 2 when the tools do not build.
# This is a developer tool: it needs the network (the module proxy), so it
# refuses to run under CI=true.
set -uo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [[ "${CI:-}" == true ]]; then
	echo "realclients.sh: skipped under CI=true (needs the module proxy; see scripts/realclients/README.md)"
	exit 0
fi

REGION=${REGION:-au}
# MODE is how the fix is applied: standalone (whispirlint -fix), vet
# (go vet -vettool=whispirlint -fix), fix (go fix -fixtool=whispirlint) or
# gcl (golangci-lint run --fix, a golangci-lint built with the whispirlint
# module plugin the documented way: a main package that blank-imports
# gclplugin and calls commands.Execute).
MODE=${MODE:-standalone}
# GOLANGCI_VERSION is the golangci-lint MODE=gcl builds (as e2e does).
GOLANGCI_VERSION=${GOLANGCI_VERSION:-v2.15.0}
case $MODE in
standalone | vet | fix | gcl) ;;
*)
	echo "realclients.sh: MODE must be standalone, vet, fix or gcl" >&2
	exit 2
	;;
esac
# -mod=mod: a copy's go.sum may lack what the oracle and the fixed code need.
export GOFLAGS="${GOFLAGS:-} -mod=mod"
# A copy is measured as one module, even when the module ships a go.work
# (google.golang.org/api does).
export GOWORK=off
here=$repo_root/scripts/realclients
work=$(mktemp -d "${TMPDIR:-/tmp}/whispirlint-realclients.XXXXXX")
bin=$work/bin
failed=0
cleanup() {
	if [[ "${KEEP:-}" == 1 || $failed != 0 ]]; then
		echo "realclients.sh: work directory kept in $work"
	else
		chmod -R u+w "$work" 2>/dev/null
		rm -rf "$work"
	fi
}
trap cleanup EXIT

echo "realclients.sh: building whispirlint and rctool from $repo_root"
mkdir -p "$bin"
if ! (cd "$repo_root" && go build -o "$bin/whispirlint" ./cmd/whispirlint && go build -o "$bin/rctool" ./scripts/realclients/rctool); then
	echo "realclients.sh: build failed" >&2
	exit 2
fi

# build_golangci builds golangci-lint $GOLANGCI_VERSION with the whispirlint
# plugin of this checkout into $bin/golangci-lint and writes its
# configuration (the plugin enabled alone, with the region) to
# $work/golangci.yml.
build_golangci() {
	local src=$work/golangci-src
	mkdir -p "$src"
	cat >"$src/go.mod" <<-EOT
		module example.com/golangci-lint-whispirlint

		go 1.26.0

		require github.com/golangci/golangci-lint/v2 $GOLANGCI_VERSION

		replace github.com/whispirlint/whispirlint => $repo_root
	EOT
	cat >"$src/main.go" <<-'EOT'
		// Command golangci-lint is golangci-lint with the whispirlint plugin.
		package main

		import (
			"fmt"
			"os"
			"runtime"

			"github.com/golangci/golangci-lint/v2/pkg/commands"
			"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

			_ "github.com/whispirlint/whispirlint/gclplugin"
		)

		func main() {
			info := commands.BuildInfo{Version: "whispirlint", GoVersion: runtime.Version(), Commit: "?", Date: "?"}
			if err := commands.Execute(info); err != nil {
				fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
				os.Exit(exitcodes.Failure)
			}
		}
	EOT
	cat >"$work/golangci.yml" <<-EOT
		version: "2"
		linters:
		  default: none
		  enable:
		    - whispirlint
		  settings:
		    custom:
		      whispirlint:
		        type: module
		        description: migrate retired Whispir API calls
		        settings:
		          region: $REGION
	EOT
	(cd "$src" && GOFLAGS= go mod tidy && GOFLAGS= go build -o "$bin/golangci-lint" .)
}
if [[ $MODE == gcl ]]; then
	echo "realclients.sh: building golangci-lint $GOLANGCI_VERSION with the whispirlint plugin"
	if ! build_golangci; then
		echo "realclients.sh: golangci-lint build failed" >&2
		exit 2
	fi
fi

rows=()
details=()

# measure NAME MODULE@VERSION PATTERNS (comma-separated)
measure() {
	local name=$1 modver=$2 patterns=${3//,/ }
	local out=$work/$name copy=$work/$name/mod
	local rules=$here/testdata/$name/rehost.txt oracle=$here/testdata/$name/oracle_test.go
	mkdir -p "$out"
	echo "== $name ($modver; $patterns)"
	local dir
	dir=$(go mod download -json "$modver" 2>"$out/download.err" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
	if [[ -z $dir ]]; then
		skip "$name" "cannot download $modver: $(tail -n 1 "$out/download.err")"
		return
	fi
	cp -R "$dir" "$copy" && chmod -R u+w "$copy"
	if [[ ! -f $copy/go.mod ]]; then
		(cd "$copy" && go mod init "${modver%@*}" >/dev/null 2>&1)
	fi
	if ! "$bin/rctool" rehost "$copy" "$rules" >"$out/rehost.log" 2>&1; then
		cat "$out/rehost.log"
		skip "$name" "rehost rules do not apply (see $out/rehost.log)"
		return
	fi
	if ! run_oracle "$name" "$copy" "$oracle" "$out/legacy.json" || ! "$bin/rctool" legacy "$out/legacy.json" >"$out/legacy.log" 2>&1; then
		cat "$out/legacy.log" "$out/oracle.log" 2>/dev/null | tail -n 40
		skip "$name" "the oracle does not see the legacy shape before the fix: the rehost or the oracle is wrong"
		return
	fi
	# Which key sites each method reaches: the method alone, under coverage.
	mkdir -p "$out/cover"
	local i=0 m
	while IFS= read -r m; do
		printf '%s\n' "$m" >"$out/cover/$i.name"
		if ! run_oracle "$name" "$copy" "$oracle" "$out/cover/$i.json" "$m" "$out/cover/$i.out"; then
			echo "   coverage of $m failed: $(tail -n 1 "$out/oracle.log")"
		fi
		i=$((i + 1))
	done < <("$bin/rctool" methods "$out/legacy.json")
	"$bin/rctool" sites "$copy" $patterns >"$out/sites-before.json"
	(cd "$copy" && "$bin/whispirlint" -json -region="$REGION" $patterns >"$out/diags.json" 2>"$out/diags.err")
	local fixcmd
	case $MODE in
	standalone) fixcmd=("$bin/whispirlint" -region="$REGION" -fix) ;;
	vet) fixcmd=(go vet -vettool="$bin/whispirlint" -region="$REGION" -fix) ;;
	fix) fixcmd=(go fix -fixtool="$bin/whispirlint" -region="$REGION") ;;
	gcl) fixcmd=("$bin/golangci-lint" run --config="$work/golangci.yml" --fix) ;;
	esac
	# golangci-lint's cache is per library, so nothing cached leaks across.
	(cd "$copy" && GOLANGCI_LINT_CACHE=$out/gcl-cache "${fixcmd[@]}" $patterns >"$out/fix.log" 2>&1)
	local fixcode=$?
	"$bin/rctool" sites "$copy" $patterns >"$out/sites-after.json"
	# What the fix changed, to compare modes: diff -r against a second rehost.
	cp -R "$dir" "$out/rehosted" && chmod -R u+w "$out/rehosted"
	"$bin/rctool" rehost "$out/rehosted" "$rules" >/dev/null 2>&1
	diff -ru -x go.mod -x go.sum "$out/rehosted" "$copy" | sed -e "s|$out/||g" -e 's/\t[0-9][-0-9]* [0-9:.]* [-+][0-9]*$//' >"$out/fix.diff"
	rm -rf "$out/rehosted"
	if ! (cd "$copy" && go build $patterns >"$out/build.log" 2>&1); then
		echo "   the fixed copy does not build:"
		head -n 20 "$out/build.log"
	fi
	if ! run_oracle "$name" "$copy" "$oracle" "$out/migrated.json"; then
		echo '{"Methods": []}' >"$out/migrated.json"
		echo "   the oracle does not run after the fix:"
		tail -n 20 "$out/oracle.log"
	fi
	"$bin/rctool" score -name "$name" -dir "$copy" -before "$out/sites-before.json" -after "$out/sites-after.json" \
		-diags "$out/diags.json" -legacy "$out/legacy.json" -migrated "$out/migrated.json" -cover "$out/cover" >"$out/score.txt" 2>&1
	local code=$?
	if [[ $code -ge 1 ]]; then
		failed=1
	fi
	local row
	row=$(sed -n 's/^ROW //p' "$out/score.txt")
	if [[ -z $row ]]; then
		cat "$out/score.txt"
		skip "$name" "rctool score failed"
		return
	fi
	rows+=("$row $fixcode")
	{
		echo "== $name: ${fixcmd[*]##*/} $patterns (exit $fixcode); $(grep -v -e "^whispirlint: [0-9]* findings* in " -e "^whispirlint: .* ([0-9]*s so far)\$" "$out/diags.err" | grep -c .) load error line(s)"
		tail -n +2 "$out/score.txt"
	} >"$out/details.txt"
	details+=("$out/details.txt")
}

# run_oracle NAME COPY ORACLE OUT [METHOD PROFILE] runs the oracle in the
# copy and writes the record to OUT; with METHOD, it calls only that method
# and writes the coverage of the measured packages to PROFILE. The oracle's
# directory is made under the first measured package's directory (so that
# it may import that package's internal packages) and removed again, so
# whispirlint never sees it.
run_oracle() {
	local name=$1 copy=$2 oracle=$3 record=$4 only=${5:-} profile=${6:-}
	local cover=()
	if [[ -n $profile ]]; then
		cover=(-coverpkg="${patterns// /,}" -coverprofile="$profile")
	fi
	local first=${patterns%% *}
	first=${first%...}
	first=${first#./}
	first=${first#.}
	local rel=${first%/}${first:+/}zz_whispirlint_oracle
	local odir=$copy/$rel
	mkdir -p "$odir"
	cp "$here/testdata/oracle_lib_test.go" "$odir/" && cp "$oracle" "$odir/oracle_test.go"
	(cd "$copy" && ORACLE_OUT=$record ORACLE_ONLY=$only go test -count=1 "${cover[@]}" "./$rel" >"$work/$name/oracle.log" 2>&1)
	local code=$?
	rm -rf "$odir"
	[[ $code == 0 && -s $record ]]
}

skip() {
	echo "realclients.sh: $1: NOT MEASURED: $2"
	rows+=("$1 - - - - - - - - - - -")
	failed=1
}

# The list is read whole first: editing it during a run changes nothing.
mapfile -t entries <"$here/clients.txt"
# qualifying: the libraries whose KIND is one of issue 13's kinds of
# service (a KIND of other:... is measured, but outside them).
qualifying=" "
for entry in "${entries[@]}"; do
	read -r name modver patterns kind _ <<<"$entry"
	[[ -z ${name:-} || $name == \#* ]] && continue
	if [[ -n ${ONLY:-} && " $ONLY " != *" $name "* ]]; then
		continue
	fi
	case ${kind:-} in
	messaging | email | sms | push | payment | crm | analytics) qualifying+="$name " ;;
	other:*) ;;
	*)
		echo "realclients.sh: $name: KIND must be messaging, email, sms, push, payment, crm, analytics or other:WHAT, not '${kind:-}'" >&2
		exit 2
		;;
	esac
	measure "$name" "$modver" "${patterns:-./...}"
done

echo
echo "whispirlint -region=$REGION -fix (MODE=$MODE) on rehosted client libraries ($(date -u '+%Y-%m-%d %H:%M UTC'), $(go env GOVERSION))"
printf '%-26s %6s %6s %9s %6s %7s %8s | %7s %6s %7s %6s | %4s\n' library sites right reported WRONG unexer unfound methods right legacy WRONG fix
for r in "${rows[@]}"; do
	# shellcheck disable=SC2086
	printf '%-26s %6s %6s %9s %6s %7s %8s | %7s %6s %7s %6s | %4s\n' $r
done
printf '%s\n' "${rows[@]}" | awk '$2 != "-" { for (i = 2; i <= 11; i++) t[i] += $i; n++ }
	END { printf "%-26s %6d %6d %9d %6d %7d %8d | %7d %6d %7d %6d |\n", "total (" n " libraries)", t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], t[11] }'
printf '%s\n' "${rows[@]}" | awk -v q="$qualifying" '$2 != "-" && index(q, " " $1 " ") { for (i = 2; i <= 11; i++) t[i] += $i; n++ }
	END { printf "%-26s %6d %6d %9d %6d %7d %8d | %7d %6d %7d %6d |\n", "issue 13 kinds (" n ")", t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], t[11] }'
echo "(sites: key sites; right: changed, and every oracle method that executes it is right at run time;"
echo " reported: untouched and reported; WRONG: changed and executed by a method that is not right,"
echo " or untouched and not reported; unexer: changed, but no oracle method executes it;"
echo " unfound: no diagnostic; methods: oracle methods, right / legacy (unchanged) / WRONG;"
echo " fix: exit status of the fix command; issue 13 kinds: the libraries of messaging, email, SMS,"
echo " push, payment, CRM or analytics services (KIND in clients.txt); details: scripts/realclients/README.md)"
for d in "${details[@]}"; do
	echo
	cat "$d"
done
if [[ $failed != 0 ]]; then
	echo
	echo "realclients.sh: FAIL: something is WRONG or a library was not measured (see above)"
	exit 1
fi
echo "realclients.sh: PASS: nothing WRONG"
