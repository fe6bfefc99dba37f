package ingest

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/sqlite"
)

// TestExplicitIDConflict: a JSON Lines record whose id is stored already
// with another text is a failure naming its file, line and id, not an
// article "already stored"; the same text again (white space aside) is
// already stored; two records of one file sharing an id with different
// texts fail the second. The stored article keeps its first text.
func TestExplicitIDConflict(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	cfg, db := jsonlConfig(t, dir)
	f1 := filepath.Join(dir, "f1.jsonl")
	write(t, f1, `{"id":"1","date":"2024-03-02","text":"North Korea fired two missiles on Friday."}
{"id":"2","date":"2024-03-02","text":"Seoul and Tokyo held talks."}
`)
	f2 := filepath.Join(dir, "f2.jsonl")
	write(t, f2, `{"id":"1","date":"2024-03-02","text":"Japan protested to China on Monday."}
{"id":"2","date":"2024-03-02","text":"Seoul  and Tokyo\n held talks."}
{"id":"3","date":"2024-03-03","text":"A third story."}
{"id":"3","date":"2024-03-03","text":"Another third story."}
`)
	runSummaries(t, cfg, []summaryCase{
		{f1, Summary{Inputs: 1, Read: 2, Added: 2}},
		{f2, Summary{Inputs: 1, Read: 4, Added: 1, Skipped: 1, Failures: []Failure{
			{Input: f2 + ":1", Err: "article id 1 is stored already with a different text"},
			{Input: f2 + ":4", Err: "article id 3 is stored already with a different text"},
		}}},
		{f1, Summary{Inputs: 1, Read: 2, Skipped: 2}},
	})
	for id, want := range map[string]string{"1": "North Korea fired two missiles on Friday.", "3": "A third story."} {
		a, err := db.Article(ctx, id)
		if err != nil || fmt.Sprint(a.Body) != "["+want+"]" {
			t.Errorf("article %s: %v, %v; want body [%s]", id, a, err, want)
		}
	}
}

// TestSummaryStoredFirst: a page whose URL is stored already as its
// feed's short summary is a failure that says so (one id a URL: the page
// is not stored), not an article silently "already stored"; the same
// summary again, or a page of like length, is already stored.
func TestSummaryStoredFirst(t *testing.T) {
	dir := t.TempDir()
	cfg, _ := jsonlConfig(t, dir)
	long := strings.Repeat("Officials in Seoul said talks with Tokyo would resume next week after a pause. ", 10)
	feed := filepath.Join(dir, "feed.jsonl")
	write(t, feed, `{"url":"https://example.org/a","date":"2024-03-02","text":"Seoul and Tokyo to resume talks."}
`)
	page := filepath.Join(dir, "page.jsonl")
	write(t, page, `{"url":"https://example.org/a","date":"2024-03-02","text":"`+long+`"}
`)
	runSummaries(t, cfg, []summaryCase{
		{feed, Summary{Inputs: 1, Read: 1, Added: 1}},
		{feed, Summary{Inputs: 1, Read: 1, Skipped: 1}},
		{page, Summary{Inputs: 1, Read: 1, Failures: []Failure{{Input: page + ":1",
			Err: "https://example.org/a is stored already with a shorter text (6 words, this copy 140; a feed's summary?): this copy is not stored; ingest pages before their feeds, or feeds with --follow"}}}},
	})
}

// summaryCase is an input to Run and the summary it must give (times and
// event counts aside).
type summaryCase struct {
	src  string
	want Summary
}

// runSummaries runs each case's input in turn and compares the summaries.
func runSummaries(t *testing.T, cfg Config, cases []summaryCase) {
	t.Helper()
	for _, c := range cases {
		sum, err := Run(context.Background(), cfg, []string{c.src})
		if err != nil {
			t.Fatal(err)
		}
		sum.Elapsed, sum.Events, sum.Mentions = 0, 0, 0
		if sum.Failures == nil {
			sum.Failures = []Failure{}
		}
		if c.want.Failures == nil {
			c.want.Failures = []Failure{}
		}
		if c.want.NotEnglish == nil {
			c.want.NotEnglish = []NotEnglish{}
		}
		if c.want.SkippedKinds == nil {
			c.want.SkippedKinds = map[string]int{}
		}
		if !reflect.DeepEqual(sum, c.want) {
			t.Errorf("%s: %+v\nwant %+v", filepath.Base(c.src), sum, c.want)
		}
	}
}

// jsonlConfig is a one-worker ingest of JSON Lines files into a new store
// x.db in dir, with the fake coder.
func jsonlConfig(t *testing.T, dir string) (Config, *sqlite.DB) {
	db := openDB(t, filepath.Join(dir, "x.db"))
	return Config{DB: db, Coder: fakeCoder{}, Read: fakeRead, Workers: 1,
		Stream: func(name string, r io.Reader, fn func(*dyad.Article) error, bad func(error)) error {
			return article.EachJSONL(name, r, article.Options{}, fn, bad)
		}}, db
}
