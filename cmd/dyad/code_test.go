package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad/internal/testutil"
)

// run executes the dyad command line in-process and returns stdout,
// stderr and the exit status main would use.
func run(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	root := newRoot()
	root.SetArgs(args)
	root.SetOut(&out)
	root.SetErr(&errb)
	err := root.Execute()
	if err != nil {
		printError(&errb, err)
	}
	return out.String(), errb.String(), exitCode(err)
}

// sharedDir returns ../shared from the repository root, or skips the test.
func sharedDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared")
	switch {
	case os.Getenv("DYAD_SHARED") != "":
		dir = os.Getenv("DYAD_SHARED") // a set variable must name the folder: no skip
		if _, err := os.Stat(filepath.Join(dir, "seeds")); err != nil {
			t.Fatalf("DYAD_SHARED=%s holds no seeds folder: %v", dir, err)
		}
		return dir
	case os.Getenv("DYAD_CORPORA") != "":
		// the corpora folder is the shared folder's corpora/: its seeds/ sits beside it
		if d := filepath.Dir(filepath.Clean(os.Getenv("DYAD_CORPORA"))); dirExists(filepath.Join(d, "seeds")) {
			return d
		}
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("../shared is absent (%v): the seed and corpora tests need the shared folder beside the repository, or DYAD_SHARED naming it", err)
	}
	return dir
}

// dirExists reports whether path names a directory.
func dirExists(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}

type projected struct {
	Sentence int    `json:"sentence"`
	Source   string `json:"source"`
	Target   string `json:"target"`
	CAMEO    string `json:"cameo"`
	Status   string `json:"status"`
	Date     string `json:"date"`
	Prec     string `json:"date_precision"`
	Reporter string `json:"reported_by"`
	Actors   string `json:"-"`
}

func projectLines(t *testing.T, jsonl string) []projected {
	t.Helper()
	var out []projected
	for _, line := range strings.Split(strings.TrimSpace(jsonl), "\n") {
		if line == "" {
			continue
		}
		var ev struct {
			Sentence      int
			Source        *struct{ Code, Text string }
			Target        *struct{ Code, Text string }
			CAMEO         string `json:"cameo"`
			Status        string
			Date          string
			DatePrecision string                 `json:"date_precision"`
			ReportedBy    *struct{ Code string } `json:"reported_by"`
		}
		if err := json.Unmarshal([]byte(line), &ev); err != nil {
			t.Fatalf("bad JSON line %q: %v", line, err)
		}
		p := projected{Sentence: ev.Sentence, CAMEO: ev.CAMEO, Status: ev.Status, Date: ev.Date, Prec: ev.DatePrecision}
		if ev.Source != nil {
			p.Source = ev.Source.Code
			p.Actors = ev.Source.Text
		}
		if ev.Target != nil {
			p.Target = ev.Target.Code
			p.Actors += " | " + ev.Target.Text
		}
		if ev.ReportedBy != nil {
			p.Reporter = ev.ReportedBy.Code
		}
		out = append(out, p)
	}
	return out
}

