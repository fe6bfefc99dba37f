package main

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"errors"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestURLSchemeAnyCase: a URL's scheme is read in any case, as RFC 3986
// has it ("HTTP://host/page" is fetched as "http://host/page" is, by
// code, extract and ingest), and an input written as a URL of a scheme
// dyad does not fetch ("ftp://…", "gopher://…") is said so, as a
// redirect to one is, not as a missing file ("no such file or
// directory").
func TestURLSchemeAnyCase(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(`<!doctype html><html lang="en"><head><title>Chile and Kenya sign a pact</title>` +
			`<meta property="article:published_time" content="2024-03-04"></head><body><article>` +
			`<p>Chile and Kenya signed a fisheries pact in Nairobi on Monday, officials of both sides said.</p>` +
			`</article></body></html>`))
	}))
	defer srv.Close()
	upper := "HTTP://" + strings.TrimPrefix(srv.URL, "http://") + "/news/pact"

	out, errs, code := run(t, "extract", "--jsonl", upper)
	if code != 0 || errs != "" || !strings.Contains(out, `"body":["Chile and Kenya signed a fisheries pact in Nairobi on Monday, officials of both sides said."]`) {
		t.Errorf("extract %s: exit %d, stdout %q, stderr %q; want the page's article", upper, code, out, errs)
	}
	out, errs, code = run(t, "code", "--format", "csv", upper)
	if code != 0 || errs != "" || strings.Count(out, "\n") < 2 {
		t.Errorf("code %s: exit %d, stdout %q, stderr %q; want the page's events", upper, code, out, errs)
	}
	db := filepath.Join(t.TempDir(), "news.db")
	out, errs, code = run(t, "ingest", "--json", "--db", db, upper)
	var sum struct{ Inputs, Refused, Read, Added int }
	if err := json.Unmarshal([]byte(out), &sum); err != nil || code != 0 || errs != "" || sum.Inputs != 1 || sum.Refused != 0 || sum.Read != 1 || sum.Added != 1 {
		t.Errorf("ingest %s: exit %d, stdout %q, stderr %q; want the page read and added", upper, code, out, errs)
	}

	for _, arg := range []string{"ftp://example.org/news/a.txt", "Gopher://example.org/1/news"} {
		scheme := strings.ToLower(arg[:strings.Index(arg, ":")])
		said := arg + `: unsupported URL scheme "` + scheme + `" (want http or https)`
		for _, cmd := range []string{"code", "extract"} {
			out, errs, code := run(t, cmd, arg)
			if want := "dyad: " + said + "\ndyad: 1 of 1 input failed\n"; code != 1 || out != "" || errs != want {
				t.Errorf("%s %s: exit %d, stdout %q, stderr %q; want exit 1 and %q", cmd, arg, code, out, errs, want)
			}
		}
		out, errs, code := run(t, "ingest", "--db", db, arg)
		if want := "  failed: " + said + "\n"; code != 1 || out != "" || !strings.Contains(errs, want) {
			t.Errorf("ingest %s: exit %d, stdout %q, stderr %q; want exit 1 and %q", arg, code, out, errs, want)
		}
	}
}

// TestStdinTwice: standard input ("-") named twice to code or extract is
// a usage error (exit 2) before anything is read: it can be read once, and
// the second reading found it empty, failing an input the user did not
// get wrong ("-: empty input", exit 1, after the events of the first).
func TestStdinTwice(t *testing.T) {
	for _, args := range [][]string{{"code", "-", "-"}, {"extract", "--jsonl", "-", "x.txt", "-"}} {
		out, errs, code := run(t, args...)
		if want := "dyad: - (standard input) given 2 times: it is read once\n"; code != 2 || out != "" || errs != want {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 and %q", args, code, out, errs, want)
		}
	}
}

