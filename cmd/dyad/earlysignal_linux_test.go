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
)

// TestMain runs dyad's main instead of the tests when DYAD_TEST_MAIN is
// set: a test runs the dyad command line as a process of its own so
// (TestIngestSignalAtStart), from its packages' initialisation on.
func TestMain(m *testing.M) {
	if os.Getenv("DYAD_TEST_MAIN") == "1" {
		os.Args = append([]string{"dyad"}, os.Args[1:]...)
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestIngestSignalAtStart: a SIGTERM that comes while dyad ingest starts
// (its packages' initialisation, here right after internal/secret's, as
// the date parser's data loads) stops the run as one coming later does:
// the summary with nothing read, "interrupted (terminated signal
// received)" and exit 130. It ended the process at once, exit 143 and not
// a word (known leftover). The process is this test binary running main
// (TestMain); GODEBUG=inittrace=1 tells when each package is initialised.
func TestIngestSignalAtStart(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(in, []byte("DATE: 2024-03-02\n\nBolivia expelled two Peruvian diplomats on Friday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "ingest", "--db", filepath.Join(dir, "x.db"), in)
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
		t.Fatal("dyad ingest did not end")
	}
	if !sent {
		t.Fatalf("no init line of internal/secret; stderr:\n%s", errs.String())
	}
	code := cmd.ProcessState.ExitCode()
	lines := strings.Split(strings.TrimSpace(errs.String()), "\n")
	if code != 130 || len(lines) != 3 || !strings.HasPrefix(lines[0], "ingested 0 inputs: 0 articles read") ||
		!strings.HasPrefix(lines[1], "  interrupted (terminated signal received): 0 articles read were not stored, 1 of 1 input not read") ||
		lines[2] != "dyad: interrupted (terminated signal received)" {
		t.Errorf("exit %d (%v), stderr:\n%s\nwant exit 130, the summary of nothing read, the interrupted line and the error", code, cmd.ProcessState, errs.String())
	}
}
