package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
)

// slowCoder is fakeCoder taking its time over the articles of one source.
type slowCoder struct {
	source string
	delay  time.Duration
}

func (c slowCoder) Code(a *dyad.Article) []dyad.Event {
	if a.Source == c.source {
		time.Sleep(c.delay)
	}
	return fakeCoder{}.Code(a)
}

// TestSameTextTwoReports: one text sent by two agencies on two dates, with
// no URL, is two articles, both stored, the later input joining the
// earlier's near-duplicate group; the same every run, however long the
// earlier input takes to code. An identical copy of a file is skipped,
// the earlier file kept.
func TestSameTextTwoReports(t *testing.T) {
	body := "Japan and Australia signed a fisheries accord in Canberra after two days of talks.\n"
	read := func(name string, data []byte, url string) ([]*dyad.Article, error) {
		return article.Read(name, data, article.Options{URL: url})
	}
	for run := range 3 {
		dir := t.TempDir()
		a := filepath.Join(dir, "a.txt")
		b := filepath.Join(dir, "b.txt")
		c := filepath.Join(dir, "c.txt")
		write(t, a, "SOURCE: AP\nDATE: 2024-03-06\n\n"+body)
		write(t, b, "SOURCE: AFP\nDATE: 2024-05-20\n\n"+body)
		write(t, c, "SOURCE: AFP\nDATE: 2024-05-20\n\n"+body)
		db := openDB(t, filepath.Join(dir, "x.db"))
		cfg := Config{DB: db, Coder: slowCoder{"AP", 150 * time.Millisecond}, Read: read, Workers: 3}
		sum, err := Run(context.Background(), cfg, []string{a, b, c})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Read != 3 || sum.Added != 2 || sum.Skipped != 1 || sum.NearDuplicates != 1 || len(sum.Failures) != 0 {
			t.Fatalf("run %d: %+v, want 3 read, 2 added (1 near-duplicate), 1 skipped", run, sum)
		}
		arts, err := article.Read(a, []byte("SOURCE: AP\nDATE: 2024-03-06\n\n"+body), article.Options{})
		if err != nil {
			t.Fatal(err)
		}
		first := arts[0].ID
		var got []string
		for _, in := range []string{a, b} {
			data := map[string]string{a: "SOURCE: AP\nDATE: 2024-03-06\n\n", b: "SOURCE: AFP\nDATE: 2024-05-20\n\n"}[in] + body
			arts, _ := article.Read(in, []byte(data), article.Options{})
			sa, err := db.Article(context.Background(), arts[0].ID)
			if err != nil {
				t.Fatalf("run %d: %s not stored: %v", run, filepath.Base(in), err)
			}
			got = append(got, filepath.Base(sa.Input)+" "+sa.Source+" "+sa.Published+" group="+map[bool]string{true: "a", false: "other"}[sa.DupGroup == first])
		}
		if want := "a.txt AP 2024-03-06 group=a|b.txt AFP 2024-05-20 group=a"; strings.Join(got, "|") != want {
			t.Errorf("run %d: stored %s\nwant %s", run, strings.Join(got, "|"), want)
		}
	}
}

// TestWARCDate: a WARC page that gives no publication date is dated by
// its record's WARC-Date (PublishedFrom "warc"), so that its events are
// not undated; a page's own date wins.
func TestWARCDate(t *testing.T) {
	dir := t.TempDir()
	var data []byte
	data = append(data, warcRecord("https://example.org/undated", "<html><p>Kenya thanked Japan for flood relief.</p></html>")...)
	data = append(data, warcRecord("https://example.org/dated", "<html><p>DATE: 2024-03-01</p><p>Chile thanked France for flood relief.</p></html>")...)
	path := filepath.Join(dir, "crawl.warc.gz")
	write(t, path, string(data))
	db := openDB(t, filepath.Join(dir, "x.db"))
	sum, err := Run(context.Background(), Config{DB: db, Coder: fakeCoder{}, Read: fakeRead}, []string{path})
	if err != nil || sum.Added != 2 || len(sum.Failures) != 0 {
		t.Fatalf("summary %+v, err %v", sum, err)
	}
	for url, want := range map[string]string{
		"https://example.org/undated": "2024-03-06T00:00:00Z warc",
		"https://example.org/dated":   "2024-03-01 ",
	} {
		sa, err := db.Article(context.Background(), dyad.ArticleID(url, ""))
		if err != nil {
			t.Fatal(err)
		}
		if got := sa.Published + " " + sa.PublishedFrom; got != want {
			t.Errorf("%s: published %q, want %q", url, got, want)
		}
	}
}

// TestFailuresInInputOrder: failures are listed in the order of the
// inputs (and of the lines within one), not as the workers finish: the
// first input, read slowest, is still the first failure.
func TestFailuresInInputOrder(t *testing.T) {
	dir := t.TempDir()
	var srcs []string
	for i, name := range []string{"a.txt", "b.txt", "c.txt"} {
		p := filepath.Join(dir, name)
		write(t, p, strings.Repeat("x", 3-i))
		srcs = append(srcs, p)
	}
	lines := filepath.Join(dir, "d.jsonl")
	write(t, lines, "x\n")
	srcs = append(srcs, filepath.Join(dir, "missing.txt"), lines)
	read := func(name string, data []byte, url string) ([]*dyad.Article, error) {
		time.Sleep(time.Duration(len(data)) * 40 * time.Millisecond)
		return nil, errors.New("unreadable")
	}
	stream := func(name string, r io.Reader, fn func(*dyad.Article) error, bad func(error)) error {
		bad(errors.New(name + ":2: bad JSON"))
		bad(errors.New(name + ":1: bad JSON"))
		return nil
	}
	db := openDB(t, filepath.Join(dir, "x.db"))
	sum, err := Run(context.Background(), Config{DB: db, Coder: fakeCoder{}, Read: read, Stream: stream, Workers: 4}, srcs)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range sum.Failures {
		got = append(got, filepath.Base(f.Input)+" "+f.Err)
	}
	// a reader's "FILE:LINE: …" is the failure of that line, listed in
	// line order (ingest.NewFailure)
	want := "[a.txt unreadable b.txt unreadable c.txt unreadable missing.txt no such file or directory d.jsonl:1 bad JSON d.jsonl:2 bad JSON]"
	if fmt.Sprint(got) != want {
		t.Errorf("failures\n%v\nwant\n%s", got, want)
	}
}
