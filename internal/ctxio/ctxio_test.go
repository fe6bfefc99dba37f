package ctxio

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestStopsBlocked: Open of a named pipe no process writes, and a Read of
// a pipe that gives nothing, return the context's cause as soon as it is
// cancelled (they blocked in the kernel for ever); reads that end are
// passed through as they are.
func TestStopsBlocked(t *testing.T) {
	cause := errors.New("interrupt signal received")
	fifo := filepath.Join(t.TempDir(), "ff")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes: %v", err)
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pw.Close()
	defer pr.Close()
	tests := []struct {
		name string
		do   func(ctx context.Context) error
	}{
		{"open of a named pipe", func(ctx context.Context) error { _, err := Open(ctx, fifo); return err }},
		{"read of a pipe", func(ctx context.Context) error { _, err := io.ReadAll(Reader(ctx, pr)); return err }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancelCause(context.Background())
			got := make(chan error, 1)
			go func() { got <- tt.do(ctx) }()
			time.Sleep(100 * time.Millisecond)
			cancel(cause)
			select {
			case err := <-got:
				if err != cause {
					t.Errorf("error %v, want %v", err, cause)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("still blocked 10 s after the cancel")
			}
		})
	}
	// a pipe that gives its bytes and ends
	r2, w2, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	go func() { io.WriteString(w2, strings.Repeat("news ", 10000)); w2.Close() }()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	data, err := io.ReadAll(Reader(ctx, r2))
	if err != nil || string(data) != strings.Repeat("news ", 10000) {
		t.Errorf("read %d bytes, %v; want the 50000 written", len(data), err)
	}
	r2.Close()
	// a regular file is read directly
	f, err := os.Open("ctxio.go")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if r := Reader(ctx, f); r != io.Reader(f) {
		t.Errorf("Reader of a regular file is %T, want the file itself", r)
	}
}
