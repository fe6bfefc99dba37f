package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/ingest"
)

// TestIngestSummaryWording: a refused input is said so (not "ingested 0
// inputs" alone); --json lists no failures as [] (not null).
func TestIngestSummaryWording(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	missing := filepath.Join(dir, "missing.txt")
	_, errs, code := run(t, "ingest", "--db", db, missing)
	want := "ingested 0 inputs (1 input refused): 0 articles read, 0 added (0 near-duplicates), 0 already stored; 0 new events, 0 mentions; 1 failure;"
	if code != 1 || !strings.HasPrefix(errs, want) || !strings.Contains(errs, "dyad: 1 input failed (listed above)") {
		t.Errorf("exit %d:\n%s\nwant it to start %s", code, errs, want)
	}
	in := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(in, []byte("DATE: 2024-03-02\n\nNorth Korea fired two ballistic missiles into the sea on Friday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, "ingest", "--db", db, "--json", in)
	if code != 0 || !strings.Contains(out, `"failures": [],`) || !strings.Contains(out, `"refused": 0,`) || errs != "" {
		t.Errorf("exit %d, summary:\n%s%s\nwant the JSON summary only, nothing on stderr", code, out, errs)
	}
	in2 := filepath.Join(dir, "b.txt")
	if err := os.WriteFile(in2, []byte("DATE: 2024-03-02\n\nIran expelled two British diplomats on Friday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs, code = run(t, "ingest", "--db", db, in2)
	if code != 0 || !strings.HasPrefix(errs, "ingested 1 input: 1 article read, 1 added (0 near-duplicates), 0 already stored; 1 new event, 1 mention; 0 failures;") {
		t.Errorf("exit %d, summary:\n%s", code, errs)
	}
}

// TestIngestSummaryStopped: a run the store stopped (a full disk) says
// so after its counts, with what it did not store and did not read.
func TestIngestSummaryStopped(t *testing.T) {
	var b strings.Builder
	printSummary(&b, ingest.Summary{Inputs: 92, Read: 92, Added: 64, Mentions: 80,
		Stopped: "commit: database or disk is full (13)", NotStored: 28, Unread: 108})
	want := "ingested 92 inputs: 92 articles read, 64 added (0 near-duplicates), 0 already stored; 0 new events, 80 mentions; 0 failures; 0.0s (0.0 articles/s)\n" +
		"  stopped early by the error below: 28 articles read were not stored, 108 of 200 inputs not read; run the same command again once it is fixed (the articles stored are skipped)\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	b.Reset()
	printSummary(&b, ingest.Summary{Inputs: 1, Read: 1, Stopped: "context canceled", NotStored: 1})
	if got := strings.SplitN(b.String(), "\n", 2)[1]; got != "  stopped early by the error below: 1 article read was not stored, 0 of 1 input not read; run the same command again once it is fixed (the articles stored are skipped)\n" {
		t.Errorf("one article: %q", got)
	}
}

// TestIngestJSONStoreUnopened: with --json, a store that cannot be opened
// still gives the JSON summary on standard output, the error as "stopped"
// and every source "unread", exit 1; a run to the end has "unread": 0.
func TestIngestJSONStoreUnopened(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(txt, []byte("Kenya and Chile resumed talks on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	junk := filepath.Join(dir, "junk.db")
	if err := os.WriteFile(junk, []byte("not a database at all, just text\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, db := range []string{junk, filepath.Join(dir, "no", "such", "dir", "x.db")} {
		out, errs, code := run(t, "ingest", "--json", "--date", "2024-01-02", "--db", db, txt, txt)
		var sum map[string]any
		if err := json.Unmarshal([]byte(out), &sum); err != nil || code != 1 {
			t.Errorf("%s: exit %d, stdout %q (%v), stderr %q; want the JSON summary and exit 1", db, code, out, err, errs)
			continue
		}
		if s, _ := sum["stopped"].(string); s == "" || !strings.Contains(errs, s) || sum["unread"] != 2.0 || sum["read"] != 0.0 {
			t.Errorf("%s: summary %v; want stopped by the error of stderr %q, unread 2", db, sum, errs)
		}
	}
	out, _, code := run(t, "ingest", "--json", "--date", "2024-01-02", "--db", filepath.Join(dir, "ok.db"), txt)
	if !strings.Contains(out, `"unread": 0`) || code != 0 {
		t.Errorf("a whole run: exit %d, summary %s; want \"unread\": 0", code, out)
	}
}

// TestIngestExamplesFolder: the quick start's "dyad ingest examples/"
// reads the 16 articles and says that the 16 .expected.jsonl files beside
// them hold coded events, not news, not that they are "images, data".
func TestIngestExamplesFolder(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	_, errs, code := run(t, "ingest", "--db", db, filepath.Join("..", "..", "examples"))
	want := "ignored 16 files in folders that hold coded events, not news (JSON Lines of event records, as examples/*.expected.jsonl: the events each example should give)"
	if code != 0 || !strings.Contains(errs, "16 articles read") || !strings.Contains(errs, want) {
		t.Errorf("exit %d, stderr %q; want 16 articles read and %q", code, errs, want)
	}
}
