package bench

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/events"
)

// corpus writes a small corpus: two text articles (one in a subfolder), an
// HTML page, a hidden file and a file of another kind, the last two ignored.
// newCoder returns a coder with the built-in dictionaries, failing tb
// when it cannot be made.
func newCoder(tb testing.TB) *events.Coder {
	tb.Helper()
	c, err := events.New(events.Config{})
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

func corpus(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"a.txt": "Talks resume\n\nThe foreign ministers of Japan and South Korea met in Tokyo on Monday. " +
			"Japan protested to China over the coast guard patrols.\n",
		"sub/b.txt": "North Korea fired a ballistic missile into the sea, the South Korean military said.\n",
		"c.html": "<html><head><title>Aid deal</title></head><body><article><h1>Aid deal</h1>" +
			"<p>Germany pledged aid to Ukraine on Tuesday, the government said in Berlin.</p>" +
			"<p>The European Union praised the decision and promised more help.</p></article></body></html>",
		".hidden.txt": "ignored",
		"notes.csv":   "ignored",
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestFiles(t *testing.T) {
	dir := corpus(t)
	got, err := Files(dir)
	if err != nil {
		t.Fatal(err)
	}
	for i := range got {
		got[i] = filepath.ToSlash(strings.TrimPrefix(got[i], dir+string(filepath.Separator)))
	}
	want := []string{"a.txt", "c.html", "sub/b.txt"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Files = %q, want %q", got, want)
	}
	// named first, as the commands name an input they cannot read (not
	// Go's "stat …")
	missing := filepath.Join(dir, "missing")
	if _, err := Files(missing); err == nil || err.Error() != missing+": no such file or directory" {
		t.Errorf("missing dir: error %v, want %q", err, missing+": no such file or directory")
	}
}

func TestRun(t *testing.T) {
	coder := newCoder(t)
	dir := corpus(t)
	r, err := Run(context.Background(), Config{Coder: coder, Options: article.Options{Date: "2024-07-13"}, Workers: 2, Store: true, TempDir: t.TempDir(), Repeat: 2}, dir)
	if err != nil {
		t.Fatal(err)
	}
	if r.Files != 3 || r.HTMLFiles != 1 || len(r.Failures) != 0 {
		t.Fatalf("files %d, html %d, failures %q; want 3, 1, none", r.Files, r.HTMLFiles, r.Failures)
	}
	var names []string
	for _, s := range r.Stages {
		names = append(names, s.Name)
	}
	want := []string{StageExtractHTML, StageExtractText, StageExtract, StageSplit, StageMatch, StageCode, StageEndToEnd, StageStore, StageIngest}
	if !reflect.DeepEqual(names, want) {
		t.Fatalf("stages %q, want %q", names, want)
	}
	split, _ := r.Stage(StageSplit)
	for _, s := range r.Stages {
		wantArts := 3
		switch s.Name {
		case StageExtractHTML:
			wantArts = 1
		case StageExtractText:
			wantArts = 2
		}
		if s.Articles != wantArts {
			t.Errorf("%s: %d articles, want %d", s.Name, s.Articles, wantArts)
		}
		if s.CPU < 0 || s.Wall <= 0 || s.MaxRSS < 0 {
			t.Errorf("%s: cpu %v wall %v rss %d", s.Name, s.CPU, s.Wall, s.MaxRSS)
		}
		if s.Name != StageExtract && s.Name != StageExtractHTML && s.Name != StageExtractText && s.Sentences != split.Sentences {
			t.Errorf("%s: %d sentences, want split's %d", s.Name, s.Sentences, split.Sentences)
		}
	}
	if split.Sentences < 5 {
		t.Errorf("split: %d sentences, want at least 5", split.Sentences)
	}
	code, _ := r.Stage(StageCode)
	e2e, _ := r.Stage(StageEndToEnd)
	if code.Events == 0 || e2e.Events != code.Events {
		t.Errorf("events: code %d, end-to-end %d; want equal and > 0", code.Events, e2e.Events)
	}
	var buf bytes.Buffer
	if err := r.WriteTable(&buf); err != nil {
		t.Fatal(err)
	}
	if lines := strings.Count(buf.String(), "\n"); lines != 2+len(want) {
		t.Errorf("table has %d lines, want %d:\n%s", lines, 2+len(want), buf.String())
	}
}

func TestRunEmpty(t *testing.T) {
	coder := newCoder(t)
	dir := t.TempDir()
	if _, err := Run(context.Background(), Config{Coder: coder}, dir); err == nil || !strings.Contains(err.Error(), dir) {
		t.Errorf("empty dir: error %v, want one naming it", err)
	}
	if _, err := Run(context.Background(), Config{}, dir); err == nil {
		t.Error("no coder: no error")
	}
}

// TestRunCutPage: an HTML page cut off before its end is a failure left
// out of the stages after read+extract, as the run says: its article, the
// text before the cut, was coded, stored and counted as a whole article.
func TestRunCutPage(t *testing.T) {
	coder := newCoder(t)
	dir := t.TempDir()
	page := `<html><head><title>Talks</title></head><body><article>
<p>Envoys of Japan met envoys of Australia in Canberra on Tuesday to discuss a security pact.</p>
<p>North Korea fired a ballistic missile into the sea on Tuesday, South Korea's military said.</p>
</article></body></html>
`
	cut := page[:strings.Index(page, "South Korea")]
	for name, body := range map[string]string{"whole.html": page, "cut.html": cut} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r, err := Run(context.Background(), Config{Coder: coder, Workers: 1, Store: true, TempDir: t.TempDir()}, dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Failures) != 1 || r.Failures[0].Input != filepath.Join(dir, "cut.html")+":3" {
		t.Fatalf("failures %q, want the cut page", r.Failures)
	}
	for _, s := range r.Stages {
		want := 1
		if s.Name == StageExtract {
			want = 2 // read, and found cut
		}
		if s.Articles != want {
			t.Errorf("%s: %d articles, want %d", s.Name, s.Articles, want)
		}
	}
}
