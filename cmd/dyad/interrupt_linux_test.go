package main

import (
	"context"
	"errors"
	"os"
	"syscall"
	"testing"
	"time"
)

// snapshotStore stands for a store read from a snapshot copy: it records
// RemoveSnapshot.
type snapshotStore struct{ removed chan struct{} }

func (s *snapshotStore) RemoveSnapshot() error { close(s.removed); return nil }

// TestStoreContextSignal: a SIGTERM while dyad events or dyad export
// reads a store's snapshot copy removes the copy at once and cancels the
// queries' context, and the command's error says it was interrupted (exit
// 130); the command's own end (stop) removes nothing and leaves its error
// as it is.
func TestStoreContextSignal(t *testing.T) {
	st := &snapshotStore{removed: make(chan struct{})}
	ctx, stop := storeContext(context.Background(), st)
	defer stop()
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-st.removed:
	case <-time.After(10 * time.Second):
		t.Fatal("SIGTERM did not remove the snapshot copy")
	}
	<-ctx.Done()
	err := interrupted(ctx, &exitError{1, ctx.Err()})
	var ee *exitError
	if !errors.As(err, &ee) || ee.code != 130 || err.Error() != "interrupted (terminated signal received)" {
		t.Errorf("error after SIGTERM: %v, want exit 130, interrupted (terminated signal received)", err)
	}

	st2 := &snapshotStore{removed: make(chan struct{})}
	ctx2, stop2 := storeContext(context.Background(), st2)
	stop2()
	<-ctx2.Done()
	time.Sleep(50 * time.Millisecond) // (the watcher's turn)
	select {
	case <-st2.removed:
		t.Error("the command's own end removed the snapshot (Close does)")
	default:
	}
	done := &exitError{1, errors.New("no such table")}
	if err := interrupted(ctx2, done); err != done {
		t.Errorf("error after stop: %v, want it as it was", err)
	}
}
