#!/usr/bin/env bash
# secret-mask-shapes: literal keys in many shapes; a key part kept in a constant is printed in clear by -fix -diff (context line) and -c.
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
"$WL" -region=au -secrets=env -fix -diff ./... >"$T/diff" 2>&1
"$WL" -c 8 ./... >"$T/c8" 2>&1
for f in diff c8; do
	grep -q 'Zq7Lm2Xw9Pv4' "$T/$f" && fail "$f output prints the key part Zq7Lm2Xw9Pv4 in clear: $(first Zq7Lm2Xw9Pv4 "$T/$f")"
done
exit 0
