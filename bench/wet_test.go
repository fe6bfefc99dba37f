package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunNamesWET: the corpus line names a Common Crawl WET file among
// the files, and WARC archives, with their counts ("1 file (0 HTML)" of
// a lone .warc.wet.gz said only what it was not); the JSON report counts
// them in wet_files and warc_files.
func TestRunNamesWET(t *testing.T) {
	coder := newCoder(t)
	dir := t.TempDir()
	text := "Kenya thanked Japan on Monday for the aid.\nThe ministry said the aid had arrived.\n"
	rec := fmt.Sprintf("WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Date: 2024-03-04T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n"+
		"WARC-Target-URI: https://example.org/a\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(text), text)
	page := "<html><head><title>Aid</title></head><body><article><p>Germany pledged aid to Ukraine on Tuesday, the government said.</p></article></body></html>"
	if os.WriteFile(filepath.Join(dir, "crawl.wet"), []byte(rec), 0o644) != nil || os.WriteFile(filepath.Join(dir, "a.html"), []byte(page), 0o644) != nil {
		t.Fatal("write")
	}
	r, err := Run(context.Background(), Config{Coder: coder, Workers: 1}, dir)
	if err != nil {
		t.Fatal(err)
	}
	if r.Files != 2 || r.HTMLFiles != 1 || r.WETFiles != 1 || r.WARCFiles != 0 || len(r.Failures) != 0 {
		t.Errorf("files %d, HTML %d, WET %d, WARC %d, failures %v; want 2, 1, 1, 0, none", r.Files, r.HTMLFiles, r.WETFiles, r.WARCFiles, r.Failures)
	}
	var b bytes.Buffer
	if err := r.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	if want := "corpus: " + dir + " — 2 files (1 HTML, 1 WET archive of text records), "; !strings.HasPrefix(b.String(), want) {
		t.Errorf("table opens %q; want %q", strings.SplitN(b.String(), "\n", 2)[0], want)
	}
	b.Reset()
	r = &Report{Inputs: []string{"crawl"}, Files: 4, HTMLFiles: 1, WARCFiles: 2, WETFiles: 1}
	if err := r.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	if want := "corpus: crawl — 4 files (1 HTML, 2 WARC archives, 1 WET archive of text records), "; !strings.HasPrefix(b.String(), want) {
		t.Errorf("table opens %q; want %q", strings.SplitN(b.String(), "\n", 2)[0], want)
	}
}

// TestRunNamesJSONL: the corpus line names JSON Lines files as it names
// WET files and WARC archives: "1 file (0 HTML, 1 JSON Lines file)"; it
// said "1 file (0 HTML)" of a news.jsonl. JSON jsonl_files.
func TestRunNamesJSONL(t *testing.T) {
	coder := newCoder(t)
	dir := t.TempDir()
	line := `{"id":"a1","date":"2024-03-04","text":"Kenya thanked Japan on Monday for the aid."}` + "\n"
	if os.WriteFile(filepath.Join(dir, "news.jsonl"), []byte(line), 0o644) != nil {
		t.Fatal("write")
	}
	r, err := Run(context.Background(), Config{Coder: coder, Workers: 1}, filepath.Join(dir, "news.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if r.Files != 1 || r.HTMLFiles != 0 || r.JSONLFiles != 1 || len(r.Failures) != 0 {
		t.Errorf("files %d, HTML %d, JSON Lines %d, failures %v; want 1, 0, 1, none", r.Files, r.HTMLFiles, r.JSONLFiles, r.Failures)
	}
	var b bytes.Buffer
	if err := r.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	if want := "corpus: " + filepath.Join(dir, "news.jsonl") + " — 1 file (0 HTML, 1 JSON Lines file), "; !strings.HasPrefix(b.String(), want) {
		t.Errorf("table opens %q; want %q", strings.SplitN(b.String(), "\n", 2)[0], want)
	}
	b.Reset()
	r = &Report{Inputs: []string{"wire"}, Files: 3, HTMLFiles: 1, JSONLFiles: 2}
	if err := r.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	if want := "corpus: wire — 3 files (1 HTML, 2 JSON Lines files), "; !strings.HasPrefix(b.String(), want) {
		t.Errorf("table opens %q; want %q", strings.SplitN(b.String(), "\n", 2)[0], want)
	}
	if js, _ := json.Marshal(r); !strings.Contains(string(js), `"jsonl_files":2`) {
		t.Errorf("JSON %s; want jsonl_files 2", js)
	}
}
