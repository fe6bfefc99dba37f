package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestClosedStdout: dyad events, dyad export and dyad code whose reader
// stops after one line ("| head -1") exit 0 without a word once their
// output's pipe is closed; they ended by SIGPIPE, exit 141. A reader that
// reads all gets every line, exit 0. The process is this test binary
// running main (TestMain).
func TestClosedStdout(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "pairs.jsonl")
	n := writePairs(t, in)
	db := filepath.Join(dir, "x.db")
	if _, errs, code := run(t, "ingest", "--db", db, in); code != 0 {
		t.Fatalf("ingest: exit %d\n%s", code, errs)
	}
	// (264 events: over 64 KiB of JSON, more than a pipe holds)
	for _, args := range [][]string{
		{"events", "--db", db},
		{"events", "--db", db, "--format", "table"},
		{"export", "--db", db, "--format", "gdelt"},
		{"code", "--format", "json", in},
	} {
		for _, all := range []bool{false, true} {
			lines, errs, code := runPiped(t, args, all)
			switch {
			case code != 0 || errs != "":
				t.Errorf("%s (all lines read: %v): exit %d, stderr %q; want 0 and nothing", strings.Join(args, " "), all, code, errs)
			case !all && lines != 1, all && lines < 2*n:
				t.Errorf("%s (all lines read: %v): %d lines read", strings.Join(args, " "), all, lines)
			}
		}
	}
}

// writePairs writes to path a JSON Lines file of 132 articles, each
// telling two events, and returns their number: over 64 KiB of events in
// JSON, more than a pipe holds.
func writePairs(t *testing.T, path string) int {
	t.Helper()
	var b strings.Builder
	countries := []string{"Japan", "Chile", "Peru", "Kenya", "Uganda", "Norway", "Brazil", "Egypt", "India", "Mexico", "Canada", "Greece"}
	n := 0
	for _, x := range countries {
		for _, y := range countries {
			if x != y {
				n++
				line, _ := json.Marshal(map[string]string{"id": fmt.Sprint("p", n), "date": "2024-03-02",
					"text": x + " condemned " + y + " on Friday. " + x + " recalled its envoy from " + y + " on Friday."})
				b.Write(append(line, '\n'))
			}
		}
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestClosedStdoutAfterFailure: dyad code and dyad extract whose first
// input failed and whose reader then stops after one line of the second
// ("dyad code missing.txt good.jsonl | head -1") exit 1, the failure said
// and then counted, as at a run's end; they exited 0, the closed pipe
// hiding the failure from a script. With no input failed, a closed
// pipe still ends the run quietly (TestClosedStdout).
func TestClosedStdoutAfterFailure(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "pairs.jsonl")
	writePairs(t, in)
	// extract writes articles, not events: 132 of these hold under 64
	// KiB, so a pipe could take them all before it is closed; 400 of
	// 400 bytes each cannot.
	long := filepath.Join(dir, "long.jsonl")
	var b strings.Builder
	for i := 0; i < 400; i++ {
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprint("l", i), "date": "2024-03-02",
			"text": strings.Repeat("Kenya condemned Uganda on Friday. ", 12)})
		b.Write(append(line, '\n'))
	}
	if err := os.WriteFile(long, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")
	want := "dyad: " + missing + ": no such file or directory\n" +
		"dyad: 1 of 2 inputs failed before standard output was closed\n"
	for _, args := range [][]string{
		{"code", "--format", "json", missing, in},
		{"extract", "--jsonl", missing, long},
	} {
		lines, errs, code := runPiped(t, args, false)
		if code != 1 || errs != want || lines != 1 {
			t.Errorf("%s: exit %d, %d lines read, stderr:\n%s\nwant exit 1, stderr:\n%s", strings.Join(args, " "), code, lines, errs, want)
		}
	}
}

// runPiped runs dyad with args, its standard output a pipe of which one
// line is read before it is closed, or all lines; it returns the lines
// read, standard error and the exit status (-1 for a signal).
func runPiped(t *testing.T, args []string, all bool) (int, string, int) {
	t.Helper()
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	var errb bytes.Buffer
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "DYAD_TEST_MAIN=1")
	cmd.Stdout, cmd.Stderr = pw, &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	pw.Close()
	sc := bufio.NewScanner(pr)
	sc.Buffer(nil, 1<<20)
	lines := 0
	for sc.Scan() {
		if lines++; !all {
			break
		}
	}
	pr.Close()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(2 * time.Minute):
		cmd.Process.Kill()
		t.Fatalf("dyad %s did not end", strings.Join(args, " "))
	}
	code := cmd.ProcessState.ExitCode()
	return lines, errb.String(), code
}

// TestClosedStdoutOnly: only a write to standard output that its reader
// closed is the quiet end; another broken pipe (a database connection),
// or standard output full, is an error.
func TestClosedStdoutOnly(t *testing.T) {
	for _, tt := range []struct {
		err  error
		want bool
	}{
		{&fs.PathError{Op: "write", Path: os.Stdout.Name(), Err: syscall.EPIPE}, true},
		{&exitError{1, fmt.Errorf("coding: %w", &fs.PathError{Op: "write", Path: os.Stdout.Name(), Err: syscall.EPIPE})}, true},
		{&fs.PathError{Op: "write", Path: os.Stdout.Name(), Err: syscall.ENOSPC}, false},
		{&fs.PathError{Op: "write", Path: "/tmp/out.csv", Err: syscall.EPIPE}, false},
		{&net.OpError{Op: "write", Net: "tcp", Err: os.NewSyscallError("write", syscall.EPIPE)}, false},
		{errors.New("write /dev/stdout: broken pipe"), false},
		{io.ErrClosedPipe, false},
	} {
		if got := closedStdout(tt.err); got != tt.want {
			t.Errorf("closedStdout(%v) = %v, want %v", tt.err, got, tt.want)
		}
	}
}

// closedWriter is standard output whose reader has gone: every write
// fails as a closed pipe's does.
type closedWriter struct{}

func (closedWriter) Write([]byte) (int, error) {
	return 0, &fs.PathError{Op: "write", Path: os.Stdout.Name(), Err: syscall.EPIPE}
}

// TestClosedStdoutAtFlush: dyad code whose first input failed and whose
// output, under the 64 KiB buffer, is written only at the run's end to a
// reader already gone ("dyad code missing.txt examples/*.txt | head -1",
// a new user's, session 67) exits 1 naming the failure; the failed
// final write went out as a quiet closed pipe, exit 0. With no input
// failed it is still the quiet end.
func TestClosedStdoutAtFlush(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(good, []byte("DATE: 2024-03-02\n\nBolivia expelled two Peruvian diplomats on Friday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")
	for _, c := range []struct {
		args []string
		code int
		errs string
	}{
		{[]string{"code", "--format", "json", missing, good}, 1,
			"dyad: " + missing + ": no such file or directory\ndyad: 1 of 2 inputs failed before standard output was closed\n"},
		{[]string{"code", "--format", "json", good}, 0, ""},
	} {
		var errb bytes.Buffer
		root := newRoot()
		root.SetArgs(c.args)
		root.SetOut(closedWriter{})
		root.SetErr(&errb)
		err := root.Execute()
		code := 0
		if err != nil && !closedStdout(err) {
			printError(&errb, err)
			code = exitCode(err)
		}
		if code != c.code || errb.String() != c.errs {
			t.Errorf("%s: exit %d, stderr:\n%s\nwant exit %d, stderr:\n%s", strings.Join(c.args, " "), code, errb.String(), c.code, c.errs)
		}
	}
}
