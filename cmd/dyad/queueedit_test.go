package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestWorkerWarnsOfEdit (fresh63 D2): an edited page sent through the
// queue was "1 already stored" by dyad worker with no word of the edit;
// the worker warns as dyad ingest --db does (the stored text and events
// kept), "dyad: warning: …".
func TestWorkerWarnsOfEdit(t *testing.T) {
	page := func(body string) string {
		return `<html><head><title>Japan criticises Australia</title><link rel="canonical" href="https://example.com/news/whaling"><meta property="article:published_time" content="2024-05-02T10:00:00Z"></head><body><article><h1>Japan criticises Australia</h1>` + body + `</article></body></html>`
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "p.html")
	url := startNATS(t).ClientURL()
	db := filepath.Join(dir, "w.db")
	work := func() (int, int, string) {
		t.Helper()
		stored, skipped, errs := drainWorker(t, url, db)
		return stored, skipped, errs[:strings.Index(errs, "worker:")]
	}
	for i, body := range []string{
		"<p>Japan criticised Australia over whaling in Tokyo on Tuesday, officials said.</p>",
		"<p>Japan criticised Australia over whaling in Tokyo on Tuesday, officials said.</p><p>Australia rejected the criticism on Wednesday.</p>",
	} {
		if err := os.WriteFile(p, []byte(page(body)), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, errs, code := run(t, "ingest", "--queue", url, p); code != 0 {
			t.Fatalf("ingest --queue: %s", errs)
		}
		stored, skipped, log := work()
		want := ""
		if i == 1 {
			want = "dyad: warning: " + p + ": stored already as article " + dyad.ArticleID("https://example.com/news/whaling", "") +
				" with another text (an edit of it: 17 words, stored 11): the stored text and its events are kept, this text is not coded (to code it, queue it for a new store)\n"
		}
		if stored != 1-i || skipped != i || log != want {
			t.Errorf("run %d: %d stored, %d skipped, log %q; want %d, %d, %q", i+1, stored, skipped, log, 1-i, i, want)
		}
	}
}
