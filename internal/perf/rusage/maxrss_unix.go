//go:build unix && !darwin

package main

import "syscall"

// maxRSSKiB returns the peak RSS in KiB: Linux and the BSDs report ru_maxrss in KiB.
func maxRSSKiB(ru *syscall.Rusage) int64 { return int64(ru.Maxrss) }