// TestCodeSeed codes the canonical wire story and compares every event
// with testdata/seed.expected.jsonl (codes only: the story's text stays in
// ../shared).
func TestCodeSeed(t *testing.T) {
	seed := filepath.Join(sharedDir(t), "seeds", "000_33856bd76c4ecc19.txt")
	out, errs, code := run(t, "code", "--format", "json", "--date", "2024-07-13", seed)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	got := projectLines(t, out)
	var gotLines []string
	for _, p := range got {
		p.Actors = ""
		b, _ := json.Marshal(p)
		gotLines = append(gotLines, string(b))
	}
	wantData, err := os.ReadFile(filepath.Join("..", "..", "testdata", "seed.expected.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Split(strings.TrimSpace(string(wantData)), "\n")
	if strings.Join(gotLines, "\n") != strings.Join(want, "\n") {
		t.Errorf("seed events differ\ngot:\n%s\nwant:\n%s", strings.Join(gotLines, "\n"), strings.Join(want, "\n"))
	}
	// the checks, spelled out
	has := func(src, tgt, root, status string) bool {
		for _, p := range got {
			if strings.HasPrefix(p.Source, src) && strings.HasPrefix(p.Target, tgt) && strings.HasPrefix(p.CAMEO, root) && (status == "" || p.Status == status) {
				return true
			}
		}
		return false
	}
	checks := []struct {
		name string
		ok   bool
	}{
		{"PRK denounces NATO", has("PRK", "IGOWSTNAT", "11", "")},
		{"PRK rejects NATO", has("PRK", "IGOWSTNAT", "12", "")},
		{"NATO condemns PRK", has("IGOWSTNAT", "PRK", "11", "")},
		{"PRK signs with RUS", has("PRK", "RUS", "057", "")},
		{"RUS signs with PRK", has("RUS", "PRK", "057", "")},
		{"KOR signs with USA", has("KOR", "USA", "057", "")},
		{"USA signs with KOR", has("USA", "KOR", "057", "")},
		{"KOR suspends the deal", has("KOR", "", "16", "")},
		{"KOR live-fire drills", has("KOR", "", "15", "")},
		{"PRK denies", has("PRK", "", "016", "")},
		{"arms to RUS never asserted", !has("PRK", "RUS", "07", "asserted") && !has("PRK", "RUS", "06", "asserted")},
		{"at most 30 events", len(got) <= 30},
	}
	for _, c := range checks {
		if !c.ok {
			t.Errorf("seed check failed: %s", c.name)
		}
	}
	for _, p := range got {
		if strings.Contains(p.Actors, "AFP") || strings.Contains(p.Actors, "Keon") && strings.HasPrefix(p.Source, "PRK") {
			t.Errorf("bad actor in %+v", p)
		}
		if p.CAMEO == "057" && strings.HasPrefix(p.Source, "PRK") && p.Date != "2024-06" {
			t.Errorf("June agreement dated %s/%s, want 2024-06/month", p.Date, p.Prec)
		}
	}
}

// TestCodeBadInputs: empty, binary and invalid UTF-8 inputs fail with a
// message naming the file and exit status 1; the good input of the same
// run is still coded.
func TestCodeBadInputs(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{
		"empty.txt":   {},
		"binary.bin":  {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3, 0, 0, 0},
		"latin1.txt":  []byte("TITLE: Caf\xe9\n\nNorth Korea fired a missile on Friday.\n"),
		"good.txt":    []byte("TITLE: Drill\nDATE: 2024-03-02\n\nNorth Korea fired two ballistic missiles into the sea on Friday.\n"),
		"script.html": []byte("<html><head><script>var x = 1;</script></head><body><script>y()</script></body></html>"),
	}
	var args []string
	for _, name := range []string{"empty.txt", "binary.bin", "latin1.txt", "good.txt", "script.html"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, files[name], 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, p)
	}
	out, errs, code := run(t, append([]string{"code", "--format", "json"}, args...)...)
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	for _, name := range []string{"empty.txt", "binary.bin", "latin1.txt"} {
		if !strings.Contains(errs, name) {
			t.Errorf("stderr does not name %s:\n%s", name, errs)
		}
	}
	if !strings.Contains(errs, "script.html: no text found (no title, no story)") {
		t.Errorf("stderr does not say the script-only page has no text:\n%s", errs)
	}
	got := projectLines(t, out)
	if len(got) != 1 || got[0].Source != "PRK" || got[0].CAMEO != "150" || got[0].Date != "2024-03-01" {
		t.Errorf("good input coded as %+v, want one PRK 150 event dated 2024-03-01", got)
	}
}

// TestCodeCorpora runs every text and HTML file of ../shared/corpora
// through dyad code: no panic, and every failure and warning names its
// file.
func TestCodeCorpora(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	root := testutil.Corpora(t)
	var files []string
	filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && (strings.HasSuffix(p, ".txt") || strings.HasSuffix(p, ".html")) &&
			!strings.HasSuffix(p, "README.txt") && !strings.Contains(p, "/gdelt/") {
			files = append(files, p)
		}
		return nil
	})
	if len(files) < 1000 {
		t.Fatalf("found %d corpus files, want over 1000", len(files))
	}
	out, errs, code := run(t, append([]string{"code", "--format", "json", "--date", "2020-01-01"}, files...)...)
	// a corpus file that is not valid UTF-8 fails, by design, with its
	// name, as does one whose story is missing (a title alone: dyad ingest
	// refuses it too)
	failed := 0
	for _, line := range strings.Split(strings.TrimSpace(errs), "\n") {
		if line == "" || strings.Contains(line, "inputs failed") {
			continue
		}
		if strings.HasPrefix(line, "dyad: warning: ") || strings.HasPrefix(line, "dyad: note: ") {
			// a warning (a page updated years after it was
			// published) or a note (an article set aside: sport,
			// markets, …) is no failure, but names its file too
			if !strings.Contains(line, root) {
				t.Errorf("warning without its file: %s", line)
			}
			continue
		}
		failed++
		if !strings.Contains(line, root) || !strings.Contains(line, "invalid UTF-8") && !strings.Contains(line, "no story text found") {
			t.Errorf("unexpected failure: %s", line)
		}
	}
	if failed > 0 && code != 1 || failed == 0 && code != 0 {
		t.Errorf("exit status %d with %d failed inputs", code, failed)
	}
	n := len(projectLines(t, out))
	t.Logf("%d files, %d events", len(files), n)
	if n < 1000 {
		t.Errorf("only %d events from %d files", n, len(files))
	}
}

// TestCodeFeed: dyad code reads RSS and JSON feeds item by item.
func TestCodeFeed(t *testing.T) {
	dir := testutil.Corpora(t, "feeds")
	for _, name := range []string{"rssparser_guardian.rss", "trafilatura_npr_feed.json"} {
		out, errs, code := run(t, "extract", filepath.Join(dir, name))
		if code != 0 {
			t.Fatalf("extract %s: exit %d: %s", name, code, errs)
		}
		if n := strings.Count(out, `"id":`); n < 20 {
			t.Errorf("extract %s: %d articles, want one per item (over 20)", name, n)
		}
	}
}

