package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCutFeed: a feed cut off after complete items codes those items,
// says on standard error which feed and how many items were kept, and
// exits 1, as a cut-off HTML page that keeps its paragraphs does; a feed
// cut before any item is complete is an error with nothing coded.
func TestCutFeed(t *testing.T) {
	dir := t.TempDir()
	rss := `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Wire</title>
<item><title>Japan and Australia sign pact</title><link>https://harbour.example/1</link><pubDate>Mon, 15 Jul 2024 08:00:00 GMT</pubDate><description>Japan and Australia signed a defence agreement on Monday.</description></item>
<item><title>Chile condemns Peru</title><link>https://harbour.example/2</link><pubDate>Mon, 15 Jul 2024 09:00:00 GMT</pubDate><description>Chile condemned Peru on Monday.</description></item>
<item><title>North Korea fires missile</title><link>https://harbour.example/3</link><description>North Korea fired a missile into the sea on Mon`
	cut := filepath.Join(dir, "cut.rss")
	header := filepath.Join(dir, "header.rss")
	page := filepath.Join(dir, "cut.html")
	for name, data := range map[string]string{cut: rss, header: rss[:strings.Index(rss, "<item>")+20],
		page: "<html><head><title>Talks</title></head><body><article><p>Japan and Australia signed a defence agreement on Monday, officials said.</p><p>Chile condemned Peru on Mon"} {
		if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, errs, code := run(t, "code", "--format", "csv", cut)
	want := "dyad: " + cut + ":5: feed cut off or broken after its first 2 complete items (kept): XML syntax error: unexpected EOF\ndyad: 1 of 1 input failed\n"
	if code != 1 || errs != want {
		t.Errorf("code cut.rss: exit %d, stderr %q; want exit 1 and %q", code, errs, want)
	}
	for _, c := range []string{"JPN", "AUS", "CHL", "PER"} {
		if !strings.Contains(out, ","+c) {
			t.Errorf("code cut.rss: no event of %s from the complete items:\n%s", c, out)
		}
	}
	if strings.Contains(out, "PRK") {
		t.Errorf("code cut.rss: an event from the cut item:\n%s", out)
	}
	if _, errs, code := run(t, "code", "--format", "csv", "--date", "2024-07-15", page); code != 1 || !strings.Contains(errs, "HTML page cut off after") {
		t.Errorf("code cut.html: exit %d, stderr %q; want exit 1, as the cut feed", code, errs)
	}
	out, errs, code = run(t, "code", "--format", "csv", header)
	if code != 1 || !strings.HasPrefix(errs, "dyad: "+header+":3: not a readable feed: XML syntax error") || strings.Count(out, "\n") > 1 {
		t.Errorf("code header.rss: exit %d, stdout %q, stderr %q; want exit 1, no events, not a readable feed", code, out, errs)
	}
}
