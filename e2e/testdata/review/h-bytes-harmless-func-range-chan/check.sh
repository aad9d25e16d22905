#!/usr/bin/env bash
# h-bytes-harmless-func-range-chan: string(keyBuf) hoisted before a statement whose later call nextCursor() (deemed harmless: it only ranges over a channel) waits for a goroutine that rewrites keyBuf
#
# Run from inside a fresh temporary copy of this folder, with WL set to the
# whispirlint binary. Exit 0 when whispirlint handles this case correctly;
# otherwise print one line saying why and exit 1.
set -u
[ -n "${WL:-}" ] || { echo "WL is not set (path of the whispirlint binary)"; exit 1; }
case "$WL" in
*/*) WL="$(cd "$(dirname "$WL")" && pwd)/$(basename "$WL")" ;;
*) WL="$(command -v "$WL")" ;;
esac
[ -x "$WL" ] || { echo "WL is not an executable: $WL"; exit 1; }
export GOFLAGS=-mod=mod GOWORK=off
unset WHISPIR_REGION
T="$(mktemp -d)"
trap 'chmod -R u+w "$T" 2>/dev/null; rm -rf "$T"' EXIT
fail() { echo "$*"; exit 1; }
# first <ERE> <file>: the first matching line, trimmed, without directories.
first() { grep -m1 -E "$1" "$2" | sed -E 's/^[[:space:]]+//; s#^[^ ]*/([^/ ]+\.go:)#\1#' | cut -c1-160; }

# --- migration: -fix, then build, vet, the run-time oracle (runtime_test.go) ---
# The check's own tests (*_test.go) stay out of whispirlint's sight while it runs.
stash() { mkdir -p "$T/stash"; for f in *_test.go; do [ -e "$f" ] && mv "$f" "$T/stash/"; done; return 0; }
unstash() { for f in "$T"/stash/*_test.go; do [ -e "$f" ] && mv "$f" .; done; return 0; }
runfix() { "$WL" -region=au -fix ./... >"$T/fix.out" 2>&1; FIXRC=$?; }
buildvet() {
	go build ./... >"$T/build.out" 2>&1 || fail "build fails after -fix: $(first '\.go:[0-9]+' "$T/build.out")"
	go vet ./... >"$T/vet.out" 2>&1 || fail "go vet fails after -fix: $(first '\.go:[0-9]+' "$T/vet.out")"
}
rerun() { "$WL" -region=au ./... >"$T/re.out" 2>&1; RERC=$?; }
runtime() {
	: >"$T/legacy"
	ADV_LEGACY="$T/legacy" go test -count=1 ./... >"$T/test.out" 2>&1 && return 0
	local why
	why="$(first '^[[:space:]]*[^ ]*_test\.go:[0-9]+: ' "$T/test.out" | sed -E 's/^[^ ]*_test\.go:[0-9]+: //')"
	[ -n "$why" ] || why="$(first '\.go:[0-9]+:[0-9]+:|panic:|FAIL' "$T/test.out")"
	fail "wrong at run time after -fix: $why"
}
# A request still sent the legacy way (?apikey=) is right only where whispirlint
# says so: a WL01/WL02 finding remains on a re-run, and the -fix summary lists
# a finding left for a change by hand (or -fix exits non-zero).
legacy_reported() {
	[ -s "$T/legacy" ] || return 0
	grep -Eq '\.go:[0-9]+:[0-9]+: WL0[12]' "$T/re.out" ||
		fail "a request is still sent the legacy way ($(head -1 "$T/legacy")) but no WL01/WL02 finding remains (re-run exit $RERC)"
	[ "$FIXRC" -ne 0 ] || grep -Eq '\.go:[0-9]+.*WL0[12]' "$T/fix.out" ||
		fail "a request is still sent the legacy way ($(head -1 "$T/legacy")) but the -fix summary lists nothing left by hand"
}
migrate_and_run() { stash; runfix; buildvet; rerun; unstash; runtime; legacy_reported; }

# --- this case ---
migrate_and_run
unformatted="$(gofmt -l . 2>&1)"
[ -z "$unformatted" ] || fail "not gofmt-clean after -fix: $unformatted"
# A second -fix changes nothing.
stash
find . -name '*.go' | sort | xargs cat >"$T/before2"
"$WL" -region=au -fix ./... >"$T/fix2.out" 2>&1
find . -name '*.go' | sort | xargs cat >"$T/after2"
unstash
cmp -s "$T/before2" "$T/after2" || fail "a second -fix changes the code again: $(diff "$T/before2" "$T/after2" | grep -m1 '^[<>]' | cut -c1-120)"
exit 0
