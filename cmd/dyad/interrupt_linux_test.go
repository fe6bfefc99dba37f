package main

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
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
// 143); the command's own end (stop) removes nothing and leaves its error
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
	if !errors.As(err, &ee) || ee.code != 143 || err.Error() != "interrupted (terminated signal received)" {
		t.Errorf("error after SIGTERM: %v, want exit 143, interrupted (terminated signal received)", err)
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

// TestIngestInterrupted: a Ctrl-C (SIGINT) during dyad ingest stops the
// run and still prints its summary, as a store error does: the counts
// stored before it, then a line saying it was interrupted, what was not
// stored or read and how to resume, then the error (exit 130). A SIGTERM
// (kill, a service manager stopping dyad) is told in the same words but
// the signal's name, and exits 143 (128 + the signal's number). The signal comes while a worker fetches the second
// input, a page the test server holds.
func TestIngestInterrupted(t *testing.T) {
	for _, tc := range []struct {
		sig  syscall.Signal
		name string // as the messages say it
		code int
	}{
		{syscall.SIGINT, "interrupt", 130},
		{syscall.SIGTERM, "terminated", 143},
	} {
		t.Run(tc.name, func(t *testing.T) {
			held := signalOnFetch(t, tc.sig)
			dir := t.TempDir()
			in := filepath.Join(dir, "a.txt")
			if err := os.WriteFile(in, []byte("DATE: 2024-03-02\n\nBolivia expelled two Peruvian diplomats on Friday.\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			_, errs, code := run(t, "ingest", "--db", filepath.Join(dir, "x.db"), "--workers", "1", "--batch", "1", in, held)
			lines := strings.Split(strings.TrimSpace(errs), "\n")
			// the first article is stored, or still on its way to the
			// store when the signal comes; the page held is not read,
			// named, and no failure
			want := regexp.MustCompile(`^  interrupted \(` + tc.name + ` signal received\): (0 articles read were not stored, 1 of 2 inputs not read; \S+/held\.html not read \(stopped while waiting on it\)|1 article read was not stored, 1 of 2 inputs not read; \S+/a\.txt read, not all stored \(0 of its articles stored\); \S+/held\.html not read \(stopped while waiting on it\)); run the same command again to complete the run \(the articles stored are skipped\)$`)
			if code != tc.code || len(lines) != 3 || !strings.HasPrefix(lines[0], "ingested 1 input: 1 article read, ") || !want.MatchString(lines[1]) ||
				lines[2] != "dyad: interrupted ("+tc.name+" signal received)" {
				t.Errorf("exit %d, stderr:\n%s\nwant exit %d, the summary, the interrupted line and the error", code, errs, tc.code)
			}
		})
	}
}

// TestCodeInterrupted: a Ctrl-C (SIGINT) during dyad code stops the run
// at the input being read and ends the output with the events coded
// before it, whole lines, then says it was interrupted (exit 130): the
// signal's default action ended the process at once, the output cut
// mid-line. The interrupt comes while the second input, a page the test
// server holds, is fetched.
func TestCodeInterrupted(t *testing.T) {
	held := interruptOnFetch(t)
	in := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(in, []byte("DATE: 2024-03-02\n\nBolivia expelled two Peruvian diplomats on Friday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, "code", "--format", "csv", in, held)
	lines := strings.Split(out, "\n")
	// (the held page and what follows are named, to be run again)
	wantErr := "dyad: interrupted (interrupt signal received): 1 of 2 inputs not finished (" + held + "); run it again\n"
	if code != 130 || errs != wantErr || len(lines) != 3 || lines[2] != "" ||
		!strings.HasPrefix(lines[0], "id,") || !strings.Contains(lines[1], ",BOL,Bolivia,") {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 130, the first input's event and the interrupted line", code, out, errs)
	}
}

// interruptOnFetch starts a test server holding every page it is asked
// for (up to 20 s, or until the client goes) and returns a page's URL;
// the first fetch of it sends this process a SIGINT, as a Ctrl-C would.
// The server closes when t ends.
func interruptOnFetch(t *testing.T) string {
	t.Helper()
	return signalOnFetch(t, syscall.SIGINT)
}

// signalOnFetch is interruptOnFetch sending sig.
func signalOnFetch(t *testing.T, sig syscall.Signal) string {
	t.Helper()
	fetched := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(fetched)
		select {
		case <-r.Context().Done():
		case <-time.After(20 * time.Second):
		}
	}))
	t.Cleanup(srv.Close)
	go func() {
		select {
		case <-fetched:
			syscall.Kill(os.Getpid(), sig)
		case <-time.After(30 * time.Second):
		}
	}()
	return srv.URL + "/held.html"
}

// TestSignalStatus: a command a signal stopped exits 128 + the signal's
// number, as a shell reports one the signal ended.
func TestSignalStatus(t *testing.T) {
	for _, c := range []struct {
		cause error
		want  int
	}{
		{errors.New("interrupt signal received"), 130},
		{errors.New("terminated signal received"), 143},
		{errors.New("hangup signal received"), 129},
		{heldSignal{syscall.SIGTERM}, 143},
		{errors.New("something else"), 130},
		{nil, 130},
	} {
		if got := signalStatus(c.cause); got != c.want {
			t.Errorf("%v: %d, want %d", c.cause, got, c.want)
		}
	}
}
