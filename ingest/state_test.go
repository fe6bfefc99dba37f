package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/sqlite"
)

// batchDB records the size of each batch it is given and signals each.
type batchDB struct {
	mu    sync.Mutex
	sizes []int
	saved chan int
}

func (*batchDB) Path() string                                     { return "" }
func (*batchDB) HasArticle(context.Context, string) (bool, error) { return false, nil }
func (db *batchDB) SaveBatch(_ context.Context, items []sqlite.Item) ([]sqlite.Result, error) {
	db.mu.Lock()
	db.sizes = append(db.sizes, len(items))
	db.mu.Unlock()
	if db.saved != nil {
		db.saved <- len(items)
	}
	res := make([]sqlite.Result, len(items))
	for i := range res {
		res[i].Added = true
	}
	return res, nil
}

func items(n int) []sqlite.Item {
	out := make([]sqlite.Item, n)
	for i := range out {
		out[i] = sqlite.Item{Article: &dyad.Article{ID: fmt.Sprint(i)}}
	}
	return out
}

// TestWriteBatches checks that the writer fills batches from a queue
// that is briefly dry (as the coders' queue is between two articles)
// instead of storing each article alone.
func TestWriteBatches(t *testing.T) {
	for _, tc := range []struct {
		n, batch int
		want     string
	}{
		{10, 4, "[4 4 2]"},
		{3, 64, "[3]"},
		{128, 64, "[64 64]"},
		{0, 64, "[]"},
	} {
		db := &batchDB{}
		ch := make(chan sqlite.Item)
		go func() {
			for _, it := range items(tc.n) {
				time.Sleep(time.Millisecond / 10) // the queue runs dry
				ch <- it
			}
			close(ch)
		}()
		st := &state{}
		if err := st.write(context.Background(), db, ch, tc.batch, time.Hour); err != nil {
			t.Fatal(err)
		}
		if got := fmt.Sprint(append([]int{}, db.sizes...)); got != tc.want {
			t.Errorf("%d items in batches of %d: stored %s, want %s", tc.n, tc.batch, got, tc.want)
		}
		if sum := st.summary(); sum.Added != tc.n {
			t.Errorf("%d items: summary %+v", tc.n, sum)
		}
	}
}

// TestWriteWait checks that a partial batch is stored once it has waited
// MaxWait, while its queue is still open.
func TestWriteWait(t *testing.T) {
	db := &batchDB{saved: make(chan int, 4)}
	ch := make(chan sqlite.Item)
	done := make(chan error)
	go func() { done <- (&state{}).write(context.Background(), db, ch, 64, 20*time.Millisecond) }()
	its := items(3)
	ch <- its[0]
	ch <- its[1]
	select {
	case n := <-db.saved:
		if n != 2 {
			t.Errorf("first batch of %d articles, want 2", n)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("a partial batch was not stored while the queue stayed open")
	}
	ch <- its[2]
	close(ch)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(db.sizes); got != "[2 1]" {
		t.Errorf("batches %s, want [2 1]", got)
	}
}

// TestNewFailure: every failure takes one shape, the input (with the line
// or record of a failure of one) and what failed, never the input twice.
func TestNewFailure(t *testing.T) {
	_, statErr := os.Stat("no-such.txt")
	for _, c := range []struct {
		input string
		err   error
		want  Failure
	}{
		{"a.jsonl", errors.New("a.jsonl:12: bad JSON: unexpected EOF"), Failure{"a.jsonl:12", "bad JSON: unexpected EOF"}},
		{"c.warc", errors.New("c.warc:record 3: no HTTP response"), Failure{"c.warc:record 3", "no HTTP response"}},
		{"story.txt", errors.New("story.txt:4: invalid UTF-8 (byte 0xE7 at column 30)"), Failure{"story.txt:4", "invalid UTF-8 (byte 0xE7 at column 30)"}},
		{"empty.txt", errors.New("empty.txt: empty input"), Failure{"empty.txt", "empty input"}},
		{"no-such.txt", statErr, Failure{"no-such.txt", "no such file or directory"}},
		{"gone", fmt.Errorf("symbolic link: %w", statErr), Failure{"gone", "symbolic link: stat no-such.txt: no such file or directory"}},
		{"a.jsonl:2", errors.New("article id a1 is stored already with a different text"), Failure{"a.jsonl:2", "article id a1 is stored already with a different text"}},
		{"a.txt", errors.New("a.txt2: not this input"), Failure{"a.txt", "a.txt2: not this input"}},
	} {
		if got := NewFailure(c.input, c.err); got != c.want {
			t.Errorf("NewFailure(%q, %q) = %+v, want %+v", c.input, c.err, got, c.want)
		}
	}
	if got := (Failure{"a.jsonl:12", "bad JSON"}).String(); got != "a.jsonl:12: bad JSON" {
		t.Errorf("String %q", got)
	}
}

// TestFailureInputNameItem: a failure of a feed's item named "FILE item
// N" belongs to FILE, as "a.jsonl:12" belongs to a.jsonl.
func TestFailureInputNameItem(t *testing.T) {
	for in, want := range map[string]string{
		"feed.rss item 2":                  "feed.rss",
		"https://example.org/feed item 12": "https://example.org/feed",
		"a.jsonl:12":                       "a.jsonl",
		"c.warc:record 3":                  "c.warc",
		"notes.txt":                        "notes.txt",
	} {
		if got := (Failure{Input: in}).InputName(); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}

// TestStateForgetsFinishedInputs: an input read to its end, its articles
// all settled by the writer, is no longer held (a run over a million
// files holds the inputs in progress alone) and is never named
// unfinished; one whose worker was stopped, or with an article not
// settled, is.
func TestStateForgetsFinishedInputs(t *testing.T) {
	s := &state{}
	a, b, c := &dyad.Article{ID: "a"}, &dyad.Article{ID: "b"}, &dyad.Article{ID: "c"}
	s.begin(0, "one.txt")
	s.addRead(0)
	s.queue(0, []*dyad.Article{a})
	s.finish(0, true) // read whole; a not yet stored
	s.begin(1, "two.jsonl")
	s.addRead(1)
	s.addRead(1)
	s.queue(1, []*dyad.Article{b, c})
	s.writerDone(b, true)
	s.begin(2, "three.txt")
	s.finish(2, true)
	if len(s.begun) != 2 {
		t.Errorf("%d inputs held, want 2 (three.txt finished)", len(s.begun))
	}
	want := []Unfinished{{Input: "one.txt", Read: 1, ReadToEnd: true}, {Input: "two.jsonl", Read: 2, Stored: 1}}
	if got := s.unfinished(); !reflect.DeepEqual(got, want) {
		t.Errorf("unfinished %+v, want %+v", got, want)
	}
	s.writerDone(a, true)
	if _, ok := s.begun[0]; ok {
		t.Error("one.txt still held once its article was stored")
	}
}