// TestCodeUsage: malformed flags are usage errors (exit 2); an empty
// --date is one as a bad date is (it silently dated nothing).
func TestCodeUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"code", "--date", "2024-02-30", "x.txt"}, `--date "2024-02-30": no such date`},
		{[]string{"code", "--date", "yesterday", "x.txt"}, `--date "yesterday": want YYYY-MM-DD`},
		{[]string{"code", "--date", "", "x.txt"}, `--date "": want YYYY-MM-DD`},
		{[]string{"code", "--date=", "x.txt"}, `--date "": want YYYY-MM-DD`},
		{[]string{"extract", "--date", "", "x.txt"}, `--date "": want YYYY-MM-DD`},
		{[]string{"ingest", "--db", "x.db", "--date", "", "x.txt"}, `--date "": want YYYY-MM-DD`},
		// a day that is no publication date, said once as a usage error
		// (each input failed with it, exit 1, and ingest created the store)
		{[]string{"code", "--date", "1750-01-01", "x.txt", "y.txt"}, `dyad: --date "1750-01-01": before 1800; give the day the article was published` + "\n"},
		{[]string{"extract", "--date", "2999-01-01", "x.txt"}, `dyad: --date "2999-01-01": in the future; give the day the article was published` + "\n"},
		{[]string{"ingest", "--db", "x.db", "--date", time.Now().UTC().AddDate(0, 0, 5).Format("2006-01-02"), "x.txt"},
			`dyad: --date "` + time.Now().UTC().AddDate(0, 0, 5).Format("2006-01-02") + `": in the future (today is ` + time.Now().UTC().Format("2006-01-02") + `); give the day the article was published` + "\n"},
		// (dyad worker refuses a bad --date before it connects)
		{[]string{"worker", "--queue", "nats://127.0.0.1:1", "--db", "x.db", "--date", "2024-13-45"}, `--date "2024-13-45": no such date`},
		{[]string{"worker", "--queue", "nats://127.0.0.1:1", "--db", "x.db", "--date", "yesterday"}, `--date "yesterday": want YYYY-MM-DD`},
		{[]string{"worker", "--queue", "nats://127.0.0.1:1", "--db", "x.db", "--input", "jsonl"}, `unknown flag: --input`}, // (articles come extracted)
		{[]string{"code", "--input", "pdf", "x.txt"}, `--input "pdf": want auto, text, html or jsonl`},
		{[]string{"code", "--format", "xml", "x.txt"}, `dyad: --format "xml": want json, table, gdelt, gdelt-mentions, csv or plover` + "\n"},
		{[]string{"code", "--min-confidence", "1.5", "x.txt"}, `--min-confidence 1.5: want a number from 0 to 1`},
		{[]string{"code", "--min-confidence", "NaN", "x.txt"}, `--min-confidence NaN: want a number from 0 to 1`},
		// an empty --dict (a script's unset variable) ran with the built-in
		// dictionaries alone, exit 0
		{[]string{"code", "--dict", "", "x.txt"}, `dyad: --dict "": want the folder of your *.txt dictionary files` + "\n"},
		{[]string{"code", "--dict=", "x.txt"}, `--dict "": want the folder`},
		{[]string{"ingest", "--db", "x.db", "--dict", "", "x.txt"}, `--dict "": want the folder`},
		{[]string{"ingest", "--queue", "nats://127.0.0.1:1", "--dict", "", "x.txt"}, `--dict "": want the folder`},
		{[]string{"worker", "--queue", "nats://127.0.0.1:1", "--db", "x.db", "--dict", ""}, `--dict "": want the folder`},
		{[]string{"bench", "--dict", "", "x.txt"}, `--dict "": want the folder`},
		{[]string{"eval", "--dict", "", "x.jsonl"}, `--dict "": want the folder`},
		// an empty --format ran with the default (table or JSON Lines)
		{[]string{"code", "--format", "", "x.txt"}, `dyad: --format "": want json, table, gdelt, gdelt-mentions, csv or plover` + "\n"},
		{[]string{"code", "--format=", "x.txt"}, `--format "": want json`},
		{[]string{"events", "--db", "x.db", "--format", ""}, `dyad: --format "": want table or json` + "\n"},
		// a --queue that is no NATS URL was dialled (a DNS look-up of
		// "x", exit 1) or, with --db, failed on the store first
		{[]string{"ingest", "--queue", "http://x", "x.txt"}, `dyad: --queue http://x: want nats://HOST:PORT (or tls://, ws://, wss://), not http://` + "\n"},
		{[]string{"ingest", "--queue", "http://x", "--db", "x.db", "x.txt"}, `--queue http://x: want nats://HOST:PORT`},
		{[]string{"ingest", "--queue", "", "x.txt"}, `--queue : want nats://HOST:PORT: no host in ""`},
		{[]string{"worker", "--queue", "nats://127.0.0.1:1,HTTPS://x:443", "--db", "x.db"}, `not HTTPS://`},
		{[]string{"status", "--queue", "nats://"}, `--queue nats://: want nats://HOST:PORT: no host in "nats://"`},
		// read by net/url as nats.Connect reads it: these were dialled
		// (exit 1, "no servers available", a parse error after the
		// fact) or, with no host, taken
		{[]string{"status", "--queue", "nats://:4222"}, `--queue nats://:4222: want nats://HOST:PORT: no host in "nats://:4222"`},
		{[]string{"worker", "--queue", "nats://host:abc", "--db", "x.db"}, `--queue nats://host:abc: want nats://HOST:PORT: invalid port ":abc" after host in "nats://host:abc"`},
		{[]string{"worker", "--queue", "nats://[::1", "--db", "x.db"}, `--queue nats://[::1: want nats://HOST:PORT: missing ']' in host in "nats://[::1"`},
		{[]string{"status", "--queue", "h%zz:4222"}, `--queue h%zz:4222: want nats://HOST:PORT: invalid URL escape "%zz" in "h%zz:4222"`},
		{[]string{"ingest", "--queue", "nats://a:4222, tls://b:99999", "x.txt"}, `--queue nats://a:4222, tls://b:99999: want nats://HOST:PORT, PORT a number from 1 to 65535, not "99999"`},
		{[]string{"ingest", "--queue", "user:pw@:4222", "x.txt"}, `no host in "user:xxxxx@:4222"`},
		// a --db URL that is no postgres:// URL was taken for a SQLite
		// file name: "open mysql://u@h/x: no such file or directory", exit 1
		{[]string{"ingest", "--db", "postgres:/dyad@127.0.0.1:5432/events", "x.txt"}, `dyad: --db postgres:/dyad@127.0.0.1:5432/events: want a SQLite file path or a postgres:// URL (postgres://USER@HOST:PORT/DATABASE), not postgres:/` + "\n"},
		{[]string{"events", "--db", "postgress://u:pw@h/x"}, `--db postgress://u:xxxxx@h/x: want a SQLite file path or a postgres:// URL (postgres://USER@HOST:PORT/DATABASE), not postgress://`},
		{[]string{"export", "--db", "mysql://u@h/x", "--format", "csv"}, `--db mysql://u@h/x: want a SQLite file path or a postgres:// URL`},
		{[]string{"serve", "--db", "sqlite://news.db"}, `not sqlite://`},
		{[]string{"status", "--db", "postgresql:h/x"}, `not postgresql:`},
	} {
		if _, errs, code := run(t, tc.args...); code != 2 || !strings.Contains(errs, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tc.args, code, errs, tc.want)
		}
	}
}

