package ingest

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/dyad-events/dyad/sqlite"
)

const childEnv = "DYAD_INGEST_TEST_CHILD"

func TestMain(m *testing.M) {
	if dir := os.Getenv(childEnv); dir != "" {
		// The child of TestKillSafety: ingest slowly until killed.
		db, err := sqlite.Open(filepath.Join(dir, "killed.db"))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		fmt.Println("open") // the parent polls the store from now on
		cfg := Config{DB: db, Coder: fakeCoder{delay: 3 * time.Millisecond}, Read: fakeRead, Workers: 2, Batch: 4}
		if _, err := Run(context.Background(), cfg, []string{filepath.Join(dir, "in")}); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestKillSafety ingests in a subprocess, kills it with SIGKILL mid-run,
// re-runs the ingest to completion and compares the store with a clean
// run's.
func TestKillSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("subprocess test")
	}
	ctx := context.Background()
	dir := t.TempDir()
	const n = 400
	for i := range n {
		write(t, filepath.Join(dir, "in", fmt.Sprintf("%03d.txt", i)), story(i))
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+dir)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Poll the store only once the child has created it, and read-only:
	// a poller that opened it for writing could create or migrate the
	// schema itself, racing the child.
	opened := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(out).ReadString('\n')
		opened <- line
		io.Copy(io.Discard, out)
	}()
	select {
	case line := <-opened:
		if line != "open\n" {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("child did not open the store (said %q; its error is above)", line)
		}
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		t.Fatal("child did not open the store in 60s")
	}
	killedPath := filepath.Join(dir, "killed.db")
	deadline := time.Now().Add(60 * time.Second)
	var atKill int
	for {
		time.Sleep(20 * time.Millisecond)
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("child stored fewer than 40 articles in 60s")
		}
		db, err := sqlite.OpenReadOnly(killedPath)
		if err != nil {
			continue
		}
		c, err := db.Counts(ctx)
		db.Close()
		if err == nil && c.Articles >= 40 {
			break
		}
	}
	if err := cmd.Process.Kill(); err != nil { // SIGKILL
		t.Fatal(err)
	}
	cmd.Wait()
	db := openDB(t, killedPath)
	c, err := db.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	atKill = c.Articles
	if atKill >= n {
		t.Fatalf("child finished (%d articles) before the kill", atKill)
	}
	if s, err := db.IntegrityCheck(ctx); err != nil || s != "ok" {
		t.Fatalf("after kill: integrity %q, %v", s, err)
	}

	cfg := Config{DB: db, Coder: fakeCoder{}, Read: fakeRead}
	sum, err := Run(ctx, cfg, []string{filepath.Join(dir, "in")})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != n || sum.Skipped != atKill || sum.Added != n-atKill || len(sum.Failures) != 0 {
		t.Errorf("resumed run %+v after %d stored", sum, atKill)
	}
	clean := openDB(t, filepath.Join(dir, "clean.db"))
	if _, err := Run(ctx, Config{DB: clean, Coder: fakeCoder{}, Read: fakeRead}, []string{filepath.Join(dir, "in")}); err != nil {
		t.Fatal(err)
	}
	got, _ := db.Counts(ctx)
	want, _ := clean.Counts(ctx)
	// Duplicate groups depend on the order articles arrive in; the rest
	// must match exactly.
	got.DupGroups, want.DupGroups = 0, 0
	if got != want || want.Articles != n {
		t.Errorf("resumed counts %+v, clean %+v", got, want)
	}
	ge, _ := db.Events(ctx, sqlite.Filter{})
	we, _ := clean.Events(ctx, sqlite.Filter{})
	mentions := func(evs []sqlite.StoredEvent) map[string]int {
		m := map[string]int{}
		for _, e := range evs {
			m[e.Date+e.Source.Code+e.Target.Code+e.CAMEO] = e.NumMentions
		}
		return m
	}
	if fmt.Sprint(mentions(ge)) != fmt.Sprint(mentions(we)) {
		t.Errorf("event mentions differ:\n%v\n%v", mentions(ge), mentions(we))
	}
	if s, err := db.IntegrityCheck(ctx); err != nil || s != "ok" {
		t.Errorf("after resume: integrity %q, %v", s, err)
	}
	t.Logf("killed after %d of %d articles", atKill, n)
}
