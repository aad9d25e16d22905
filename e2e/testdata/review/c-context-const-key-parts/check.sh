#!/usr/bin/env bash
# c-context-const-key-parts: a key split over named constants (WL12 finds it) is printed in full by -c N context lines and by -fix -diff context.
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
"$WL" -c 8 ./... >"$T/c8" 2>&1
for s in zqxwvutsrq ponmlkjihg; do
	grep -q "$s" "$T/c8" && fail "-c 8 prints the key part $s in clear: $(first "$s" "$T/c8")"
done
exit 0
