package main

// The interrupt of a command blocked reading an input: a named pipe that
// no process writes, standard input from a pipe that gives nothing.

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestInterruptWhileReading: one SIGTERM stops dyad code, dyad extract,
// dyad ingest and dyad eval at once while they wait on an input — a named pipe no
// process has opened for writing (the open blocks), a JSON Lines or WARC
// named pipe, standard input from a pipe that stays open and empty —
// with exit 143 and the interrupted message, the input said not finished
// or not read, never failed. They went on waiting: dyad code and dyad
// ingest until standard input closed (ingest then listing "-: empty
// input" as failed), for ever on a named pipe, and dyad extract died with
// the signal (exit 143, not a word), and so did dyad eval waiting on a
// gold file or its --against file. Each command runs as a process of
// its own (TestMain), signalled once it is idle: blocked in the read.
func TestInterruptWhileReading(t *testing.T) {
	dir := t.TempDir()
	fifo := func(name string) string {
		p := filepath.Join(dir, name)
		if err := syscall.Mkfifo(p, 0o600); err != nil {
			t.Skipf("no named pipes: %v", err)
		}
		return p
	}
	page, jsonl, crawl, expage, inpage, injsonl := fifo("page.txt"), fifo("feed.jsonl"), fifo("crawl.warc"), fifo("x.txt"), fifo("in.txt"), fifo("in.jsonl")
	gold, other := fifo("gold.jsonl"), fifo("other.jsonl")
	realGold := filepath.Join(dir, "real.jsonl")
	if err := os.WriteFile(realGold, []byte(`{"id":"s1","date":"2024-03-02","text":"Bolivia expelled two Peruvian diplomats.","events":[]}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	notRead := func(in string) string {
		return "dyad: interrupted (terminated signal received): " + in + " not read; no scores printed\n"
	}
	db := filepath.Join(dir, "x.db")
	notFinished := func(in string) string {
		return "dyad: interrupted (terminated signal received): 1 of 1 input not finished (" + in + "); run it again\n"
	}
	ingestNotRead := func(in string) string {
		return "  interrupted (terminated signal received): 0 articles read were not stored, 1 of 1 input not read; " + in + " not read (stopped while waiting on it); run the same command again to complete the run (the articles stored are skipped)\n" +
			"dyad: interrupted (terminated signal received)\n"
	}
	tests := []struct {
		name string
		args []string
		want string // stderr, after ingest's first summary line
	}{
		{"code, a named pipe", []string{"code", page}, notFinished(page)},
		{"code, a JSON Lines named pipe", []string{"code", jsonl}, notFinished(jsonl)},
		{"code, a WARC named pipe", []string{"code", crawl}, notFinished(crawl)},
		{"code, standard input", []string{"code", "-"}, notFinished("-")},
		{"extract, a named pipe", []string{"extract", expage}, notFinished(expage)},
		{"extract, standard input", []string{"extract", "--jsonl", "-"}, notFinished("-")},
		{"ingest, standard input", []string{"ingest", "--db", db, "-"}, ingestNotRead("-")},
		{"ingest, a named pipe", []string{"ingest", "--db", db, inpage}, ingestNotRead(inpage)},
		{"ingest, a JSON Lines named pipe", []string{"ingest", "--db", db, injsonl}, ingestNotRead(injsonl)},
		{"eval, a named pipe", []string{"eval", gold}, notRead(gold)},
		{"eval --against, a named pipe", []string{"eval", "--against", other, realGold}, notRead(other)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pr, pw, err := os.Pipe() // standard input: open, empty
			if err != nil {
				t.Fatal(err)
			}
			defer pw.Close()
			defer pr.Close()
			var errb bytes.Buffer
			cmd := exec.Command(os.Args[0], tt.args...)
			cmd.Env = append(os.Environ(), "DYAD_TEST_MAIN=1")
			cmd.Stdin, cmd.Stderr = pr, &errb
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			done := make(chan struct{})
			go func() { cmd.Wait(); close(done) }()
			defer func() {
				select {
				case <-done:
				default:
					cmd.Process.Kill()
					<-done
				}
			}()
			if !waitIdle(cmd.Process.Pid, done) {
				t.Fatalf("dyad %s ended before it was signalled, exit %v, stderr:\n%s", strings.Join(tt.args, " "), cmd.ProcessState, errb.String())
			}
			if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
				t.Fatal(err)
			}
			select {
			case <-done:
			case <-time.After(20 * time.Second):
				t.Fatalf("dyad %s still running 20 s after SIGTERM (stderr so far %q)", strings.Join(tt.args, " "), errb.String())
			}
			got := errb.String()
			if tt.args[0] == "ingest" {
				first, rest, _ := strings.Cut(got, "\n")
				if !strings.HasPrefix(first, "ingested 0 inputs: 0 articles read, 0 added") || !strings.Contains(first, " 0 failures;") {
					t.Errorf("summary line %q, want nothing read and no failure", first)
				}
				got = rest
			}
			if code := cmd.ProcessState.ExitCode(); code != 143 || got != tt.want {
				t.Errorf("exit %d (%v), stderr:\n%s\nwant exit 143 and:\n%s", code, cmd.ProcessState, got, tt.want)
			}
		})
	}
}

// waitIdle waits until the process pid has used no CPU for a second (it
// is blocked: here, reading its input), up to two minutes (dyad code and
// ingest load their dictionaries first), and reports it idle; false when
// done is closed first (the process ended).
func waitIdle(pid int, done <-chan struct{}) bool {
	last, still := "", 0
	deadline := time.After(2 * time.Minute)
	for {
		select {
		case <-done:
			return false
		case <-deadline:
			return true
		case <-time.After(200 * time.Millisecond):
		}
		stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
		if err != nil {
			return true // (no /proc: signalled after the wait)
		}
		// the fields after the command's name: state, …, utime (14th
		// field of the line), stime (15th)
		_, after, _ := bytes.Cut(stat, []byte(") "))
		f := strings.Fields(string(after))
		if len(f) < 13 {
			return true
		}
		if cpu := f[11] + " " + f[12]; cpu == last {
			if still++; still == 5 {
				return true
			}
		} else {
			last, still = cpu, 0
		}
	}
}
