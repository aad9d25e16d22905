package configscan

import (
	"os"
	"testing"
)

// BenchmarkScan scans a whole module tree, as whispirlint ./... does: this
// repository, or the directory in $CONFIGSCAN_BENCH_DIR.
//
//	go test -run XXX -bench Scan ./internal/configscan
//	CONFIGSCAN_BENCH_DIR=$(go env GOMODCACHE)/github.com/!burnt!sushi/toml@v1.6.0 go test -run XXX -bench Scan ./internal/configscan
func BenchmarkScan(b *testing.B) {
	dir := os.Getenv("CONFIGSCAN_BENCH_DIR")
	if dir == "" {
		dir = ".."
	}
	b.ReportAllocs()
	for b.Loop() {
		res := Scan([]Root{{Dir: dir, Recursive: true}}, Options{Region: "au"})
		if len(res.Errors) > 0 {
			b.Fatal(res.Errors)
		}
	}
}
