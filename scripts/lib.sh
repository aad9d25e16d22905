# Shared helpers for scripts/realcode.sh and scripts/bench.sh. Source it;
# it is not a command.

# repo_root is the whispirlint module root.
repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# build_tools DIR builds whispirlint, the no-op baselines (own driver:
# noopvet; x/tools' singlechecker: singlechecker) and the measurement helpers
# into DIR, with the module's own x/tools.
build_tools() {
	local dir=$1
	mkdir -p "$dir"
	(
		cd "$repo_root" &&
			go build -o "$dir/whispirlint" ./cmd/whispirlint &&
			go build -tags whispirlint_noop -o "$dir/noopvet" ./cmd/whispirlint &&
			go build -o "$dir/singlechecker" ./internal/noop/singlechecker &&
			go build -o "$dir/rusage" ./internal/perf/rusage &&
			go build -o "$dir/synthmod" ./internal/perf/synthmod &&
			go build -o "$dir/diagsummary" ./internal/perf/diagsummary
	)
}

# field NAME FILE prints the value of NAME=value from the last rusage report
# line in FILE.
field() {
	tail -n 1 "$2" | tr ' ' '\n' | sed -n "s/^$1=//p"
}

# kib_to_mib KIB prints KIB in MiB with no decimals.
kib_to_mib() {
	awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'
}

# median prints the median of its numeric arguments.
median() {
	printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
		if (NR == 0) exit 1
		if (NR % 2) printf "%s", v[(NR + 1) / 2]
		else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2
	}'
}

# is_crash FILE reports whether a run's standard error shows a Go crash.
is_crash() {
	grep -qE '^(panic: |fatal error: |runtime: |SIGSEGV|goroutine [0-9]+ \[)' "$1"
}

# spread V... prints "min-max" of its numeric arguments.
spread() { printf '%s\n' "$@" | sort -g | sed -n '1p;$p' | paste -sd- -; }

# ratio A B prints A/B with three decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
