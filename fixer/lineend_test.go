package fixer

import "testing"

func TestLineEnding(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"", "\n"},
		{"package p\n", "\n"},
		{"package p\r\n\r\nfunc f() {}\r\n", "\r\n"},
		{"package p\r\n\nfunc f() {}\n", "\n"}, // mostly LF
		{"package p", "\n"},
	} {
		if got := LineEnding([]byte(tc.src)); got != tc.want {
			t.Errorf("LineEnding(%q) = %q, want %q", tc.src, got, tc.want)
		}
	}
}

func TestWithLineEnding(t *testing.T) {
	for _, tc := range []struct{ text, eol, want string }{
		{"a\n\tb\n", "\n", "a\n\tb\n"},
		{"a\n\tb\n", "\r\n", "a\r\n\tb\r\n"},
		{"a\r\nb\nc", "\r\n", "a\r\nb\r\nc"}, // text copied from the file keeps one ending
		{"x-api-key", "\r\n", "x-api-key"},
	} {
		if got := WithLineEnding(tc.text, tc.eol); got != tc.want {
			t.Errorf("WithLineEnding(%q, %q) = %q, want %q", tc.text, tc.eol, got, tc.want)
		}
	}
}

func TestLineEnd(t *testing.T) {
	for _, tc := range []struct {
		src          string
		offset       int
		end, nextEnd int
	}{
		{"ab\ncd", 0, 2, 3},
		{"ab\r\ncd", 0, 2, 4},
		{"ab\r\ncd", 1, 2, 4},
		{"ab\r\ncd", 4, 6, 6},
		{"\r\n", 0, 0, 2},
		{"ab", 2, 2, 2},
	} {
		if got := LineEnd([]byte(tc.src), tc.offset); got != tc.end {
			t.Errorf("LineEnd(%q, %d) = %d, want %d", tc.src, tc.offset, got, tc.end)
		}
		if got := NextLine([]byte(tc.src), tc.offset); got != tc.nextEnd {
			t.Errorf("NextLine(%q, %d) = %d, want %d", tc.src, tc.offset, got, tc.nextEnd)
		}
	}
}
