package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"

	"github.com/dyad-events/dyad/sqlite"
)

// TestIngestLocked: while another dyad ingest holds a store's writer lock
// (here this process, as sqlite.LockWriter), ingest into it fails at once
// naming the holder, with or without sources, and writes nothing; events
// and export still read it. Once the lock is free, ingest works.
func TestIngestLocked(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "news.jsonl")
	data := `{"id":"a1","date":"2024-03-02","text":"North Korea fired two ballistic missiles into the sea on Friday."}
{"id":"a2","date":"2024-03-03","text":"Seoul and Tokyo held talks on Saturday."}
`
	if err := os.WriteFile(in, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	one := filepath.Join(dir, "one.jsonl")
	if err := os.WriteFile(one, []byte(strings.SplitAfter(data, "\n")[0]), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "x.db")
	if _, errs, code := run(t, "ingest", "--db", db, one); code != 0 {
		t.Fatalf("ingest: exit %d\n%s", code, errs)
	}
	unlock, err := sqlite.LockWriter(db)
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("dyad: %s is being written by another dyad ingest or dyad worker (pid %d)\n", db, os.Getpid())
	for _, args := range [][]string{{"ingest", "--db", db, in}, {"ingest", "--db", db}} {
		out, errs, code := run(t, args...)
		if code != 1 || out != "" || errs != want {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want exit 1, %q", strings.Join(args, " "), code, out, errs, want)
		}
	}
	out, errs, code := run(t, "events", "--db", db, "--format", "json")
	if code != 0 || strings.Count(out, "\n") != 1 {
		t.Errorf("events on a locked store: exit %d, %d events (want 1)\n%s", code, strings.Count(out, "\n"), errs)
	}
	if out, _, code := run(t, "export", "--db", db, "--format", "gdelt"); code != 0 || strings.Count(out, "\n") != 1 {
		t.Errorf("export on a locked store: exit %d, %d rows (want 1)", code, strings.Count(out, "\n"))
	}
	unlock()
	if _, errs, code := run(t, "ingest", "--db", db, in); code != 0 || !strings.Contains(errs, "2 articles read, 1 added") {
		t.Errorf("ingest after unlock: exit %d\n%s", code, errs)
	}
}

// TestWorkerLocked: dyad worker into a SQLite store takes the writer lock
// too, so it and a dyad ingest (or a second worker) never write one store
// at once: each keeps the near-duplicate index in memory, and a worker
// draining the queue into the store an ingest was filling wrote beside it
// without a word. It fails at once naming the holder, storing nothing.
func TestWorkerLocked(t *testing.T) {
	ns, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: -1, JetStream: true,
		StoreDir: t.TempDir(), NoLog: true, NoSigs: true})
	if err != nil {
		t.Fatal(err)
	}
	go ns.Start()
	defer ns.Shutdown()
	if !ns.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats not ready")
	}
	db := filepath.Join(t.TempDir(), "x.db")
	unlock, err := sqlite.LockWriter(db)
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	want := fmt.Sprintf("dyad: %s is being written by another dyad ingest or dyad worker (pid %d)\n", db, os.Getpid())
	out, errs, code := run(t, "worker", "--queue", ns.ClientURL(), "--db", db, "--drain")
	if code != 1 || out != "" || errs != want {
		t.Errorf("worker on a locked store: exit %d, stdout %q, stderr %q; want exit 1, %q", code, out, errs, want)
	}
}
