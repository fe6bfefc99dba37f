package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/testutil"
)

// TestGzipJSONLStreamed: a gzip'd JSON Lines file (.jsonl.gz) is read
// record by record as a plain one is, not whole (a whole .gz was capped
// at 50 MiB after decompression): its records are stored under their
// ids, a bad line is that line's failure. A .gz that is not gzip is the
// input's failure.
func TestGzipJSONLStreamed(t *testing.T) {
	dir := t.TempDir()
	data, _ := testutil.Gzip(t, `{"id":"g1","date":"2024-03-04","text":"Kenya thanked Japan on Monday."}`+"\n"+
		"{not json\n"+
		`{"id":"g3","date":"2024-03-04","text":"Chile praised Peru on Monday."}`+"\n")
	if err := os.WriteFile(filepath.Join(dir, "wire.jsonl.gz"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "bad.ndjson.gz"), "plain text, not gzip")
	cfg, db := jsonlConfig(t, dir)
	sum, err := Run(context.Background(), cfg, []string{filepath.Join(dir, "wire.jsonl.gz"), filepath.Join(dir, "bad.ndjson.gz")})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"g1", "g3"} {
		if a, err := db.Article(context.Background(), id); err != nil || a == nil {
			t.Errorf("article %s: %v, %v; want it stored", id, a, err)
		}
	}
	var fails []string
	for _, f := range sum.Failures {
		fails = append(fails, filepath.Base(f.String()))
	}
	got := strings.Join(fails, "\n")
	if sum.Added != 2 || !strings.Contains(got, "wire.jsonl.gz:2: bad JSON") || !strings.Contains(got, "bad.ndjson.gz: not a readable gzip file: gzip: invalid header") {
		t.Errorf("added %d, failures:\n%s\nwant 2 added, line 2 of wire.jsonl.gz and bad.ndjson.gz failed", sum.Added, got)
	}
}

// TestGzipJSONLCutWording: a .jsonl.gz cut off is the input's failure in
// the words dyad code uses ("truncated gzip data (the records before the
// cut are read)"), not a bare "unexpected EOF", and the record before the
// cut is stored.
func TestGzipJSONLCutWording(t *testing.T) {
	dir := t.TempDir()
	data, ends := testutil.Gzip(t, `{"id":"c1","date":"2024-03-04","text":"Kenya thanked Japan on Monday."}`+"\n",
		`{"id":"c2","date":"2024-03-04","text":"Chile praised Peru on Monday and again on Tuesday."}`+"\n")
	if err := os.WriteFile(filepath.Join(dir, "cut.jsonl.gz"), data[:ends[0]+10], 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, db := jsonlConfig(t, dir)
	sum, err := Run(context.Background(), cfg, []string{filepath.Join(dir, "cut.jsonl.gz")})
	if err != nil {
		t.Fatal(err)
	}
	if a, err := db.Article(context.Background(), "c1"); err != nil || a == nil {
		t.Errorf("article c1: %v, %v; want it stored", a, err)
	}
	if len(sum.Failures) != 1 || filepath.Base(sum.Failures[0].String()) != "cut.jsonl.gz: truncated gzip data (the records before the cut are read)" {
		t.Errorf("failures %v; want one, cut.jsonl.gz: truncated gzip data (the records before the cut are read)", sum.Failures)
	}
}
