package main

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// A progress tells whoever watches a long run what it is doing: after a
// while, and then at intervals, one line on stderr with the phase and the
// time so far. A short run prints nothing.
type progress struct {
	mu      sync.Mutex
	w       io.Writer
	start   time.Time
	phase   string
	stopped bool
	stop    chan struct{}
}

// The delays of the standalone driver's progress lines.
const (
	progressAfter = 5 * time.Second
	progressEvery = 15 * time.Second
)

// startProgress starts reporting on w after the delay after, then every
// every.
func startProgress(w io.Writer, after, every time.Duration) *progress {
	p := &progress{w: w, start: time.Now(), stop: make(chan struct{})}
	go func() {
		t := time.NewTimer(after)
		defer t.Stop()
		for {
			select {
			case <-p.stop:
				return
			case <-t.C:
				p.mu.Lock()
				if !p.stopped && p.phase != "" {
					fmt.Fprintf(p.w, "whispirlint: %s (%v so far)\n", p.phase, time.Since(p.start).Round(time.Second))
				}
				p.mu.Unlock()
				t.Reset(every)
			}
		}
	}()
	return p
}

// set names the phase the run is in; nil reports nothing.
func (p *progress) set(phase string) {
	if p == nil {
		return
	}
	p.mu.Lock()
	p.phase = phase
	p.mu.Unlock()
}

// done stops the reports: nothing is printed once it returns.
func (p *progress) done() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.stopped {
		p.stopped = true
		close(p.stop)
	}
}
