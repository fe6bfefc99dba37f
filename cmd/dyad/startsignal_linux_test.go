package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dyad-events/dyad/sqlite"
)

// runSignalledAtStart runs dyad args as a process of its own (TestMain)
// and sends it SIGTERM while its packages initialise (right after
// internal/secret's, as in TestIngestSignalAtStart); it returns the exit
// status and standard error without the init trace.
func runSignalledAtStart(t *testing.T, args ...string) (int, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "DYAD_TEST_MAIN=1", "GODEBUG=inittrace=1")
	errp, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var errs strings.Builder
	sc := bufio.NewScanner(errp)
	sent := false
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "init ") {
			if !sent && strings.HasPrefix(line, "init github.com/dyad-events/dyad/internal/secret ") {
				if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
					t.Fatal(err)
				}
				sent = true
			}
			continue
		}
		errs.WriteString(line + "\n")
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(2 * time.Minute):
		cmd.Process.Kill()
		t.Fatalf("dyad %s did not end", args[0])
	}
	if !sent {
		t.Fatalf("no init line of internal/secret; stderr:\n%s", errs.String())
	}
	return cmd.ProcessState.ExitCode(), errs.String()
}

// TestStartSignalWorkerServeStatus: a SIGTERM while dyad worker, serve
// or status start is reported as dyad ingest reports it, "dyad:
// interrupted (terminated signal received)" and exit 143. They released
// the held signal to its default action before their own handling
// started: exit 143 and not a word (and status, a moment later, "--queue
// …: stream DYAD_ARTICLES: context canceled", exit 1). The queue here is
// unreachable: the worker and status stop on the signal before they
// would have said so.
func TestStartSignalWorkerServeStatus(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	s, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	const want = "dyad: interrupted (terminated signal received)\n"
	for _, args := range [][]string{
		{"worker", "--queue", "nats://127.0.0.1:1", "--db", filepath.Join(dir, "w.db")},
		{"status", "--queue", "nats://127.0.0.1:1"},
		{"status", "--db", db},
		{"serve", "--db", db, "--addr", "127.0.0.1:0"},
	} {
		code, errs := runSignalledAtStart(t, args...)
		if code != 143 || errs != want {
			t.Errorf("dyad %s: exit %d, stderr:\n%s\nwant exit 143 and %q", strings.Join(args, " "), code, errs, want)
		}
	}
}
