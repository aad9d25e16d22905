package main

import (
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a strings.Builder safe for the progress goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestProgress: a long run names its phase on stderr, at intervals; a
// short one prints nothing; nothing is printed after done.
func TestProgress(t *testing.T) {
	var long syncBuffer
	p := startProgress(&long, 10*time.Millisecond, 10*time.Millisecond)
	p.set("loading packages")
	time.Sleep(100 * time.Millisecond)
	p.set("analyzing 3 packages")
	time.Sleep(100 * time.Millisecond)
	p.done()
	got := long.String()
	time.Sleep(50 * time.Millisecond)
	if after := long.String(); after != got {
		t.Errorf("printed after done: %q", after[len(got):])
	}
	for _, want := range []string{"whispirlint: loading packages (", "whispirlint: analyzing 3 packages ("} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in:\n%s", want, got)
		}
	}

	var short syncBuffer
	p = startProgress(&short, time.Hour, time.Hour)
	p.set("loading packages")
	p.done()
	if short.String() != "" {
		t.Errorf("a short run printed %q", short.String())
	}
	var nilProgress *progress
	nilProgress.set("x") // a run without progress (recheck) calls it too
	nilProgress.done()
}
