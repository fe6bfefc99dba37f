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

// TestIngestQueueDBClaimedStory (prod63 item 2): dyad ingest --queue --db
// X, run on a page of another story claiming an address X holds (stored
// by an earlier run), skipped it as stored ("0 queued, 1 already
// queued or stored"): the queue sink returned no stored article, so the
// run could not tell the stories apart. It is queued under its text's id
// with the warning dyad ingest --db gives, and stored by the worker; an
// edited page of the stored one is warned of as dyad ingest --db warns,
// and not queued.
func TestIngestQueueDBClaimedStory(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := write("one/a.html", sectionPage("Japan criticises Australia", "<p>Japan criticised Australia over whaling in Tokyo on Tuesday, officials said.</p>"))
	b := write("two/b.html", sectionPage("Kenya and Chile sign pact", "<p>Kenya and Chile signed a trade pact in Nairobi on Tuesday, the ministry said.</p>"))
	edit := write("three/a.html", sectionPage("Japan criticises Australia", "<p>Japan criticised Australia over whaling in Tokyo on Tuesday, officials said.</p><p>Australia rejected the criticism on Wednesday.</p>"))
	urlID := dyad.ArticleID("https://example.com/news/world/", "")
	const bID = "173b58e72851e4a9" // b.html's text's id, as dyad ingest stores it

	url := startNATS(t).ClientURL()
	db := filepath.Join(dir, "x.db")
	if _, errs, code := run(t, "ingest", "--db", db); code != 0 {
		t.Fatalf("create %s: %s", db, errs)
	}
	ingest := func(file string) string {
		t.Helper()
		_, errs, code := run(t, "ingest", "--queue", url, "--db", db, file)
		if code != 0 {
			t.Fatalf("ingest --queue %s: exit %d: %s", file, code, errs)
		}
		return strings.ReplaceAll(errs[:strings.Index(errs, "failures;")+len("failures;")], dir+"/", "")
	}
	work := func() int {
		t.Helper()
		stored, _, _ := drainWorker(t, url, db)
		return stored
	}
	if got := ingest(a); got != "queued 1 input: 1 article read, 1 queued, 0 already stored; 0 failures;" {
		t.Errorf("a.html: %q", got)
	}
	if n := work(); n != 1 {
		t.Fatalf("a.html: %d stored", n)
	}
	if got, want := ingest(b), "dyad: warning: two/b.html: its canonical link https://example.com/news/world/ was claimed by one/a.html too, which tells another story (they share neither their opening nor half their wording): stored as an article of its own, known by its text (id "+bID+"), not by that address\n"+
		"queued 1 input: 1 article read, 1 queued, 0 already stored; 0 failures;"; got != want {
		t.Errorf("b.html:\n%q\nwant\n%q", got, want)
	}
	if n := work(); n != 1 {
		t.Errorf("b.html: %d stored, want 1", n)
	}
	if got, want := ingest(edit), "dyad: warning: three/a.html: stored already as article "+urlID+" with another text (an edit of it: 17 words, stored 11): the stored text and its events are kept, this text is not coded (to code it, ingest it into a new store)\n"+
		"queued 1 input: 1 article read, 0 queued, 1 already stored; 0 failures;"; got != want {
		t.Errorf("edited a.html:\n%q\nwant\n%q", got, want)
	}
	s, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	n, err := s.Counts(context.Background())
	if err != nil || n.Articles != 2 {
		t.Errorf("%s: %+v %v, want 2 articles", db, n, err)
	}
	for _, id := range []string{urlID, bID} {
		if _, err := s.Article(context.Background(), id); err != nil {
			t.Errorf("article %s: %v", id, err)
		}
	}
}
