package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/dyad-events/dyad/internal/earlysignal"
)

// storeContext is the context that a command reading the store st runs
// its queries under: ctx, cancelled by SIGINT, SIGTERM or SIGHUP (Ctrl-C,
// kill, a closed terminal), and stop, which restores the signals'
// default handling (call it as the command returns). When st reads a copy
// of its store taken when it was opened (a SQLite store in a folder this
// user cannot write: sqlite.OpenReadOnly), the signal removes the copy at
// once — the command may be blocked writing to a full pipe — rather than
// leave it in TMPDIR until the next copy taken there; the command stops
// at its next row (interrupted says so). dyad ingest runs under it too
// (st nil): the run stops at its next article and prints its summary of
// what was stored. After the first signal a second one ends the process
// at once, as without this handling.
func storeContext(ctx context.Context, st any) (context.Context, context.CancelFunc) {
	if ctx == nil {
		ctx = context.Background()
	}
	sctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	// a signal that came while dyad started (held since its packages'
	// initialisation) cancels ctx now, as one coming later does
	earlysignal.Release()
	go func() {
		<-sctx.Done()
		stop() // (a second signal: the default, the process ends)
		if !bySignal(sctx) {
			return
		}
		if s, ok := st.(interface{ RemoveSnapshot() error }); ok {
			s.RemoveSnapshot()
		}
	}()
	return sctx, stop
}

// bySignal reports a context of storeContext cancelled by a signal, not
// by its stop or its parent.
func bySignal(ctx context.Context) bool {
	cause := context.Cause(ctx)
	return cause != nil && cause != context.Canceled && cause != context.DeadlineExceeded
}

// interrupted is err, the error of a command whose queries ran under
// ctx (storeContext), or, when a signal stopped them, "interrupted
// (interrupt signal received)" with exit status 128 + the signal's
// number, as a shell reports a command the signal ended (signalStatus).
func interrupted(ctx context.Context, err error) error {
	if err == nil || !bySignal(ctx) {
		return err
	}
	cause := context.Cause(ctx)
	return &exitError{signalStatus(cause), fmt.Errorf("interrupted (%v)", cause)}
}

// signalStatus is the exit status of a command a signal stopped, cause
// being the cause of its cancelled context (signal.NotifyContext's
// "terminated signal received", heldSignal's): 128 + the signal's
// number, as a shell reports a command the signal ended: 130 for SIGINT
// (Ctrl-C), 143 for SIGTERM (kill), 129 for SIGHUP (a closed terminal).
// A cause naming none of them is 130.
func signalStatus(cause error) int {
	if cause != nil {
		for _, s := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
			if cause.Error() == s.String()+" signal received" {
				return 128 + int(s)
			}
		}
	}
	return 130
}
