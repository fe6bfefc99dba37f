package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// TestFeedItemLeftOut: an RSS item holding a NUL character reference
// (&#0;) or a raw NUL byte, and JSON Feed items of the wrong shape, are
// left out, each named by its feed, line and item; the items before and
// after them are coded (dyad code) and stored (dyad ingest, one failure
// for each item left out), and the input counts as failed (exit 1), as a
// feed cut after complete items does.
func TestFeedItemLeftOut(t *testing.T) {
	dir := t.TempDir()
	item := func(n, title, text string) string {
		return "<item><title>" + title + "</title><link>https://harbour.example/" + n + "</link><pubDate>Mon, 15 Jul 2024 08:00:00 GMT</pubDate><description>" + text + "</description></item>\n"
	}
	rss := "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Harbour Wire</title>\n" +
		item("1", "Pact", "Japan and Australia signed a defence agreement on Monday.") +
		item("2", "Rebuke &#0;", "North Korea fired a missile into the sea on Monday.") +
		item("3", "Rebuke", "Chile condemned Peru on Monday.") +
		"</channel></rss>\n"
	nul := strings.Replace(rss, "Rebuke &#0;", "Rebuke \x00", 1)
	jsonFeed := `{"version": "https://jsonfeed.org/version/1.1", "title": "Harbour Wire", "items": [
 {"id": "1", "url": "https://harbour.example/j1", "title": "Pact", "content_text": "Japan and Australia signed a defence agreement on Monday.", "date_published": "2024-07-15T08:00:00Z"},
 {"id": "2", "url": "https://harbour.example/j2", "title": "Launch", "content_text": "North Korea fired a missile into the sea on Monday.", "tags": "war"},
 {"id": "3", "url": "https://harbour.example/j3", "title": "Rebuke", "content_text": "Chile condemned Peru on Monday.", "date_published": 1721030400},
 {"id": "4", "url": "https://harbour.example/j4", "title": "Rebuke", "content_text": "Chile condemned Peru on Monday.", "date_published": "2024-07-15T08:00:00Z"}
]}
`
	files := map[string]string{"ref.rss": rss, "nul.rss": nul, "wire.json": jsonFeed}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	const tail = " (the item is left out, the others are read)"
	for _, c := range []struct{ name, errs string }{
		{"ref.rss", "dyad: DIR/ref.rss:4: item 2: XML syntax error: illegal character code U+0000" + tail + "\n"},
		{"nul.rss", "dyad: DIR/nul.rss:4: item 2: binary data: a raw NUL byte at column 21" + tail + "\n"},
		{"wire.json", "dyad: DIR/wire.json:3: item 2: tags is a string, want a list of strings" + tail + "\n" +
			"dyad: DIR/wire.json:4: item 3: date_published is a number, want a string" + tail + "\n"},
	} {
		path := filepath.Join(dir, c.name)
		out, errs, code := run(t, "code", "--format", "csv", path)
		want := strings.ReplaceAll(c.errs, "DIR", dir) + "dyad: 1 of 1 input failed\n"
		if code != 1 || errs != want {
			t.Errorf("code %s: exit %d, stderr %q; want exit 1 and %q", c.name, code, errs, want)
		}
		for _, cc := range []string{"JPN", "AUS", "CHL", "PER"} {
			if !strings.Contains(out, ","+cc) {
				t.Errorf("code %s: no event of %s from the items kept:\n%s", c.name, cc, out)
			}
		}
		if strings.Contains(out, "PRK") {
			t.Errorf("code %s: an event from the item left out:\n%s", c.name, out)
		}
	}

	db := filepath.Join(dir, "news.db")
	out, _, code := run(t, "ingest", "--json", "--db", db, filepath.Join(dir, "ref.rss"), filepath.Join(dir, "wire.json"))
	var sum struct {
		Added    int `json:"added"`
		Failures []struct {
			Input, Error string
		} `json:"failures"`
	}
	if err := json.Unmarshal([]byte(out), &sum); err != nil {
		t.Fatalf("ingest --json: %v\n%s", err, out)
	}
	want := [][2]string{
		{dir + "/ref.rss:4", "item 2: XML syntax error: illegal character code U+0000" + tail},
		{dir + "/wire.json:3", "item 2: tags is a string, want a list of strings" + tail},
		{dir + "/wire.json:4", "item 3: date_published is a number, want a string" + tail},
	}
	var got [][2]string
	for _, f := range sum.Failures {
		got = append(got, [2]string{f.Input, f.Error})
	}
	if code != 1 || sum.Added != 4 || !reflect.DeepEqual(got, want) {
		t.Errorf("ingest: exit %d, %d added, failures %q; want exit 1, 4 added (2 of the RSS feed's items, 2 of the JSON Feed's), failures %q", code, sum.Added, got, want)
	}
}

// TestFeedItemNamed: what dyad code and dyad ingest say of a feed's item
// names it "FILE item N", not "FILE:N", which reads as a line of the
// file: the table's heading of an untitled item, the undated warning,
// the warning of an item whose address an earlier input stored. The
// stored input keeps its documented ":N".
func TestFeedItemNamed(t *testing.T) {
	dir := t.TempDir()
	rss := "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Harbour Wire</title>\n" +
		"<item><link>https://harbour.example/1</link><description>Chile condemned Peru on Monday.</description></item>\n" +
		"<item><title>Pact</title><link>https://harbour.example/2</link><description>Japan and Australia signed a defence agreement on Monday.</description></item>\n" +
		"</channel></rss>\n"
	a, b := filepath.Join(dir, "a.rss"), filepath.Join(dir, "b.rss")
	for _, p := range []string{a, b} {
		if err := os.WriteFile(p, []byte(rss), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, errs, code := run(t, "code", "--format", "table", a)
	heading := regexp.MustCompile(`(?m)^# [0-9a-f]{16} (.*)$`).FindAllStringSubmatch(out, -1)
	wantWarn := "dyad: warning: 2 of 2 articles have no publication date (the first " + a + " item 1): office holders get their country's code alone; give --date YYYY-MM-DD\n"
	if code != 0 || len(heading) != 2 || heading[0][1] != a+" item 1" || heading[1][1] != "Pact" || errs != wantWarn {
		t.Errorf("code: exit %d, headings %q, stderr %q; want exit 0, %q and Pact, %q", code, heading, errs, a+" item 1", wantWarn)
	}
	db := filepath.Join(dir, "news.db")
	_, errs, code = run(t, "ingest", "--db", db, a, b)
	for _, w := range []string{
		"dyad: warning: " + b + " item 1: https://harbour.example/1 was stored from " + a + " item 1 earlier in this run;",
		"dyad: warning: 2 of 2 articles coded (of 4 read) have no publication date (the first " + a + " item 1)",
	} {
		if code != 0 || !strings.Contains(errs, w) {
			t.Errorf("ingest: exit %d, stderr %q; want exit 0 and %q", code, errs, w)
		}
	}
	out, _, _ = run(t, "events", "--db", db, "--format", "json")
	if !strings.Contains(out, `"input":"`+a+`:1"`) {
		t.Errorf("events: the stored input is not %s:1:\n%s", a, out)
	}
}
