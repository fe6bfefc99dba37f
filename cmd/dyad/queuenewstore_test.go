package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIngestQueueDBNew (fresh64 N2): dyad ingest --queue with a --db
// store that is not there yet queues every article for it (it holds
// nothing), as the README says to give --db when filling a new store from
// articles queued recently: an article queued and stored into another
// store a moment ago is queued again and reaches the new one. It was
// refused, "--db new.db: no such store: … (dyad worker --db creates it
// …)", exit 1. dyad ingest --queue does not create the store; the worker
// does.
func TestIngestQueueDBNew(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(in, []byte("DATE: 2024-03-04\n\nKenya recalled its ambassador to Chile on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	url := startNATS(t).ClientURL()
	if _, errs, code := run(t, "ingest", "--queue", url, in); code != 0 {
		t.Fatalf("ingest --queue: exit %d: %s", code, errs)
	}
	if n, _, _ := drainWorker(t, url, filepath.Join(dir, "old.db")); n != 1 {
		t.Fatalf("worker old.db: %d stored", n)
	}
	db := filepath.Join(dir, "new.db")
	out, errs, code := run(t, "ingest", "--queue", url, "--db", db, in)
	if want := "queued 1 input: 1 article read, 1 queued, 0 already stored; 0 failures;"; code != 0 || out != "" || !strings.HasPrefix(errs, want) {
		t.Fatalf("ingest --queue --db new.db: exit %d, stdout %q, stderr %q; want exit 0 and %q…", code, out, errs, want)
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("dyad ingest --queue created %s (%v)", db, err)
	}
	if n, _, _ := drainWorker(t, url, db); n != 1 {
		t.Errorf("worker new.db: %d stored, want 1", n)
	}
}

// TestIngestQueueDBNoFolder (fresh65): dyad ingest --queue with a new --db
// store in a folder that does not exist is refused as dyad ingest --db
// refuses it, exit 1 naming the flag and the folder, and queues nothing
// (a worker could not create the store either). It queued the article,
// exit 0.
func TestIngestQueueDBNoFolder(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(in, []byte("DATE: 2024-03-04\n\nKenya recalled its ambassador to Chile on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	url := startNATS(t).ClientURL()
	folder := filepath.Join(dir, "no", "such")
	db := filepath.Join(folder, "x.db")
	want := "dyad: --db " + db + ": cannot create the store: the folder " + folder +
		" does not exist (create it first, or give a path in an existing folder)\n"
	if out, errs, code := run(t, "ingest", "--queue", url, "--db", db, in); code != 1 || out != "" || errs != want {
		t.Errorf("exit %d, stdout %q, stderr %q; want 1, nothing and %q", code, out, errs, want)
	}
	if n, _, _ := drainWorker(t, url, filepath.Join(dir, "other.db")); n != 0 {
		t.Errorf("%d articles queued, want none", n)
	}
	if _, err := os.Stat(filepath.Join(dir, "no")); err == nil {
		t.Error("ingest --queue created the missing folder")
	}
}
