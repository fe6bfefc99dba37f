package main

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/spf13/cobra"
)

// TestWorkerSignalAtStart (fresh63 D5): a signal while dyad worker
// starts (before its consumer is set up) ended it with "--queue nats://…:
// stream DYAD_ARTICLES: context canceled" and exit 1; it is "interrupted
// (terminated signal received)" with exit 143 (128 + SIGTERM), as dyad ingest says.
func TestWorkerSignalAtStart(t *testing.T) {
	url := startNATS(t).ClientURL()
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(errors.New("terminated signal received")) // as signal.NotifyContext's cause
	root := &cobra.Command{Use: "dyad", SilenceUsage: true, SilenceErrors: true}
	root.AddCommand(newWorkerCmd())
	var out, errb bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errb)
	root.SetArgs([]string{"worker", "--queue", url, "--db", filepath.Join(t.TempDir(), "w.db"), "--drain"})
	err := root.ExecuteContext(ctx)
	if err != nil {
		printError(&errb, err)
	}
	if code := exitCode(err); code != 143 || errb.String() != "dyad: interrupted (terminated signal received)\n" || out.Len() != 0 {
		t.Errorf("worker signalled at start: exit %d, stderr %q, stdout %q; want 143 and \"dyad: interrupted (terminated signal received)\"", code, errb.String(), out.String())
	}
}