// TestNoPasswordInMessages: a --db or --queue URL's password is never
// printed: a usage error quoting the flag (--db given twice printed both
// passwords), a --queue that does not parse or cannot be reached, a DSN
// that pgx cannot parse, a password given as ?password=.
func TestNoPasswordInMessages(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"events", "--db", "postgres://u:s3cret@127.0.0.1:1/x", "--db", "postgres://u:s3cret2@127.0.0.1:1/x"}, 2,
			`given twice, first as "postgres://u:xxxxx@127.0.0.1:1/x"`},
		{[]string{"status", "--queue", "nats://u:s3cret@127.0.0.1:abc"}, 2, `--queue nats://u:xxxxx@127.0.0.1:abc: want nats://HOST:PORT`},
		{[]string{"status", "--queue", "nats://u:s3cret@127.0.0.1:1"}, 1, `--queue nats://u:xxxxx@127.0.0.1:1: `},
		{[]string{"ingest", "--queue", "u:s3cret@127.0.0.1:1", "x.txt"}, 1, `--queue u:xxxxx@127.0.0.1:1: `},
		{[]string{"events", "--db", "postgres://u:s3cret@h%zz/x"}, 1, `postgres://u:xxxxx@h%zz/x`},
		{[]string{"events", "--db", "postgres://u@127.0.0.1:1/x?password=s3cret"}, 1, `postgres://u@127.0.0.1:1/x?password=xxxxx`},
	} {
		_, errs, code := run(t, tc.args...)
		if code != tc.code || !strings.Contains(errs, tc.want) || strings.Contains(errs, "s3cret") {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q, no password", tc.args, code, errs, tc.code, tc.want)
		}
	}
}

// TestCodeMinConfidence: --min-confidence keeps the events at or over it
// and, with --why, says which it left out.
func TestCodeMinConfidence(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.txt")
	text := "North Korea fired two ballistic missiles into the sea on Friday. Japan condemned the launch on Saturday."
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	all, _, _ := run(t, "code", "--format", "json", "--date", "2024-03-02", p)
	kept, errs, code := run(t, "code", "--format", "json", "--date", "2024-03-02", "--min-confidence", "0.99", "--why", p)
	if code != 0 || strings.Count(all, "\n") != 2 || kept != "" || strings.Count(errs, "under --min-confidence 0.99") != 2 {
		t.Errorf("all %q\nkept %q, exit %d, stderr %q", all, kept, code, errs)
	}
}

// TestIngestJSONL: a JSON Lines file is ingested line by line; a bad line
// is a failure naming file:line and the others are stored; a second run
// adds nothing.
func TestIngestJSONL(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "news.jsonl")
	data := `{"id":"a1","date":"2024-03-02","text":"North Korea fired two ballistic missiles into the sea on Friday."}
{"id":"a2","date":"2024-03-02","text":
{"id":"a3","date":"2024-03-03","text":"Seoul and Tokyo held talks on Saturday."}
`
	if err := os.WriteFile(in, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "x.db")
	_, errs, code := run(t, "ingest", "--db", db, in)
	if code != 1 || !strings.Contains(errs, "news.jsonl:2") {
		t.Fatalf("exit %d, want 1 with news.jsonl:2 named:\n%s", code, errs)
	}
	out, _, code := run(t, "events", "--db", db, "--format", "json")
	if code != 0 {
		t.Fatalf("events: exit %d", code)
	}
	if n := strings.Count(out, "\n"); n != 3 {
		t.Errorf("%d events stored, want 3 (PRK 150, KOR-JPN 046 both ways):\n%s", n, out)
	}
	if _, errs, _ := run(t, "ingest", "--db", db, in); !strings.Contains(errs, "0 added") {
		t.Errorf("second ingest: %s", errs)
	}
}

// TestCodeWARC: dyad code and dyad extract walk a WARC archive page by
// page — each record its own article with its own URL, title and events —
// and a .warc.gz that holds no WARC record is an error naming it.
func TestCodeWARC(t *testing.T) {
	dir := t.TempDir()
	page := func(title, body string) string {
		return "<html><head><title>" + title + "</title></head><body><article><p>" + body + "</p></article></body></html>"
	}
	data := append(gz(warcRec("https://example.org/a", page("Japan hosts Australia", "Japan's prime minister hosted the Australian prime minister in Tokyo on Monday, officials said."), "")),
		gz(warcRec("https://example.org/b", page("Chile condemns Peru", "Chile condemned Peru on Tuesday over the border incident, the foreign ministry said."), ""))...)
	p := writeFile(t, dir, "crawl.warc.gz", data)
	out, errs, code := run(t, "extract", p)
	if code != 0 {
		t.Fatalf("extract: exit %d: %s", code, errs)
	}
	var got []string
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var a struct{ URL, Title, Input string }
		if err := dec.Decode(&a); err != nil {
			t.Fatalf("extract output %q: %v", out, err)
		}
		got = append(got, a.URL+" | "+a.Title+" | "+filepath.Base(a.Input))
	}
	want := []string{"https://example.org/a | Japan hosts Australia | crawl.warc.gz:record 1", "https://example.org/b | Chile condemns Peru | crawl.warc.gz:record 2"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("extract articles:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	out, errs, code = run(t, "code", "--format", "json", "--date", "2024-03-04", p)
	if code != 0 {
		t.Fatalf("code: exit %d: %s", code, errs)
	}
	var codes []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var e struct {
			CAMEO          string `json:"cameo"`
			Source, Target struct{ Code string }
		}
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("code output %q: %v", line, err)
		}
		codes = append(codes, e.Source.Code+" "+e.CAMEO+" "+e.Target.Code)
	}
	// each page's story, in archive order (a host visited: 043 and the
	// guest's 042); a title telling the story's event folds into it
	// ("Japan hosts Australia"), a title a week from the story's date stays
	// ("Chile condemns Peru" on March 4, the story's "on Tuesday" February 27)
	wantCodes := []string{"JPNGOV 043 AUSGOV", "AUSGOV 042 JPNGOV", "CHL 111 PER", "CHL 111 PER"}
	if !reflect.DeepEqual(codes, wantCodes) {
		t.Errorf("code events %q, want %q", codes, wantCodes)
	}
	bad := writeFile(t, dir, "page.warc.gz", gz([]byte("<html><body><p>hello</p></body></html>")))
	if _, errs, code := run(t, "code", bad); code != 1 || !strings.Contains(errs, "page.warc.gz: not a WARC file") {
		t.Errorf("code on a gzip'd page named .warc.gz: exit %d, %q", code, errs)
	}
}

