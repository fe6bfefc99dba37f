package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/sqlite"
)

// TestIngestQueueClaimedStories: saved pages of different stories whose
// canonical link names one section page are two articles through dyad
// ingest --queue and dyad worker too, as through dyad ingest: the queued
// message kept the article's Claimed (its JSON leaves it out), so the
// worker stored the later page under its text's id, with the warning
// dyad ingest gives. The queue merged them: one article, the second
// story's events lost. In one queued run (the worker finds the address
// stored by the article before it in its batch) and in two (the worker
// finds it stored by an earlier run); the same page queued again is still
// one article.
func TestIngestQueueClaimedStories(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := write("a.html", sectionPage("Japan criticises Australia", "<p>Japan criticised Australia over whaling in Tokyo on Tuesday, officials said.</p>"))
	b := write("b.html", sectionPage("Kenya and Chile sign pact", "<p>Kenya and Chile signed a trade pact in Nairobi on Tuesday, the ministry said.</p>"))
	same := write("same.html", sectionPage("Japan criticises Australia", "<p>Japan criticised Australia over whaling in Tokyo on Tuesday, officials said.</p>"))
	urlID := dyad.ArticleID("https://example.com/news/world/", "")
	const bID = "173b58e72851e4a9" // b.html's text's id, as dyad ingest stores it
	other := "dyad: warning: " + b + ": its canonical link https://example.com/news/world/ was claimed by " + a + " too, which tells another story (they share neither their opening nor half their wording): stored as an article of its own, known by its text (id " + bID + "), not by that address\n"

	ingest := func(url string, files ...string) string {
		t.Helper()
		_, errs, code := run(t, append([]string{"ingest", "--queue", url}, files...)...)
		if code != 0 {
			t.Fatalf("ingest --queue %v: exit %d: %s", files, code, errs)
		}
		return strings.ReplaceAll(errs[:strings.Index(errs, "failures;")+len("failures;")], dir+"/", "")
	}
	work := func(url, db string) (stored, skipped int, log string) {
		t.Helper()
		return drainWorker(t, url, db)
	}
	articles := func(db string) []string {
		t.Helper()
		s, err := sqlite.Open(db)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		var got []string
		for _, id := range []string{urlID, bID} {
			sa, err := s.Article(context.Background(), id)
			if err != nil {
				t.Errorf("article %s: %v", id, err)
				continue
			}
			got = append(got, id+" "+filepath.Base(sa.Input)+" "+sa.Title)
		}
		n, err := s.Counts(context.Background())
		if err != nil || n.Articles != 2 {
			t.Errorf("store %s: %+v %v, want 2 articles", db, n, err)
		}
		return got
	}
	want := urlID + " a.html Japan criticises Australia\n" + bID + " b.html Kenya and Chile sign pact"

	// one run: a.html and b.html stored in one batch
	url := startNATS(t).ClientURL()
	db := filepath.Join(dir, "one.db")
	if got := ingest(url, a, b, same); got != "dyad: warning: same.html: https://example.com/news/world/ was stored from a.html earlier in this run; the first stored is kept, this one is not stored (one article an address)\n"+
		"queued 3 inputs: 3 articles read, 2 queued, 1 already stored; 0 failures;" {
		t.Errorf("ingest --queue: %q", got)
	}
	if stored, skipped, log := work(url, db); stored != 2 || skipped != 0 || log[:strings.Index(log, "worker:")] != other {
		t.Errorf("worker: %d stored, %d skipped, log:\n%s\nwant 2 stored, 0 skipped, first:\n%s", stored, skipped, log, other)
	}
	if got := strings.Join(articles(db), "\n"); got != want {
		t.Errorf("one run: articles\n%s\nwant\n%s", got, want)
	}

	// two runs: a.html stored, then a.html's copy and b.html queued
	url = startNATS(t).ClientURL()
	db = filepath.Join(dir, "two.db")
	ingest(url, a)
	if stored, _, _ := work(url, db); stored != 1 {
		t.Fatalf("a.html: %d stored", stored)
	}
	if got := ingest(url, same, b); got != "queued 2 inputs: 2 articles read, 1 queued, 0 already stored, 1 dropped by the queue as queued in the last 10 minutes; 0 failures;" {
		t.Errorf("second ingest --queue: %q", got)
	}
	if stored, skipped, log := work(url, db); stored != 1 || skipped != 0 || log[:strings.Index(log, "worker:")] != other {
		t.Errorf("second worker: %d stored, %d skipped, log:\n%s\nwant 1 stored, 0 skipped, first:\n%s", stored, skipped, log, other)
	}
	if got := strings.Join(articles(db), "\n"); got != want {
		t.Errorf("two runs: articles\n%s\nwant\n%s", got, want)
	}
}
