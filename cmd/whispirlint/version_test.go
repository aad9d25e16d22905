package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestVersionStamp builds the command as the release does, with the tag
// stamped by -ldflags -X, and checks that every place that reports the
// version reports the tag: -version, -V and the SARIF log.
func TestVersionStamp(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	const tag = "v9.8.7-stamp"
	bin := filepath.Join(t.TempDir(), "whispirlint")
	out, err := exec.Command("go", "build", "-trimpath", "-ldflags", "-X main.version="+tag, "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	if r := run(t, ".", nil, bin, "-version"); r.code != 0 || r.stdout != "whispirlint "+tag+"\n" {
		t.Errorf("-version: exit %d, stdout %q; want %q", r.code, r.stdout, "whispirlint "+tag+"\n")
	}
	if r := run(t, ".", nil, bin, "-V"); r.code != 0 || r.stdout != "whispirlint version "+tag+"\n" {
		t.Errorf("-V: exit %d, stdout %q", r.code, r.stdout)
	}
	dir := copyFixture(t, "legacy")
	r := run(t, dir, nil, bin, "-format=sarif", "./...")
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Version string `json:"version"`
				} `json:"driver"`
			} `json:"tool"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil || len(log.Runs) != 1 {
		t.Fatalf("-format=sarif: exit %d, %v\n%s%s", r.code, err, r.stdout, r.stderr)
	}
	if got := log.Runs[0].Tool.Driver.Version; got != tag {
		t.Errorf("SARIF tool.driver.version = %q, want %q", got, tag)
	}
}

// TestReleaseBuild runs the release workflow's build script for this
// machine's platform and checks the binary it writes (its -version is the
// tag) and its checksum line. A bad tag is refused.
func TestReleaseBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	if runtime.GOOS == "windows" {
		t.Skip("the release is built on Linux")
	}
	const tag = "v0.0.0-releasetest"
	script := filepath.Join("..", "..", ".ci", "release-build")
	out := t.TempDir()
	target := runtime.GOOS + "/" + runtime.GOARCH
	if b, err := exec.Command("bash", script, tag, out, target).CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", script, err, b)
	}
	name := fmt.Sprintf("whispirlint_%s_%s_%s", tag, runtime.GOOS, runtime.GOARCH)
	if r := run(t, ".", nil, filepath.Join(out, name), "-version"); r.stdout != "whispirlint "+tag+"\n" {
		t.Errorf("%s -version: exit %d, stdout %q", name, r.code, r.stdout)
	}
	bin, err := os.ReadFile(filepath.Join(out, name))
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(bin)
	sums, err := os.ReadFile(filepath.Join(out, "SHA256SUMS"))
	if err != nil {
		t.Fatal(err)
	}
	if want := hex.EncodeToString(sum[:]) + "  " + name + "\n"; string(sums) != want {
		t.Errorf("SHA256SUMS = %q, want %q", sums, want)
	}
	b, err := exec.Command("bash", script, "1.0", t.TempDir()).CombinedOutput()
	if err == nil || !strings.Contains(string(b), "not a release tag") {
		t.Errorf("%s 1.0: err %v, output %q; want a refusal", script, err, b)
	}
}
