package main

import "runtime/debug"

// version is the release tag, stamped by the release build (.ci/release-build):
//
//	go build -trimpath -ldflags "-X main.version=v0.2.0" ./cmd/whispirlint
//
// It is empty in every other build, which reports its module version instead.
var version string

// toolVersion is the version -version, -V and SARIF report: the stamped
// release tag, else the module version the binary was built from
// (v0.2.0 after go install ...@v0.2.0; "(devel)" or a pseudo-version for
// a build inside the repository).
func toolVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}
