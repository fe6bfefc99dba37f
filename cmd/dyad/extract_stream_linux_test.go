package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// lineSignal is an io.Writer that reports each complete line written.
type lineSignal struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	lines chan string
}

func (w *lineSignal) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	for {
		line, err := w.buf.ReadString('\n')
		if err != nil {
			w.buf.Reset()
			w.buf.WriteString(line)
			return len(p), nil
		}
		w.lines <- line
	}
}

// TestExtractStreamsJSONLines: dyad extract --jsonl on a JSON Lines input
// prints each article as soon as its line is read, before the next line
// exists (a named pipe fed one line at a time, past the first KiB), so an input of any size
// goes through in bounded memory, as README says; a bad line between good
// ones is said on stderr and the input counts as failed.
func TestExtractStreamsJSONLines(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "feed.jsonl")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes: %v", err)
	}
	out := &lineSignal{lines: make(chan string, 8)}
	var errb bytes.Buffer
	done := make(chan error, 1)
	go func() {
		root := newRoot()
		root.SetArgs([]string{"extract", "--jsonl", fifo})
		root.SetOut(out)
		root.SetErr(&errb)
		done <- root.Execute()
	}()
	w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	// the first line fills the first KiB, which is sniffed for binary
	// data before any record is read
	lines := []string{
		`{"id":"s1","date":"2024-03-02","text":"` + strings.Repeat("Envoys of Chile and Peru met in Lima on Monday. ", 24) + `"}`,
		`{"id":"s2","date":"2024-03-03","text":"Ghana recalled its ambassador from Togo on Tuesday."}`,
		`{"id":"s3", broken`,
		`{"id":"s4","date":"2024-03-04","text":"Kenya and Uganda signed a trade pact on Wednesday."}`,
	}
	for i, l := range lines {
		if _, err := fmt.Fprintln(w, l); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(l, "broken") {
			continue
		}
		select {
		case got := <-out.lines:
			if want := fmt.Sprintf(`{"id":"s%d"`, i+1); !strings.HasPrefix(got, want) {
				t.Fatalf("line %d printed %q, want it to start %s", i+1, got, want)
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("no article printed after line %d was written: extract waits for the whole input", i+1)
		}
	}
	w.Close()
	err = <-done
	if ee, ok := err.(*exitError); !ok || ee.code != 1 {
		t.Errorf("exit %v, want status 1 (a bad line)", err)
	}
	if want := "dyad: " + fifo + ":3: bad JSON"; !strings.Contains(errb.String(), want) {
		t.Errorf("stderr %q, want %q", errb.String(), want)
	}
}
