package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestBenchReadsWhatIngestReads: dyad bench walks a folder for the files
// dyad ingest reads (an RSS feed, a JSON Feed's .json, JSON Lines, a page)
// and reads a feed's items as ingest does; it took .txt, .html and .htm
// alone (1 file here) and read a feed named on the command line as one
// page of text (1 article, not its 2 items).
func TestBenchReadsWhatIngestReads(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"page.html": `<html><head><title>Talks</title></head><body><article><h1>Kenyan police arrest protesters</h1>
<p>NAIROBI, July 2 (Wire) - Kenyan police arrested 12 protesters in Nairobi on Tuesday, officials said.</p></article></body></html>`,
		"feed.rss": `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Arrests</title><link>https://example.org/1</link><description>Kenyan police arrested 12 protesters in Nairobi on Tuesday.</description></item>
<item><title>More</title><link>https://example.org/2</link><description>Ugandan police arrested 14 protesters in Kampala on Tuesday.</description></item>
</channel></rss>`,
		"feed.json":  `{"version":"https://jsonfeed.org/version/1.1","title":"Wire","items":[{"id":"1","url":"https://example.org/3","content_text":"Kenya recalled its ambassador to Uganda on Tuesday."},{"id":"2","url":"https://example.org/4","content_text":"Uganda expelled a Kenyan diplomat on Wednesday."}]}`,
		"news.jsonl": `{"id":"r1","date":"2024-07-02","text":"Kenyan police arrested 3 protesters in Nairobi on Tuesday."}` + "\n",
		"data.csv":   "a,b\n1,2\n",
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	type report struct {
		Files     int `json:"files"`
		HTMLFiles int `json:"html_files"`
		Stages    []struct {
			Stage    string `json:"stage"`
			Articles int    `json:"articles"`
		} `json:"stages"`
	}
	for _, c := range []struct {
		arg                  string
		files, html, extract int
	}{
		{dir, 4, 1, 6},
		{filepath.Join(dir, "feed.rss"), 1, 0, 2},
	} {
		out, errs, code := run(t, "bench", "--json", "--workers", "1", c.arg)
		var r report
		if err := json.Unmarshal([]byte(out), &r); code != 0 || err != nil {
			t.Fatalf("%s: exit %d, %v, stderr %q", c.arg, code, err, errs)
		}
		got := map[string]int{}
		for _, s := range r.Stages {
			got[s.Stage] = s.Articles
		}
		if r.Files != c.files || r.HTMLFiles != c.html || got["read+extract"] != c.extract || got["end-to-end"] != c.extract {
			t.Errorf("%s: %d files (%d HTML), stages %v; want %d files (%d HTML), %d articles read and coded", c.arg, r.Files, r.HTMLFiles, got, c.files, c.html, c.extract)
		}
	}
}

// TestBenchStoreDate: dyad bench --store --date dates a feed's undated
// items in its full-ingest stage as dyad ingest --date does, so that the
// stage codes what the end-to-end stage codes: "Iraq invaded Kuwait in
// 1990", told in an item of 2024, is history, set aside. The ingest stage
// ran without the date (2 events against end-to-end's 1).
func TestBenchStoreDate(t *testing.T) {
	dir := t.TempDir()
	rss := `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Wire</title>
<item><title>Anniversary</title><link>https://harbour.example/1</link><description>Iraq invaded Kuwait in 1990. Chile condemned Peru on Monday.</description></item>
</channel></rss>`
	if err := os.WriteFile(filepath.Join(dir, "feed.rss"), []byte(rss), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, "bench", "--json", "--workers", "1", "--store", "--tmp", t.TempDir(), "--date", "2024-03-04", dir)
	var r struct {
		Stages []struct {
			Stage    string `json:"stage"`
			Articles int    `json:"articles"`
			Events   int    `json:"events"`
		} `json:"stages"`
	}
	if err := json.Unmarshal([]byte(out), &r); code != 0 || err != nil {
		t.Fatalf("exit %d, %v, stderr %q", code, err, errs)
	}
	got := map[string][2]int{}
	for _, s := range r.Stages {
		got[s.Stage] = [2]int{s.Articles, s.Events}
	}
	if got["end-to-end"] != [2]int{1, 1} || got["ingest (sqlite)"] != [2]int{1, 1} {
		t.Errorf("stages (articles, events) %v; want end-to-end and ingest (sqlite) 1 article, 1 event each", got)
	}
}
