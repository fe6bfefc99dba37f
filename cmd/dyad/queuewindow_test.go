package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/sqlite"
)

// TestIngestQueueWindowNewStore (fresh63 D1): articles queued for one
// store and worked off into it, then queued within JetStream's 10-minute
// duplicate window with --db naming another store that lacks them, were
// dropped by the queue ("0 queued, 2 already queued or stored") and never
// reached that store, silently. With --db the message id holds the store
// (queue.StoreKey): they are queued and stored there. Queued again while
// still in the queue, they are dropped, and the summary says so in the
// user's terms, with --db and without.
func TestIngestQueueWindowNewStore(t *testing.T) {
	dir := t.TempDir()
	var c, b string
	for i, text := range []string{"Kenya recalled its ambassador to Chile on Monday.", "Japan and Australia signed a defence pact on Tuesday."} {
		p := filepath.Join(dir, fmt.Sprintf("a%d.txt", i))
		if err := os.WriteFile(p, []byte("DATE: 2024-03-04\n\n"+text+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			c = p
		} else {
			b = p
		}
	}
	url := startNATS(t).ClientURL()
	ingest := func(args ...string) string {
		t.Helper()
		_, errs, code := run(t, append([]string{"ingest", "--queue", url}, args...)...)
		if code != 0 {
			t.Fatalf("ingest --queue %v: exit %d: %s", args, code, errs)
		}
		i := strings.Index(errs, " failures;")
		j := strings.Index(errs, "articles/s)\n")
		return errs[:i] + errs[j+len("articles/s)"):]
	}
	work := func(db string) int {
		t.Helper()
		stored, _, _ := drainWorker(t, url, db)
		return stored
	}
	articles := func(db string) int {
		t.Helper()
		s, err := sqlite.Open(db)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		n, err := s.Counts(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return n.Articles
	}
	q3, w1 := filepath.Join(dir, "q3.db"), filepath.Join(dir, "w1.db")

	if got := ingest(c, b); got != "queued 2 inputs: 2 articles read, 2 queued, 0 already stored; 0\n" {
		t.Errorf("first: %q", got)
	}
	if n := work(q3); n != 2 {
		t.Fatalf("worker q3: %d stored", n)
	}
	// without --db: dropped by the window, and the summary says so
	if got := ingest(c); got != "queued 1 input: 1 article read, 0 queued, 0 already stored, 1 dropped by the queue as queued in the last 10 minutes; 0\n"+
		"  the queue dropped 1 article: queued less than 10 minutes ago (JetStream keeps one message an article within its 10-minute duplicate window), "+
		"perhaps stored since by a worker into another store; with --db STORE, dyad ingest --queue queues again for STORE the articles it does not hold\n" {
		t.Errorf("again without --db: %q", got)
	}
	if _, errs, code := run(t, "ingest", "--db", w1); code != 0 {
		t.Fatalf("create %s: %s", w1, errs)
	}
	// with --db w1.db: w1.db lacks them, so they are queued for it
	if got := ingest("--db", w1, c, b); got != "queued 2 inputs: 2 articles read, 2 queued, 0 already stored; 0\n" {
		t.Errorf("--db w1.db: %q", got)
	}
	// queued again before a worker stored them: dropped, said plainly
	if got := ingest("--db", w1, c); got != "queued 1 input: 1 article read, 0 queued, 0 already stored, 1 dropped by the queue as queued in the last 10 minutes; 0\n"+
		"  the queue dropped 1 article: queued for "+w1+" less than 10 minutes ago and not stored in it yet (JetStream keeps one message an article within its 10-minute duplicate window); "+
		"a dyad worker --db "+w1+" stores the one queued; if it was taken by a worker for another store, run this command again after the window to queue it for this one\n" {
		t.Errorf("--db w1.db again: %q", got)
	}
	if n := work(w1); n != 2 {
		t.Errorf("worker w1: %d stored, want 2", n)
	}
	if n := articles(w1); n != 2 {
		t.Errorf("%s: %d articles, want 2", w1, n)
	}
	// stored now: skipped as stored, not queued
	if got := ingest("--db", w1, c, b); got != "queued 2 inputs: 2 articles read, 0 queued, 2 already stored; 0\n" {
		t.Errorf("--db w1.db stored: %q", got)
	}
}