// TestFeedInternalSubset: a feed whose DOCTYPE declares entities in an
// internal subset is read as a feed, one article per item (it was read
// as a web page, its markup's text the body: "]> Wire https://… x …").
func TestFeedInternalSubset(t *testing.T) {
	p := filepath.Join(t.TempDir(), "wire.rss")
	feed := "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE rss [\n<!ENTITY nbsp \"&#160;\">\n<!ENTITY mdash \"&#8212;\">\n]>\n" +
		"<rss version=\"2.0\"><channel><title>Harbour Wire</title><link>https://example.org/</link><description>news</description>\n" +
		"<item><title>Chile and Kenya sign a pact</title><link>https://example.org/pact</link>" +
		"<description>Chile and Kenya signed a fisheries pact in Nairobi on Monday.</description></item>\n</channel></rss>\n"
	if err := os.WriteFile(p, []byte(feed), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, "extract", "--jsonl", p)
	want := `{"id":"` + dyad.ArticleID("https://example.org/pact", "") + `","url":"https://example.org/pact","source":"Harbour Wire","title":"Chile and Kenya sign a pact",` +
		`"body":["Chile and Kenya signed a fisheries pact in Nairobi on Monday."],"input":"` + p + `:1"}` + "\n"
	if code != 0 || errs != "" || out != want {
		t.Errorf("extract: exit %d, stderr %q, stdout\n%s\nwant\n%s", code, errs, out, want)
	}
}