// TestEventsFilterUsage: filters dyad events and export cannot use are
// usage errors (exit 2) naming the flag, as the API answers 400 — never
// an empty answer or an SQL error.
func TestEventsFilterUsage(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "news.jsonl")
	if err := os.WriteFile(in, []byte(`{"id":"a1","date":"2024-03-02","text":"North Korea fired two ballistic missiles into the sea on Friday."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "x.db")
	if _, errs, code := run(t, "ingest", "--db", db, in); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	tests := []struct{ flag, value, want string }{
		{"--q", `"unterminated`, `--q "\"unterminated": not a valid full-text query (SQLite FTS5 syntax: words, "phrases", AND, OR, NOT; put a term with punctuation in double quotes: "12:30")`},
		{"--q", "AND", `--q "AND": not a valid full-text query (SQLite FTS5 syntax: words, "phrases", AND, OR, NOT; put a term with punctuation in double quotes: "12:30")`},
		{"--q", "missile AND", `--q "missile AND": not a valid full-text query (SQLite FTS5 syntax: words, "phrases", AND, OR, NOT; put a term with punctuation in double quotes: "12:30")`},
		{"--quad", "0", "--quad 0: want 1–4"},
		{"--country", "Syria", `--country "Syria": want an ISO 3166 alpha-3 code (SYR, USA): Syria is SYR`},
		{"--country", "South Korea", `--country "South Korea": want an ISO 3166 alpha-3 code (SYR, USA): South Korea is KOR`},
		{"--country", "sy", `--country "sy": want an ISO 3166 alpha-3 code (SYR, USA)`},
		{"--country", "GER", `--country "GER": no such ISO 3166 alpha-3 code (Germany is DEU, Britain GBR)`},
		{"--plover", "FOO", `--plover "FOO": want a PLOVER event type (AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT)`},
		{"--actor", "PRK GOV", `--actor "PRK GOV": want a CAMEO actor code prefix (PRK, USAGOV)`},
		// a country's name is no code: it matched nothing and printed nothing (fresh72 F10)
		{"--actor", "Syria", `--actor "Syria": --actor takes CAMEO actor code prefixes (PRK, USAGOV): Syria is SYR`},
		{"--actor", "north korea", `--actor "north korea": --actor takes CAMEO actor code prefixes (PRK, USAGOV): North Korea is PRK`},
		// a name of two countries: both codes (it answered COD alone)
		{"--actor", "Congo", `--actor "Congo": --actor takes CAMEO actor code prefixes (PRK, USAGOV): "Congo" is ambiguous: COD (Democratic Republic of the Congo) or COG (Republic of the Congo)`},
		{"--dyad", "Syria,", `--dyad "Syria,": --dyad takes CAMEO actor code prefixes (PRK,KOR or ,USAGOV): Syria is SYR`},
		{"--dyad", "PRK", `--dyad "PRK": want SRC,TGT`},
		{"--dyad", ",,,", `--dyad ",,,": want SRC,TGT, each a CAMEO actor code prefix or empty (PRK,KOR or ,USAGOV)`},
		{"--dyad", "PRK,South Korea", `--dyad "PRK,South Korea": --dyad takes CAMEO actor code prefixes (PRK,KOR or ,USAGOV): South Korea is KOR`},
		{"--dyad", "PRK,Korea Sud", `--dyad "PRK,Korea Sud": want SRC,TGT, each a CAMEO actor code prefix or empty (PRK,KOR or ,USAGOV)`},
	}
	for _, cmd := range []string{"events", "export"} {
		for _, tc := range tests {
			out, errs, code := run(t, cmd, "--db", db, tc.flag, tc.value)
			if code != 2 || errs != "dyad: "+tc.want+"\n" || out != "" {
				t.Errorf("%s %s %s: exit %d, stdout %q, stderr %q; want exit 2 and %q", cmd, tc.flag, tc.value, code, out, errs, tc.want)
			}
		}
	}
	// a reversed range matches nothing: say so rather than print nothing
	if out, errs, code := run(t, "events", "--db", db, "--from", "2024-08-01", "--to", "2024-07"); code != 2 || out != "" ||
		errs != "dyad: --from 2024-08-01 is after --to 2024-07: no event can match\n" {
		t.Errorf("events --from 2024-08-01 --to 2024-07: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	// valid spellings of the same filters
	for _, args := range [][]string{{"--from", "2024-03-01", "--to", "2024-03"}, {"--country", "prk"}, {"--actor", "prk"}, {"--dyad", "prk,"}, {"--plover", "mobilize"}, {"--quad", "4"}, {"--q", "missiles"}} {
		out, errs, code := run(t, append([]string{"events", "--db", db}, args...)...)
		if code != 0 || strings.Count(out, "\n") != 1 {
			t.Errorf("events %v: exit %d, %d events, stderr %q; want the one event", args, code, strings.Count(out, "\n"), errs)
		}
	}
}

// TestExtractJSONLRoundTrip: dyad extract --jsonl prints one article a
// line, and dyad code reads them back into exactly the events the inputs
// themselves give (four of the example articles).
func TestExtractJSONLRoundTrip(t *testing.T) {
	ins, _ := filepath.Glob("../../examples/0[1-4]_*.txt")
	out, errs, code := run(t, append([]string{"extract", "--jsonl"}, ins...)...)
	if code != 0 {
		t.Fatalf("extract: exit %d: %s", code, errs)
	}
	if n := strings.Count(out, "\n"); n != len(ins) {
		t.Fatalf("extract --jsonl printed %d lines for %d inputs", n, len(ins))
	}
	p := writeFile(t, t.TempDir(), "articles.jsonl", []byte(out))
	direct, errs, code := run(t, append([]string{"code", "--format", "json"}, ins...)...)
	if code != 0 {
		t.Fatalf("code: exit %d: %s", code, errs)
	}
	back, errs, code := run(t, "code", "--format", "json", p)
	if code != 0 {
		t.Fatalf("code articles.jsonl: exit %d: %s", code, errs)
	}
	if direct == "" || back != direct {
		t.Errorf("events from the extracted JSON Lines differ from the inputs':\n%s\nwant\n%s", back, direct)
	}
}

// TestCodeNoTextPage: a page whose story is missing (script only, or cut
// off before its text: said as cut off) is said on stderr, not coded as an empty article,
// and fails the run with exit status 1, as dyad ingest refuses it.
func TestCodeNoTextPage(t *testing.T) {
	for _, page := range []string{
		"<html><head><script>var x = 1;</script></head><body><script>y()</script></body></html>",
		"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>",
		"<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>",
	} {
		p := filepath.Join(t.TempDir(), "cut.html")
		if err := os.WriteFile(p, []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
		out, errs, code := run(t, "code", "--format", "table", p)
		if code != 1 {
			t.Errorf("%.30q: exit status %d, want 1", page, code)
		}
		// (a page cut off says so, once: TestCutPageOneMessage)
		if !strings.Contains(errs, "cut.html: no text found (no title, no story)") && !strings.Contains(errs, "cut.html: no story text found (a title only") &&
			!strings.Contains(errs, "cut.html:1: HTML page cut off after 0 paragraphs") {
			t.Errorf("%.30q: stderr does not say the page has no text:\n%s", page, errs)
		}
		if strings.Contains(out, "cut.html") || strings.Contains(out, "(no events)") {
			t.Errorf("%.30q: the empty page was coded:\n%s", page, out)
		}
	}
}

// TestCodeWhy: --why says on standard error what was set aside and why,
// after the article's events; standard output is the same as without it.
func TestCodeWhy(t *testing.T) {
	in := filepath.Join(t.TempDir(), "why.txt")
	text := "North Korea fired two ballistic missiles into the sea on Friday.\n\nIraq invaded Kuwait in 1990.\n"
	if err := os.WriteFile(in, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	plain, _, code := run(t, "code", "--format", "json", "--date", "2024-03-02", in)
	out, errs, code2 := run(t, "code", "--why", "--format", "json", "--date", "2024-03-02", in)
	if code != 0 || code2 != 0 || out != plain || strings.Count(out, "\n") != 1 {
		t.Fatalf("exit %d/%d, stdout with --why %q, without %q", code, code2, out, plain)
	}
	aside, traced := whyLines(errs)
	if want := `"invaded" (190) set aside: history: dated two or more years back`; len(aside) != 1 || !strings.Contains(aside[0], want) {
		t.Errorf("stderr %q, want one set-aside line with %q", errs, want)
	}
	// the event printed is traced: its header, then its six lines
	if want := ` sentence 0: emitted PRK 150 - asserted "fired two ballistic missiles":`; len(traced) != 1 || !strings.HasSuffix(traced[0][0], want) || len(traced[0]) != 7 {
		t.Errorf("stderr %q, want one traced event %q", errs, want)
	}
}

// whyLines splits dyad code --why's standard error into its lines that
// set aside or recode a candidate, and the blocks tracing each event
// emitted ("dyad: ID sentence N: emitted …:", then its lines indented).
func whyLines(errs string) (aside []string, traced [][]string) {
	for _, l := range strings.Split(strings.TrimSuffix(errs, "\n"), "\n") {
		switch {
		case l == "":
		case strings.HasPrefix(l, "dyad:     ") && len(traced) > 0:
			traced[len(traced)-1] = append(traced[len(traced)-1], l)
		case strings.Contains(l, ": emitted "):
			traced = append(traced, []string{l})
		default:
			aside = append(aside, l)
		}
	}
	return aside, traced
}

// TestCodeWhySteps: --why names the refinement step that cleared a
// candidate's code or replaced it, and says nothing of a candidate no step
// changed; the events are the same as without it.
func TestCodeWhySteps(t *testing.T) {
	in := filepath.Join(t.TempDir(), "steps.txt")
	text := "Kenya announced new funding for schools on Monday.\n\nIsraeli jets bombed a Hamas base in Gaza on Monday.\n\nArmed men abducted three aid workers in Darfur on Monday.\n"
	if err := os.WriteFile(in, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	plain, _, code := run(t, "code", "--format", "json", "--date", "2024-03-05", in)
	out, errs, code2 := run(t, "code", "--why", "--format", "json", "--date", "2024-03-05", in)
	if code != 0 || code2 != 0 || out != plain {
		t.Fatalf("exit %d/%d, stdout with --why %q, without %q", code, code2, out, plain)
	}
	id, _, _ := strings.Cut(strings.TrimPrefix(errs, "dyad: "), " ") // (the article's id, a hash of the input)
	want := "dyad: " + id + ` sentence 0: "announced" (071) set aside: refinement lexFamily cleared 071 (a figurative use of a verb of force, or aid at home): Kenya announced new funding for schools on Monday.` + "\n" +
		"dyad: " + id + ` sentence 1: "bombed" (183) recoded: refinement refine replaced 183 with 195 (the code sharpened from its actors and place): Israeli jets bombed a Hamas base in Gaza on Monday.` + "\n"
	aside, traced := whyLines(errs)
	if got := strings.Join(aside, "\n") + "\n"; got != want {
		t.Errorf("stderr\n%s\nwant\n%s", got, want)
	}
	// the events kept are traced, the recoded one naming its refinement
	var heads []string
	for _, b := range traced {
		heads = append(heads, b[0])
	}
	wantHeads := []string{"dyad: " + id + ` sentence 1: emitted ISRMIL 195 PSEREB asserted "bombed":`, "dyad: " + id + ` sentence 2: emitted SDNUAF 181 SDNCVL asserted "abducted":`}
	if !reflect.DeepEqual(heads, wantHeads) || len(traced[0]) != 8 || traced[0][7] != "dyad:     refinement: the pattern's 183 became 195 (the recoded lines say which step, when one did)" {
		t.Errorf("traced %q, want %q, the first with its refinement", traced, wantHeads)
	}
}

// TestCodeWhyGDELTStatuses: with --format gdelt (no --all-statuses) --why
// traces only the events printed and says why the denied one is not; with
// --all-statuses it traces it too.
func TestCodeWhyGDELTStatuses(t *testing.T) {
	in := filepath.Join(t.TempDir(), "denied.txt")
	text := "Russia accused Ukraine of shelling a hospital on Monday. Ukraine denied shelling the hospital.\n"
	if err := os.WriteFile(in, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		all   bool
		heads []string
	}{
		{false, []string{`sentence 0: emitted RUS 112 UKR asserted "accused":`, `sentence 1: emitted UKR 016 RUS asserted "denied":`}},
		{true, []string{`sentence 0: emitted RUS 112 UKR asserted "accused":`, `sentence 0: emitted UKR 194 RUS denied "shelling":`, `sentence 1: emitted UKR 016 RUS asserted "denied":`}},
	} {
		args := []string{"code", "--why", "--format", "gdelt", "--date", "2024-03-05", in}
		if tt.all {
			args = append(args, "--all-statuses")
		}
		out, errs, code := run(t, args...)
		if code != 0 || strings.Count(out, "\n") != len(tt.heads) {
			t.Fatalf("all-statuses %v: exit %d, stdout %q", tt.all, code, out)
		}
		aside, traced := whyLines(errs)
		var heads []string
		for _, b := range traced {
			_, h, _ := strings.Cut(b[0], " ")
			_, h, _ = strings.Cut(h, " ")
			heads = append(heads, h)
		}
		if !reflect.DeepEqual(heads, tt.heads) {
			t.Errorf("all-statuses %v: traced %q, want %q", tt.all, heads, tt.heads)
		}
		notPrinted := strings.Contains(errs, `"shelling" (194) set aside: status denied: not printed`)
		if notPrinted == tt.all {
			t.Errorf("all-statuses %v: set-aside lines %q", tt.all, aside)
		}
	}
}

// TestWhyQuestion: an act asked about in a question is set aside as a
// question, not as hypothetical, by dyad code --why and in dyad eval's
// missed events; an aim stays hypothetical.
func TestWhyQuestion(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "q.txt")
	text := "Did Russia attack the Ukrainian port of Odesa on Monday?\n\nBritain must sell more arms to Israel.\n"
	if err := os.WriteFile(in, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs, code := run(t, "code", "--why", "--format", "json", "--date", "2024-03-02", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{`"attack" (190) set aside: a question, not an assertion`, `"sell" (072) set aside: hypothetical`} {
		if !strings.Contains(errs, want) {
			t.Errorf("dyad code --why: stderr %q, want %q", errs, want)
		}
	}
	gold := filepath.Join(dir, "q.jsonl")
	lines := `{"id":"q1","date":"2024-03-02","text":"Did Russia attack the Ukrainian port of Odesa on Monday?","events":[{"source":"RUS","cameo":"190","target":"UKR"}]}
{"id":"q2","date":"2024-03-02","text":"Britain must sell more arms to Israel.","events":[{"source":"GBR","cameo":"072","target":"ISR"}]}
`
	if err := os.WriteFile(gold, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, "eval", gold)
	if code != 0 {
		t.Fatalf("dyad eval: exit %d: %s", code, errs)
	}
	for _, want := range []string{"1  a question, not an assertion", "q1  RUS 190 UKR                   [a question, not an assertion]", "q2  GBR 072 ISR                   [hypothetical]"} {
		if !strings.Contains(out, want) {
			t.Errorf("dyad eval: output\n%s\nwant %q", out, want)
		}
	}
}

// TestIngestCutPage: a page cut off before its end is stored up to the
// cut, with a warning, as dyad code codes it, and the whole page ingested
// after it is stored too (it was refused, "not stored; ingest the whole
// page").
func TestIngestCutPage(t *testing.T) {
	dir := t.TempDir()
	page := `<!doctype html><html><head><title>Allies sign guidelines</title>
<meta property="article:published_time" content="2024-07-13T09:00:00Z"></head><body><article><h1>Allies sign guidelines</h1>
<p>Seoul and Washington signed new guidelines on nuclear deterrence on Saturday.</p>
<p>North Korea's foreign ministry denounced the guidelines on Sunday, state media said.</p>
</article></body></html>
`
	cut := filepath.Join(dir, "cut.html")
	whole := filepath.Join(dir, "whole.html")
	if err := os.WriteFile(cut, []byte(page[:strings.Index(page, "</article>")]), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(whole, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "news.db")
	_, errs, code := run(t, "ingest", "--db", db, cut)
	if code != 0 || !strings.Contains(errs, "dyad: warning: "+cut+":4: HTML page cut off after 2 paragraphs (it opens <html> or <body> and never closes it): stored up to the cut") {
		t.Errorf("cut page: exit %d, stderr %q", code, errs)
	}
	if _, errs, code = run(t, "ingest", "--db", db, whole); code != 0 {
		t.Fatalf("whole page: exit %d, stderr %q", code, errs)
	}
	out, _, _ := run(t, "events", "--db", db, "--format", "jsonl")
	if n := strings.Count(out, "\n"); n < 3 {
		t.Errorf("whole page after the cut one: %d events, want its own (3 or more):\n%s", n, out)
	}
}

// TestCutPageOneMessage: a page cut off, with paragraphs or with none
// before the cut, is one failure said once, with dyad's one prefix, in
// dyad extract as in dyad code (no "dyad extract:" or "dyad code:"
// beside "dyad:", and no "no story text found" beside the cut); a page cut
// before its first paragraph says that nothing was coded (it said "coded
// up to the cut", and printed nothing), or that its title alone was
// printed.
func TestCutPageOneMessage(t *testing.T) {
	dir := t.TempDir()
	head := `<!doctype html><html><head><title>Allies sign guidelines</title>
<meta property="article:published_time" content="2024-07-13T09:00:00Z"></head><body><article><h1>Allies sign guidelines</h1>
`
	one := filepath.Join(dir, "one.html")
	none := filepath.Join(dir, "none.html")
	if err := os.WriteFile(one, []byte(head+"<p>Seoul and Washington signed new guidelines on nuclear deterrence on Saturday.</p>\n<p>North Korea's foreign ministry denounced the gui"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(none, []byte(head+"<div class=\"share\">Share this"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"extract", one}, "dyad: " + one + ":4: HTML page cut off after 1 paragraph (it opens <html> or <body> and never closes it): printed up to the cut; the input counts as failed\ndyad: 1 of 1 input failed\n"},
		{[]string{"extract", none}, "dyad: " + none + ":3: HTML page cut off after 0 paragraphs (it opens <html> or <body> and never closes it): no story text before the cut, its title alone printed; the input counts as failed\ndyad: 1 of 1 input failed\n"},
		{[]string{"code", "--format", "json", one}, "dyad: " + one + ":4: HTML page cut off after 1 paragraph (it opens <html> or <body> and never closes it): coded up to the cut; the input counts as failed\ndyad: 1 of 1 input failed\n"},
		{[]string{"code", "--format", "json", none}, "dyad: " + none + ":3: HTML page cut off after 0 paragraphs (it opens <html> or <body> and never closes it): no story text before the cut, nothing coded; the input counts as failed\ndyad: 1 of 1 input failed\n"},
	} {
		_, errs, code := run(t, c.args...)
		if code != 1 || errs != c.want {
			t.Errorf("%v: exit %d, stderr %q; want exit 1, %q", c.args, code, errs, c.want)
		}
	}
}

// TestCutPageInWARC: a page cut off in a WARC record says, as a page file
// does, what was coded: the paragraphs before the cut (less a sentence
// the cut left unfinished), or nothing when the cut comes before the first.
func TestCutPageInWARC(t *testing.T) {
	dir := t.TempDir()
	rec := func(uri, body string) string {
		http := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s", len(body), body)
		return fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-03-04T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:%s>\r\n"+
			"Content-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", uri, uri, len(http), http)
	}
	p := filepath.Join(dir, "crawl.warc")
	data := rec("https://example.org/none", "<html><head><title>Rebels attacked a police post</title></head><body><div>Menu\n") +
		rec("https://example.org/one", "<html><head><title>Talks</title></head><body><p>Kenya and Chile resumed talks on Monday, officials said.</p>\n<p>The two sides")
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs, code := run(t, "code", "--format", "json", p)
	for _, want := range []string{
		p + ":record 1:1: HTML page cut off after 0 paragraphs (it opens <html> or <body> and never closes it): no story text before the cut, nothing coded; the input counts as failed\n",
		p + ":record 2:2: HTML page cut off after 1 paragraph (it opens <html> or <body> and never closes it): coded up to the cut; the input counts as failed\n",
	} {
		if code != 1 || !strings.Contains(errs, want) {
			t.Errorf("exit %d, stderr:\n%s\nwant it to hold %q", code, errs, want)
		}
	}
}

// TestTitleOnlyPageInWARC: a WARC page with a title and no story (an
// empty or navigation-only page) is said, not coded, as a page file is —
// "crawl.warc:record 1: no story text found (a title only: …)" — and the
// archive counts as failed (dyad ingest fails the record); the archive's
// other pages are coded, and a page cut off is said once, by its cut.
func TestTitleOnlyPageInWARC(t *testing.T) {
	dir := t.TempDir()
	rec := func(uri, body string) string {
		http := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s", len(body), body)
		return fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-03-04T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:%s>\r\n"+
			"Content-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", uri, uri, len(http), http)
	}
	p := filepath.Join(dir, "crawl.warc")
	data := rec("https://example.org/nav", "<html><head><title>Serbia condemns Kosovo</title></head><body><nav>Home</nav></body></html>") +
		rec("https://example.org/story", "<html><head><title>Talks</title></head><body><p>Kenyan envoys met Chilean officials in Geneva on Monday.</p></body></html>") +
		rec("https://example.org/cut", "<html><head><title>Peru recalls envoy</title></head><body><div>Menu\n")
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, "code", "--format", "json", p)
	if code != 1 || !strings.Contains(errs, "dyad: "+p+":record 1: no story text found (a title only: an empty, navigation-only or truncated page)\n") {
		t.Errorf("exit %d, stderr:\n%s\nwant record 1 said as a title only, exit 1", code, errs)
	}
	if strings.Contains(errs, ":record 3: no story text") || !strings.Contains(errs, ":record 3:1: HTML page cut off after 0 paragraphs") {
		t.Errorf("stderr:\n%s\nwant record 3 said once, by its cut", errs)
	}
	if strings.Contains(out, "SRB") || strings.Contains(out, "PER") || !strings.Contains(out, `"cameo":"044"`) {
		t.Errorf("stdout:\n%s\nwant record 2's meeting alone, no event of the title-only or cut pages", out)
	}
}

// TestDictFlagErrors: a --dict that is no folder of dictionary files is a
// usage error (exit 2) naming the flag, as the other flags' errors do, in
// every command that takes it, not the file system's "stat …" wording.
func TestDictFlagErrors(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "names.txt")
	if err := os.WriteFile(file, []byte("x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "nonexistent")
	db := filepath.Join(dir, "s.db")
	for _, tc := range []struct {
		dict, want string
	}{
		{missing, "dyad: --dict " + missing + ": no such folder\n"},
		{file, "dyad: --dict " + file + ": not a folder (--dict takes the folder of your *.txt dictionary files)\n"},
		{empty, "dyad: --dict " + empty + ": no dictionary files (*.txt) in it\n"},
	} {
		for _, args := range [][]string{
			{"ingest", "--db", db, "--dict", tc.dict, file},
			{"code", "--dict", tc.dict, file},
		} {
			if _, errs, code := run(t, args...); code != 2 || errs != tc.want {
				t.Errorf("%v: exit %d, stderr %q; want 2 and %q", args, code, errs, tc.want)
			}
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("ingest with a bad --dict created the store")
	}
}
