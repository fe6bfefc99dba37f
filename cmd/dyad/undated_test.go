package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUndatedWarning: dyad code and dyad ingest warn once per run of the
// articles that have no publication date (office holders then get their
// country's code alone), with their count and the first of them, and no
// example code when that article names no office holder (see
// TestUndatedWarningFolder for one that does); not for dated inputs nor
// with --date.
func TestUndatedWarning(t *testing.T) {
	dir := t.TempDir()
	undated := filepath.Join(dir, "undated.txt")
	dated := filepath.Join(dir, "dated.txt")
	body := "The prime minister met the president of Kenya in Nairobi on Monday.\n\nThey agreed to expand trade.\n"
	if err := os.WriteFile(undated, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dated, []byte("DATE: 2024-03-04\n\n"+body), 0o644); err != nil {
		t.Fatal(err)
	}
	jsonl := filepath.Join(dir, "two.jsonl")
	if err := os.WriteFile(jsonl, []byte(`{"id":"a","text":"Kenya and Uganda resumed talks."}`+"\n"+
		`{"id":"b","date":"2024-03-04","text":"Kenya and Uganda resumed talks again."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// no example code: these name no office holder ("the president of
	// Kenya" is KENGOV dated or not); it was "(KEN, not KENGOV)"
	const tail = ": office holders get their country's code alone; give --date YYYY-MM-DD"
	want := "dyad: warning: 2 of 4 articles have no publication date (the first " + undated + ")" + tail + "\n"
	if _, stderr, code := run(t, "code", "--format", "json", undated, dated, jsonl); code != 0 || stderr != want {
		t.Errorf("code: exit %d, stderr:\n%s\nwant:\n%s", code, stderr, want)
	}
	if _, stderr, code := run(t, "code", "--format", "json", undated); code != 0 || stderr != "dyad: warning: "+undated+": no publication date"+tail+"\n" {
		t.Errorf("code one undated file: exit %d, stderr:\n%s", code, stderr)
	}
	if _, stderr, code := run(t, "code", "--format", "json", "--date", "2024-03-04", undated, jsonl); code != 0 || stderr != "" {
		t.Errorf("code --date: exit %d, stderr:\n%s\nwant none", code, stderr)
	}
	db := filepath.Join(dir, "a.db")
	_, stderr, code := run(t, "ingest", "--db", db, undated, dated)
	if w := "dyad: warning: 1 of 2 articles have no publication date (the first " + undated + ")" + tail + "\n"; code != 0 || !strings.HasPrefix(stderr, w) || strings.Count(stderr, "warning") != 1 {
		t.Errorf("ingest: exit %d, stderr:\n%s\nwant first:\n%s", code, stderr, w)
	}
	_, stderr, code = run(t, "ingest", "--db", filepath.Join(dir, "b.db"), "--date", "2024-03-04", undated)
	if code != 0 || strings.Contains(stderr, "warning") {
		t.Errorf("ingest --date: exit %d, stderr:\n%s", code, stderr)
	}
	// JSON Lines and WARC archives too, as dyad code warns, naming the
	// first undated record
	three := filepath.Join(dir, "three.jsonl")
	if err := os.WriteFile(three, []byte(`{"id":"a","date":"2024-03-04","text":"Kenya and Uganda resumed talks."}`+"\n"+
		`{"id":"b","text":"Kenya and Uganda resumed border talks."}`+"\n"+
		`{"id":"c","text":"Kenya and Uganda resumed trade talks."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	page := func(day string) string {
		meta := ""
		if day != "" {
			meta = `<meta property="article:published_time" content="` + day + `">`
		}
		return "<html><head><title>Kenya and Uganda resume talks</title>" + meta + "</head><body><article><p>" + body + "</p></article></body></html>"
	}
	wa := filepath.Join(dir, "crawl.warc")
	// a record with no WARC-Date, so that an undated page stays undated
	recs := append(warcRec("https://townpaper.example/a", page("2024-03-04"), ""), warcRecNoDate("https://townpaper.example/b", page(""))...)
	if err := os.WriteFile(wa, recs, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ in, want string }{
		{three, "2 of 3 articles have no publication date (the first " + three + ":2)" + tail},
		{wa, "1 of 2 articles have no publication date (the first " + wa + ":record 2)" + tail},
	} {
		_, stderr, code := run(t, "ingest", "--db", filepath.Join(dir, filepath.Base(c.in)+".db"), c.in)
		if w := "dyad: warning: " + c.want + "\n"; code != 0 || !strings.HasPrefix(stderr, w) || strings.Count(stderr, "warning") != 1 {
			t.Errorf("ingest %s: exit %d, stderr:\n%s\nwant first:\n%s", c.in, code, stderr, w)
		}
		_, stderr, code = run(t, "code", "--format", "json", c.in)
		if w := "dyad: warning: " + c.want + "\n"; code != 0 || stderr != w {
			t.Errorf("code %s: exit %d, stderr:\n%s\nwant:\n%s", c.in, code, stderr, w)
		}
	}
}

// TestUndatedWarningFolder: a folder of undated files (dyad ingest), or
// its files (dyad code), give one warning
// for the run with their count and the first file, its example code the
// country the first file is about (AUS for an Australian story, not
// GBR), or none when it names no state; articles stored already (not
// coded again) are not counted.
func TestUndatedWarningFolder(t *testing.T) {
	for _, c := range []struct{ text, example string }{
		{"Prime Minister Anthony Albanese said Australia would press China to lift its tariffs, and Canberra lodged a complaint with Beijing.", " (AUS, not AUSGOV)"},
		{"Heavy rain fell across the region on Monday, and the rivers rose.", ""},
	} {
		dir := t.TempDir()
		news := filepath.Join(dir, "news")
		if err := os.Mkdir(news, 0o755); err != nil {
			t.Fatal(err)
		}
		for i := range 12 {
			if err := os.WriteFile(filepath.Join(news, fmt.Sprintf("a%02d.txt", i)), []byte(fmt.Sprintf("%s (%d)\n", c.text, i)), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want := "dyad: warning: 12 of 12 articles have no publication date (the first " + filepath.Join(news, "a00.txt") +
			"): office holders get their country's code alone" + c.example + "; give --date YYYY-MM-DD\n"
		files, _ := filepath.Glob(filepath.Join(news, "*.txt"))
		if _, stderr, code := run(t, append([]string{"code", "--format", "json"}, files...)...); code != 0 || stderr != want {
			t.Errorf("code 12 files: exit %d, stderr:\n%s\nwant:\n%s", code, stderr, want)
		}
		_, stderr, code := run(t, "ingest", "--db", filepath.Join(dir, "n.db"), news)
		if code != 0 || !strings.HasPrefix(stderr, want) || strings.Count(stderr, "warning") != 1 {
			t.Errorf("ingest a folder: exit %d, stderr:\n%s\nwant first:\n%s", code, stderr, want)
		}
		// a re-run codes nothing (every article stored already): no warning
		if _, stderr, code := run(t, "ingest", "--db", filepath.Join(dir, "n.db"), news); code != 0 || strings.Contains(stderr, "publication date") {
			t.Errorf("ingest the folder again: exit %d, stderr:\n%s\nwant no undated warning", code, stderr)
		}
		// one new undated file beside the stored ones: counted alone
		extra := filepath.Join(news, "b.txt")
		if err := os.WriteFile(extra, []byte(c.text+" (new)\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		want1 := "dyad: warning: " + extra + ": no publication date: office holders get their country's code alone" + c.example + "; give --date YYYY-MM-DD\n"
		if _, stderr, code := run(t, "ingest", "--db", filepath.Join(dir, "n.db"), news); code != 0 || !strings.HasPrefix(stderr, want1) {
			t.Errorf("ingest with one new file: exit %d, stderr:\n%s\nwant first:\n%s", code, stderr, want1)
		}
	}
}

// warcRecNoDate is a WARC response record for uri holding the page html,
// with no WARC-Date (so its page keeps no capture date).
func warcRecNoDate(uri, html string) []byte {
	resp := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s", len(html), html)
	return []byte(fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\n"+
		"Content-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", uri, len(resp), resp))
}

// TestUpdatedWarning: dyad code and dyad ingest warn once per article of
// a page updated in a later year than published whose text names a year
// since, and for no other; a page whose text names a year long after its
// publication and close to its update is dated by the update
// (article.DateByUpdate), another stays dated as published.
func TestUpdatedWarning(t *testing.T) {
	dir := t.TempDir()
	body := "Kenya and Uganda resumed border talks in Nairobi on Monday, officials said."
	page := func(modified, more string) string {
		return `<html><head><title>Kenya and Uganda resume talks</title>` +
			`<meta property="article:published_time" content="2012-02-03T10:00:00Z">` +
			`<meta property="article:modified_time" content="` + modified + `"></head><body><article><p>` + body + `</p><p>` + more + `</p></article></body></html>`
	}
	warned := filepath.Join(dir, "warned.html")
	if err := os.WriteFile(warned, []byte(page("2026-05-01T08:00:00Z", "The two governments held a further round of talks in March 2026.")), 0o644); err != nil {
		t.Fatal(err)
	}
	quiet := filepath.Join(dir, "quiet.html")
	if err := os.WriteFile(quiet, []byte(page("2026-05-01T08:00:00Z", "The two countries first signed a trade pact in 1999.")), 0o644); err != nil {
		t.Fatal(err)
	}
	sameYear := filepath.Join(dir, "same.html")
	if err := os.WriteFile(sameYear, []byte(page("2012-09-01T08:00:00Z", "Talks are due to end in 2012.")), 0o644); err != nil {
		t.Fatal(err)
	}
	want := "dyad: warning: " + warned + ": published 2012-02-03, updated 2026-05-01 and its text names 2026: its events are dated against the update, 2026-05-01 (to date them otherwise, give the text as JSON Lines with the date to use as published)\n"
	out, stderr, code := run(t, "code", "--format", "json", warned, quiet, sameYear)
	if code != 0 || stderr != want {
		t.Errorf("code: exit %d, stderr:\n%s\nwant:\n%s", code, stderr, want)
	}
	// each page's "resumed ... on Monday" is dated the Monday before its
	// date and its title that day (two directions each): the warned page
	// by its update, the others as published
	if n, m := strings.Count(out, `"date":"2012-01-30"`), strings.Count(out, `"date":"2012-02-03"`); n != 4 || m != 4 {
		t.Errorf("code: %d events dated 2012-01-30 and %d 2012-02-03, want 4 and 4:\n%s", n, m, out)
	}
	if n, m := strings.Count(out, `"date":"2026-04-27"`), strings.Count(out, `"date":"2026-05-01"`); n != 2 || m != 2 {
		t.Errorf("code: %d events dated 2026-04-27 and %d 2026-05-01, want 2 and 2:\n%s", n, m, out)
	}
	_, stderr, code = run(t, "ingest", "--db", filepath.Join(dir, "a.db"), warned, quiet, sameYear)
	if code != 0 || !strings.HasPrefix(stderr, want) || strings.Count(stderr, "warning") != 1 {
		t.Errorf("ingest: exit %d, stderr:\n%s\nwant:\n%s", code, stderr, want)
	}
}

// TestUndatedWarningCountsArticlesOnce: dyad ingest counts an article
// given twice in one run (the same undated text in two files, a JSON
// Lines line repeated) once in its undated warning, as it stores it once:
// "1 of 2 articles coded (of 3 read)", not "2 of 3".
func TestUndatedWarningCountsArticlesOnce(t *testing.T) {
	dir := t.TempDir()
	body := "The prime minister met the president of Kenya in Nairobi on Monday.\n\nThey agreed to expand trade.\n"
	one := writeFile(t, dir, "one.txt", []byte(body))
	copied := writeFile(t, dir, "copy.txt", []byte(body))
	dated := writeFile(t, dir, "dated.txt", []byte("DATE: 2024-03-04\n\nUganda and Kenya signed a trade accord on Monday.\n"))
	lines := writeFile(t, dir, "twice.jsonl", []byte(`{"id":"a","text":"Kenya and Uganda resumed talks."}`+"\n"+
		`{"id":"a","text":"Kenya and Uganda resumed talks."}`+"\n"+
		`{"id":"b","date":"2024-03-04","text":"Kenya and Uganda resumed border talks."}`+"\n"))
	const tail = ": office holders get their country's code alone; give --date YYYY-MM-DD\n"
	for _, tc := range []struct {
		inputs []string
		want   string
	}{
		{[]string{one, copied, dated}, "dyad: warning: 1 of 2 articles coded (of 3 read) have no publication date (the first " + one + ")" + tail},
		{[]string{lines}, "dyad: warning: 1 of 2 articles coded (of 3 read) have no publication date (the first " + lines + ":1)" + tail},
	} {
		db := filepath.Join(t.TempDir(), "n.db")
		_, stderr, code := run(t, append([]string{"ingest", "--db", db}, tc.inputs...)...)
		if code != 0 || !strings.Contains(stderr, tc.want) || strings.Count(stderr, "publication date") != 1 {
			t.Errorf("ingest %v: exit %d, stderr:\n%s\nwant in it:\n%s", tc.inputs, code, stderr, tc.want)
		}
	}
}

// TestUndatedWarningNamesItsTotal: the undated warning counts the
// articles coded, the summary those read; when they differ (articles
// stored already are read and not coded again, as are those a stopped run
// left) the warning says which total it is against, with the read one
// beside it, so that the output tells one story. It said "2 of 2
// articles have no publication date" beside "4 articles read".
func TestUndatedWarningNamesItsTotal(t *testing.T) {
	dir := t.TempDir()
	news := filepath.Join(dir, "news")
	if err := os.Mkdir(news, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := range 4 {
		if err := os.WriteFile(filepath.Join(news, fmt.Sprintf("a%d.txt", i)), []byte(fmt.Sprintf("Kenya and Uganda resumed talks on the border, round %d.\n", i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(dir, "n.db")
	const tail = ": office holders get their country's code alone; give --date YYYY-MM-DD\n"
	_, stderr, code := run(t, "ingest", "--db", db, filepath.Join(news, "a0.txt"), filepath.Join(news, "a1.txt"))
	if w := "dyad: warning: 2 of 2 articles have no publication date (the first " + filepath.Join(news, "a0.txt") + ")" + tail; code != 0 || !strings.HasPrefix(stderr, w) {
		t.Fatalf("ingest two: exit %d, stderr:\n%s\nwant first:\n%s", code, stderr, w)
	}
	_, stderr, code = run(t, "ingest", "--db", db, news)
	w := "dyad: warning: 2 of 2 articles coded (of 4 read) have no publication date (the first " + filepath.Join(news, "a2.txt") + ")" + tail
	if code != 0 || !strings.HasPrefix(stderr, w) || !strings.Contains(stderr, "4 articles read, 2 added") {
		t.Errorf("ingest the folder: exit %d, stderr:\n%s\nwant first:\n%s", code, stderr, w)
	}
}