// TestStatusReadOnly: dyad status reports a store without writing to it,
// as events, export and serve: an empty file (a mistyped --db) or a SQLite
// database of another program is said to be no dyad store, as dyad events
// says it, exit 1, and stays as it was (status made an empty file a dyad
// store, and would migrate an older store under a running older dyad).
func TestStatusReadOnly(t *testing.T) {
	empty := filepath.Join(t.TempDir(), "empty.db")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	_, want, wantCode := run(t, "events", "--db", empty)
	out, errs, code := run(t, "status", "--db", empty)
	if code != 1 || wantCode != 1 || out != "" || errs != want || !strings.Contains(errs, "no dyad store") {
		t.Errorf("status: exit %d, stdout %q, stderr %q; want exit 1 and events' %q", code, out, errs, want)
	}
	if fi, err := os.Stat(empty); err != nil || fi.Size() != 0 {
		t.Errorf("status wrote to the file: %v, %d bytes", err, fi.Size())
	}
	db := filepath.Join(t.TempDir(), "news.db")
	if _, errs, code := run(t, "ingest", "--db", db, filepath.Join("..", "..", "examples", "01_korea_missile_launch.txt")); code != 0 {
		t.Fatalf("ingest: exit %d, %s", code, errs)
	}
	out, errs, code = run(t, "status", "--db", db, "--json")
	var rep struct {
		Store struct{ Articles, Events int }
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil || code != 0 || errs != "" || rep.Store.Articles != 1 || rep.Store.Events == 0 {
		t.Errorf("status of a store: exit %d, %s, stderr %q", code, out, errs)
	}
}

// TestDBNoStoreNamed: a --db file that holds no dyad store is named as
// every other --db error names it, "--db FILE: …", not "open FILE: …" or
// "store: open FILE: …", in every command that opens a store.
func TestDBNoStoreNamed(t *testing.T) {
	dir := t.TempDir()
	other := filepath.Join(dir, "other.db")
	c, err := sql.Open("sqlite", other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Exec("CREATE TABLE t (x INTEGER)"); err != nil {
		t.Fatal(err)
	}
	c.Close()
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, db := range []string{other, empty} {
		want := "dyad: --db " + db + ": no dyad store (schema version 0: empty or not written by dyad)\n"
		for _, args := range [][]string{
			{"events", "--db", db},
			{"export", "--db", db, "--format", "csv"},
			{"serve", "--db", db, "--addr", "127.0.0.1:0"},
			{"status", "--db", db},
		} {
			if out, errs, code := run(t, args...); code != 1 || out != "" || errs != want {
				t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 1 and %q", args, code, out, errs, want)
			}
		}
	}
	_, errs, code := run(t, "ingest", "--db", other, filepath.Join("..", "..", "examples", "01_korea_missile_launch.txt"))
	if want := "dyad: --db " + other + `: not a dyad store: the database holds table "t", which dyad did not create;`; code != 1 || !strings.HasPrefix(errs, want) {
		t.Errorf("ingest: exit %d, stderr %q; want exit 1 and %q…", code, errs, want)
	}
}

// fullWriter fails every write as a full disk does (dyad … > /dev/full).
type fullWriter struct{}

func (fullWriter) Write([]byte) (int, error) {
	return 0, &fs.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.ENOSPC}
}

// TestWriteErrorExit: output that cannot be written (a full disk) fails
// the run with exit 1, a failure, not 2, which says the command line was
// wrong; dyad eval said nothing and exited 0, its scores lost.
func TestWriteErrorExit(t *testing.T) {
	ex := filepath.Join("..", "..", "examples", "01_korea_missile_launch.txt")
	gold := filepath.Join(t.TempDir(), "gold.jsonl")
	if err := os.WriteFile(gold, []byte(`{"id":"g1","date":"2024-03-04","text":"Chile and Kenya signed a fisheries pact in Nairobi on Monday.","events":[]}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "news.db")
	if _, errs, code := run(t, "ingest", "--db", db, ex); code != 0 {
		t.Fatalf("ingest: exit %d, %s", code, errs)
	}
	want := "dyad: write /dev/stdout: no space left on device\n"
	for _, args := range [][]string{
		{"code", "--format", "json", ex},
		{"extract", ex},
		{"bench", "--workers", "1", ex},
		{"status", "--db", db},
		{"events", "--db", db, "--format", "json"},
		{"export", "--db", db, "--format", "gdelt"},
		{"eval", "-q", gold},
		{"eval", gold},
		{"eval", "-q", "--against", gold, gold},
	} {
		var errb bytes.Buffer
		root := newRoot()
		root.SetArgs(args)
		root.SetOut(fullWriter{})
		root.SetErr(&errb)
		err := root.Execute()
		if err != nil {
			errb.WriteString("dyad: " + err.Error() + "\n")
		}
		if code := exitCode(err); code != 1 || !strings.HasSuffix(errb.String(), want) {
			t.Errorf("%v: exit %d, stderr %q; want exit 1 and %q", args, code, errb.String(), want)
		}
	}
	// dyad code stops at the first write that fails, said once (it went on
	// coding every input, saying the error for each)
	var errb bytes.Buffer
	root := newRoot()
	// (three stories: one named three times is coded once, its repeats warned of)
	ex2 := filepath.Join("..", "..", "examples", "02_indonesia_australia_treaty.txt")
	ex3 := filepath.Join("..", "..", "examples", "03_iran_iaea_talks.txt")
	root.SetArgs([]string{"code", "--format", "csv", ex, ex2, ex3})
	root.SetOut(fullWriter{})
	root.SetErr(&errb)
	err := root.Execute()
	if err != nil {
		errb.WriteString("dyad: " + err.Error() + "\n")
	}
	if code := exitCode(err); code != 1 || errb.String() != want {
		t.Errorf("code of three inputs: exit %d, stderr %q; want exit 1 and %q once", code, errb.String(), want)
	}
	if code := exitCode(errors.New(`unknown command "nosuch" for "dyad"`)); code != 2 {
		t.Errorf("a usage error: exit %d, want 2", code)
	}
}

// TestHelpLowerCase: every command's one-line summary in dyad --help, and
// its help's first word, start in lower case as the others do ("extract"
// said "Print each input's article" and "Extract reads").
func TestHelpLowerCase(t *testing.T) {
	for _, c := range newRoot().Commands() {
		if c.Name() == "help" || c.Name() == "completion" { // (cobra's own)
			continue
		}
		if s := c.Short; s == "" || strings.ToLower(s[:1]) != s[:1] {
			t.Errorf("dyad %s: summary %q starts in upper case", c.Name(), s)
		}
		if l := c.Long; l != "" && !strings.HasPrefix(l, c.Name()+" ") {
			t.Errorf("dyad %s: help starts %q, want the command's name", c.Name(), l[:min(len(l), 30)])
		}
	}
}
