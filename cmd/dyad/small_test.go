package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/ingest"
)

// TestSmallUserFindings: a fresh user's smaller findings, each as it is
// now said or refused.
func TestSmallUserFindings(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	if _, errs, code := run(t, "ingest", "--db", db, filepath.Join("..", "..", "examples", "01_korea_missile_launch.txt")); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	// a CAMEO prefix of no code is an error, as an unknown country is
	_, errs, code := run(t, "events", "--db", db, "--cameo", "9999")
	if code != 2 || !strings.Contains(errs, `--cameo "9999": no CAMEO code starts so`) {
		t.Errorf("events --cameo 9999: exit %d, %q", code, errs)
	}
	if out, errs, code := run(t, "events", "--db", db, "--cameo", "15"); code != 0 || out == "" {
		t.Errorf("events --cameo 15: exit %d, %q", code, errs)
	}
	// --db takes PostgreSQL too, and events --help says so
	if out, _, _ := run(t, "events", "--help"); !strings.Contains(out, "postgres://") {
		t.Errorf("events --help does not say --db takes a postgres:// URL:\n%s", out)
	}
	// one file with bad lines is one input failed, with its failures
	// counted apart
	for _, c := range []struct {
		fs   []ingest.Failure
		want string
	}{
		{[]ingest.Failure{{Input: "a.jsonl", Err: "a.jsonl:1: bad JSON"}, {Input: "a.jsonl", Err: "a.jsonl:4: bad JSON"}}, "1 input failed: 2 failures (listed above)"},
		{[]ingest.Failure{{Input: "c.warc:record 3"}, {Input: "c.warc:record 9"}, {Input: "b.txt"}}, "2 inputs failed: 3 failures (listed above)"},
		{[]ingest.Failure{{Input: "a.jsonl", Err: "a.jsonl:3: bad JSON"}, {Input: "a.jsonl:2", Err: "article id a1 is stored already with a different text"}}, "1 input failed: 2 failures (listed above)"},
		{[]ingest.Failure{{Input: "https://example.org/feed:2"}, {Input: "https://example.org/feed:5"}, {Input: "a.jsonl:12"}}, "2 inputs failed: 3 failures (listed above)"},
		{[]ingest.Failure{{Input: "a.txt"}, {Input: "b.txt"}}, "2 inputs failed (listed above)"},
		{[]ingest.Failure{{Input: "a.txt"}}, "1 input failed (listed above)"},
	} {
		if got := failedMessage(c.fs, "listed above").Error(); got != c.want {
			t.Errorf("failedMessage %v = %q, want %q", c.fs, got, c.want)
		}
	}
	// a gold file's unknown CAMEO code is reported by its line
	gold := filepath.Join(t.TempDir(), "g.jsonl")
	if err := os.WriteFile(gold, []byte("# a comment\n\n"+`{"id":"g1","date":"2024-03-02","text":"Kenya recalled its envoy to Chile.","events":[{"source":"KEN","cameo":"9999","target":"CHL"}]}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errs, code := run(t, "eval", "-q", gold); code != 1 || !strings.Contains(errs, gold+`:3: sentence g1: CAMEO code "9999" is no CAMEO code`) {
		t.Errorf("eval of an unknown CAMEO code: exit %d, %q, want line 3 named", code, errs)
	}
	// an actor code no dictionary entry makes is a warning naming its
	// line; the set is scored all the same
	if err := os.WriteFile(gold, []byte(`{"id":"g1","date":"2024-03-02","text":"Kenya recalled its envoy to Chile.","events":[{"source":"KENGOV","cameo":"1044","target":"XXXGOV"}]}`+"\n"+
		`{"id":"g2","date":"2024-03-02","text":"Kenyan charities appealed to Chile.","events":[{"source":"KENNGO","cameo":"020","target":"CHLGOX"}]}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, "eval", "-q", gold)
	for _, w := range []string{
		gold + `:1: sentence g1: target "XXXGOV": no actor of the dictionary has the code XXX; dyad never emits it`,
		gold + `:2: sentence g2: target "CHLGOX": no role or group GOX in the dictionary; dyad never emits it`,
	} {
		if code != 0 || !strings.Contains(errs, "dyad eval: warning: "+w) || !strings.Contains(out, "sentences 2, gold events 2") {
			t.Errorf("eval of unknown actor codes: exit %d, stderr %q, stdout %q; want warning %q and a score", code, errs, out, w)
		}
	}
	if strings.Contains(errs, "KENNGO") || strings.Contains(errs, "KENGOV") {
		t.Errorf("eval warned of a known actor code: %q", errs)
	}
	// no input: a hint on a terminal only (the tests' standard input is none)
	var errb bytes.Buffer
	cmd := newRoot()
	cmd.SetErr(&errb)
	cmd.SetIn(strings.NewReader(""))
	stdinHint(cmd, "code")
	if errb.Len() != 0 {
		t.Errorf("stdinHint wrote %q for a standard input that is no terminal", errb.String())
	}
	if h := stdinHintText("code"); !strings.Contains(h, "reading an article from standard input") || !strings.Contains(h, "Ctrl-D") {
		t.Errorf("hint %q", h)
	}
}

// TestLoadFileURL: dyad code and dyad extract read a file URL as the file
// it names, and refuse one on another host naming it.
func TestLoadFileURL(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "wire story.txt")
	text := "TITLE: Rivals agree talks\nDATE: 2024-03-05\n\nThe foreign ministers of Armenia and Azerbaijan agreed on Tuesday to resume border talks.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	typed := "file://" + strings.ReplaceAll(path, " ", "%20")
	arg, err := localArg(typed)
	if err != nil || arg != path {
		t.Fatalf("localArg: %q, %v; want %q", arg, err, path)
	}
	arts, err := loadArticles(context.Background(), typed, arg, article.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// the article names the input as the user typed it
	if len(arts) != 1 || arts[0].Title != "Rivals agree talks" || arts[0].Published != "2024-03-05" || arts[0].Input != typed {
		t.Errorf("got %d articles: %+v", len(arts), arts)
	}
	_, err = localArg("file://newsroom" + path)
	if want := "file://newsroom" + path + ": a file URL on another host (newsroom) cannot be read; give a local path"; err == nil || err.Error() != want {
		t.Errorf("error %v, want %q", err, want)
	}
	db := filepath.Join(dir, "s.db")
	if out, errs, code := run(t, "ingest", "--db", db, "file://"+path); code != 0 || !strings.Contains(out+errs, "1 article read, 1 added") {
		t.Errorf("ingest file URL: exit %d: %s%s", code, out, errs)
	}
}

// TestFileURLKinds: a file URL naming a JSON Lines file, a WARC archive or
// a feed is read as that kind, as the path it names is, by dyad code and
// dyad extract, its articles named by the URL as typed; a feed item that
// is a headline alone is no "no story text" failure (review 24b).
func TestFileURLKinds(t *testing.T) {
	dir := t.TempDir()
	story := "Kenya thanked Japan for flood aid on Monday, the foreign ministry said in Nairobi."
	jsonl := filepath.Join(dir, "wire.jsonl")
	if err := os.WriteFile(jsonl, []byte(`{"title":"Kenya thanks Japan","published":"2024-03-04","body":["`+story+`"]}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	page := "<html><head><title>Kenya thanks Japan</title></head><body><article><p>" + story + "</p></article></body></html>"
	wa := filepath.Join(dir, "crawl.warc")
	if err := os.WriteFile(wa, warcRec("https://townpaper.example/kenya", page, ""), 0o644); err != nil {
		t.Fatal(err)
	}
	rss := filepath.Join(dir, "feed.xml")
	if err := os.WriteFile(rss, []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Town Paper</title>
<item><title>Kenya thanks Japan for flood aid</title><link>https://townpaper.example/a</link><pubDate>Tue, 05 Mar 2024 10:00:00 +0000</pubDate></item>
</channel></rss>`), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		path, input, title string
	}{
		{jsonl, "file://" + jsonl + ":1", "Kenya thanks Japan"},
		{wa, "file://" + wa + ":record 1", "Kenya thanks Japan"},
		{rss, "file://" + rss + ":1", "Kenya thanks Japan for flood aid"},
	}
	for _, c := range cases {
		url := "file://" + c.path
		out, errs, code := run(t, "extract", "--jsonl", url)
		if code != 0 || errs != "" {
			t.Errorf("extract %s: exit %d, stderr %q", url, code, errs)
		}
		var a struct{ Title, Input string }
		if err := json.Unmarshal([]byte(out), &a); err != nil || a.Title != c.title || a.Input != c.input || strings.Count(out, "\n") != 1 {
			t.Errorf("extract %s: got %q (%v), want one article %q from %q", url, out, err, c.title, c.input)
		}
		out, errs, code = run(t, "code", "--format", "json", url)
		if code != 0 || errs != "" {
			t.Errorf("code %s: exit %d, stderr %q, stdout %q", url, code, errs, out)
		}
	}
}

// TestFileURLNamed: messages about a file URL name the URL the user typed,
// not the path it names: a missing file for dyad code, extract and ingest
// (a text file, a JSON Lines file, a WARC archive), an undated one.
func TestFileURLNamed(t *testing.T) {
	dir := t.TempDir()
	const nofile = ": no such file or directory"
	for _, name := range []string{"gone.txt", "gone.jsonl", "gone.warc"} {
		url := "file://" + filepath.Join(dir, name)
		for _, cmd := range [][]string{{"code", "--format", "json"}, {"extract"}} {
			_, errs, code := run(t, append(cmd, url)...)
			if want := "dyad: " + url + nofile; code != 1 || !strings.Contains(errs, want) || strings.Contains(errs, " "+filepath.Join(dir, name)) {
				t.Errorf("%s %s: exit %d, stderr %q, want it to name %q", cmd[0], url, code, errs, want)
			}
		}
		_, errs, code := run(t, "ingest", "--db", filepath.Join(dir, "s.db"), url)
		if want := "failed: " + url + nofile; code != 1 || !strings.Contains(errs, want) {
			t.Errorf("ingest %s: exit %d, stderr %q, want %q", url, code, errs, want)
		}
	}
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, errs, _ := run(t, "ingest", "--db", filepath.Join(dir, "s.db"), "file://"+empty); !strings.Contains(errs, "failed: file://"+empty+": no files in directory") {
		t.Errorf("ingest an empty folder's URL: stderr %q", errs)
	}
	undated := filepath.Join(dir, "undated.txt")
	if err := os.WriteFile(undated, []byte("William Ruto thanked Japan for flood aid on Monday, his office said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	url := "file://" + undated
	want := "dyad: warning: " + url + ": no publication date: office holders get their country's code alone (KEN, not KENGOV); give --date YYYY-MM-DD\n"
	if _, errs, code := run(t, "code", "--format", "json", url); code != 0 || errs != want {
		t.Errorf("code undated: exit %d, stderr %q, want %q", code, errs, want)
	}
	if _, errs, code := run(t, "ingest", "--db", filepath.Join(dir, "u.db"), url); code != 0 || !strings.HasPrefix(errs, want) {
		t.Errorf("ingest undated: exit %d, stderr %q, want first %q", code, errs, want)
	}
}
