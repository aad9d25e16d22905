package main

import "syscall"

// maxRSSKiB returns the peak RSS in KiB: macOS reports ru_maxrss in bytes.
func maxRSSKiB(ru *syscall.Rusage) int64 { return int64(ru.Maxrss) / 1024 }
