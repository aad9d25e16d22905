//go:build unix

// Command rusage runs a command and reports the CPU time and peak resident
// memory it used, like GNU time -v but with one parse-friendly line and no
// dependency on the time package being installed. The scripts in scripts/
// use it to measure whispirlint.
//
//	rusage [-o FILE] -- COMMAND [ARG...]
//
// The command's standard streams pass through; its exit code becomes
// rusage's own (128+N when killed by signal N). The report line reads
//
//	exit=3 wall_s=15.05 user_s=14.45 sys_s=3.10 cpu_s=17.55 maxrss_kib=2477344
//
// CPU time counts the command and the descendants it waited for (go list and
// the compiler for a go/packages driver); peak RSS is the largest single
// process among them, as wait4(2) reports it.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"time"
)

func main() {
	out := flag.String("o", "", "append the report line to `file` instead of standard error")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: rusage [-o file] -- command [arg...]")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}

	cmd := exec.Command(flag.Arg(0), flag.Args()[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)

	var exitErr *exec.ExitError
	if err != nil && !errors.As(err, &exitErr) {
		fmt.Fprintln(os.Stderr, "rusage:", err)
		os.Exit(127)
	}
	code := exitCode(cmd.ProcessState)
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		fmt.Fprintln(os.Stderr, "rusage: no resource usage on this platform")
		os.Exit(127)
	}
	user := time.Duration(ru.Utime.Nano())
	sys := time.Duration(ru.Stime.Nano())
	line := fmt.Sprintf("exit=%d wall_s=%.2f user_s=%.2f sys_s=%.2f cpu_s=%.2f maxrss_kib=%d\n",
		code, wall.Seconds(), user.Seconds(), sys.Seconds(), (user + sys).Seconds(), maxRSSKiB(ru))
	if err := report(*out, line); err != nil {
		fmt.Fprintln(os.Stderr, "rusage:", err)
		os.Exit(127)
	}
	os.Exit(code)
}

func exitCode(ps *os.ProcessState) int {
	if ws, ok := ps.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return 128 + int(ws.Signal())
	}
	return ps.ExitCode()
}

func report(file, line string) error {
	if file == "" {
		_, err := os.Stderr.WriteString(line)
		return err
	}
	f, err := os.OpenFile(file, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.WriteString(line); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
