#!/usr/bin/env bash
# config-host-only-edit: a configuration URL that keeps ?apikey= (WL02, report only) gets its host rewritten anyway.
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
"$WL" -region=au -fix ./... >"$T/fix.out" 2>&1
for f in app.env settings.yaml; do
	if grep -q 'api\.au\.whispir\.com[^ "]*apikey=' "$f"; then
		fail "$f: host rewritten on a URL that still carries ?apikey= (a host-only edit): $(first 'apikey=' "$f" | sed -E 's/apikey=[A-Za-z0-9]+/apikey=.../')"
	fi
done
exit 0
