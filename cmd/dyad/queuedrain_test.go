package main

import (
	"encoding/json"
	"testing"
)

// drainWorker runs dyad worker --drain --json with one goroutine on the
// queue at url into the store db and returns the articles it stored, the
// ones it skipped as stored, and its standard error. A worker that fails
// or prints no JSON summary fails the test.
func drainWorker(t *testing.T, url, db string) (stored, skipped int, errs string) {
	t.Helper()
	out, errs, err := runQueueCmd(t, "worker", "--queue", url, "--db", db, "--drain", "--json", "--concurrency", "1")
	if err != nil {
		t.Fatalf("worker: %v\n%s", err, errs)
	}
	var st struct{ Stored, Skipped int }
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("worker: %q: %v", out, err)
	}
	return st.Stored, st.Skipped, errs
}

// sectionPage is a saved HTML page of a story titled title whose
// canonical link names a section page (https://example.com/news/world/),
// published 2024-05-02: pages of different stories claiming one address.
func sectionPage(title, body string) string {
	return `<html><head><title>` + title + `</title><link rel="canonical" href="https://example.com/news/world/"><meta property="article:published_time" content="2024-05-02T10:00:00Z"></head><body><article><h1>` + title + `</h1>` + body + `</article></body></html>`
}
