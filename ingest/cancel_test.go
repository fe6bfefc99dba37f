package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/sqlite"
)

// pausingCoder is fakeCoder as a ContextCoder that, on the article whose
// body holds long, codes paragraph by paragraph checking ctx, and at its
// paragraph at calls cancel: a Ctrl-C arriving while a huge article is
// coded. Before cancelling it waits until stored (up to 30 s) have been
// stored, so that the test can tell what was stored before the stop.
type pausingCoder struct {
	fakeCoder
	long   string
	at     int
	cancel context.CancelFunc
	stored func() int
	want   int
	paras  *int // paragraphs of long coded
}

func (c pausingCoder) CodeContext(ctx context.Context, a *dyad.Article) ([]dyad.Event, error) {
	if len(a.Body) == 0 || !strings.Contains(a.Body[0], c.long) {
		return c.Code(a), ctx.Err()
	}
	for i := range a.Body {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		*c.paras = i + 1
		if i == c.at {
			for end := time.Now().Add(30 * time.Second); c.stored() < c.want && time.Now().Before(end); {
				time.Sleep(5 * time.Millisecond)
			}
			c.cancel()
		}
	}
	return c.Code(a), nil
}

// TestRunStopsWhileCoding: a run cancelled while a long article is coded
// by a ContextCoder stops at the coder's next check, not after the whole
// article: Run returns context.Canceled, the long article is not stored
// (counted as read and not stored), the later input is never read, and the
// articles stored before the stop stay stored.
func TestRunStopsWhileCoding(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "in", "a.txt"), story(0))
	write(t, filepath.Join(dir, "in", "b.txt"), story(1))
	var long strings.Builder
	long.WriteString("DATE: 2024-03-09\n\nLONGREPORT begins: Japan and Chile opened talks.\n\n")
	for i := range 500 {
		fmt.Fprintf(&long, "Paragraph %d: Kenya and France discussed the port lease again.\n\n", i)
	}
	write(t, filepath.Join(dir, "in", "c.txt"), long.String())
	write(t, filepath.Join(dir, "in", "d.txt"), story(3))
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stored := storedCount(db)
	paras := 0
	coder := pausingCoder{long: "LONGREPORT", at: 10, cancel: cancel, stored: stored, want: 2, paras: &paras}
	cfg := Config{DB: db, Coder: coder, Read: fakeRead, Workers: 1, Batch: 1, MaxWait: time.Millisecond}
	sum, err := Run(ctx, cfg, []string{filepath.Join(dir, "in")})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run: err %v, want context.Canceled", err)
	}
	if paras != 11 {
		t.Errorf("coder coded %d paragraphs of the long article, want 11 (stopped at the check after the cancel)", paras)
	}
	if sum.Added != 2 || sum.Read != 3 || sum.NotStored != 1 || sum.Unread != 1 || len(sum.Failures) != 0 {
		t.Errorf("summary: added %d read %d not stored %d unread %d failures %v; want 2 3 1 1 none",
			sum.Added, sum.Read, sum.NotStored, sum.Unread, sum.Failures)
	}
	if sum.Stopped != context.Canceled.Error() {
		t.Errorf("Stopped %q", sum.Stopped)
	}
	if n := stored(); n != 2 {
		t.Errorf("%d articles stored, want the 2 read before the stop", n)
	}
	for _, name := range []string{"a.txt", "b.txt"} {
		arts, _ := fakeRead(filepath.Join(dir, "in", name), []byte(story(map[string]int{"a.txt": 0, "b.txt": 1}[name])), "")
		if has, err := db.HasArticle(context.Background(), arts[0].ID); err != nil || !has {
			t.Errorf("%s not stored after the stop (%v)", name, err)
		}
	}
}

// TestRunStopsInsideInput: a run stopped while a large JSON Lines input
// is read names it as partly read, not finished, with how many of its
// articles are stored (Summary.Unfinished); the input before it, read to
// its end, is not named, nor the one after it, never begun (Unread). It
// was counted among the inputs read alone, "0 of 1 input not read", as
// if finished.
func TestRunStopsInsideInput(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "in", "a.txt"), story(0))
	var big strings.Builder
	for i := 1; i <= 200; i++ {
		text := strings.SplitN(story(i), "\n\n", 2)[1]
		if i == 150 {
			text = "LONGREPORT begins: Japan and Chile opened talks.\n\nKenya and France discussed the port lease.\n\nThey met again."
		}
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprint("r", i), "date": "2024-03-09", "text": text})
		big.Write(append(line, '\n'))
	}
	write(t, filepath.Join(dir, "in", "b.jsonl"), big.String())
	write(t, filepath.Join(dir, "in", "c.txt"), story(300))
	cfg, db := jsonlConfig(t, dir)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stored := storedCount(db)
	// the long record, in the third batch of 64 the stream codes, stops
	// the run once a.txt and the first two batches are stored
	paras := 0
	cfg.Coder = pausingCoder{long: "LONGREPORT", at: 1, cancel: cancel, stored: stored, want: 129, paras: &paras}
	cfg.Batch, cfg.MaxWait = 1, time.Millisecond
	sum, err := Run(ctx, cfg, []string{filepath.Join(dir, "in")})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run: err %v, want context.Canceled", err)
	}
	want := []Unfinished{{Input: filepath.Join(dir, "in", "b.jsonl"), Read: 192, Stored: 128, ReadToEnd: false}}
	if !reflect.DeepEqual(sum.Unfinished, want) || sum.Inputs != 2 || sum.Unread != 1 || sum.Added != 129 || sum.NotStored != 64 {
		t.Errorf("unfinished %+v, inputs %d, unread %d, added %d, not stored %d\nwant %+v, 2, 1, 129, 64",
			sum.Unfinished, sum.Inputs, sum.Unread, sum.Added, sum.NotStored, want)
	}
	if n := stored(); n != 129 {
		t.Errorf("%d articles stored, want 129", n)
	}
	// run again, to its end: nothing unfinished
	cfg.Coder = fakeCoder{}
	sum, err = Run(context.Background(), cfg, []string{filepath.Join(dir, "in")})
	if err != nil || sum.Unfinished != nil || sum.Skipped != 129 || sum.Added != 73 {
		t.Errorf("run again: err %v, unfinished %+v, skipped %d, added %d; want none, 129, 73", err, sum.Unfinished, sum.Skipped, sum.Added)
	}
}

// waitingCoder codes as fakeCoder; on the article whose body holds long
// it first waits (up to 30 s) until the article whose body holds other
// has begun coding, then cancels the run: a Ctrl-C arriving while a
// later input, read whole, waits for its turn to be stored.
type waitingCoder struct {
	fakeCoder
	long, other string
	seen        chan struct{}
	cancel      context.CancelFunc
}

func (c waitingCoder) CodeContext(ctx context.Context, a *dyad.Article) ([]dyad.Event, error) {
	if len(a.Body) > 0 && strings.Contains(a.Body[0], c.other) {
		close(c.seen)
		return c.Code(a), nil
	}
	if len(a.Body) > 0 && strings.Contains(a.Body[0], c.long) {
		select {
		case <-c.seen:
		case <-time.After(30 * time.Second):
		}
		c.cancel()
		return nil, ctx.Err()
	}
	return c.Code(a), ctx.Err()
}

// TestRunStopsWhileWaitingTurn: a run stopped while an input read whole
// waits for its turn to be stored (the input before it is being coded)
// names both as read, not all stored (ReadToEnd), not as partly read:
// each was read to its end.
func TestRunStopsWhileWaitingTurn(t *testing.T) {
	dir := t.TempDir()
	a, c := filepath.Join(dir, "in", "a.txt"), filepath.Join(dir, "in", "c.txt")
	write(t, a, "DATE: 2024-03-09\n\nLONGREPORT: Japan and Chile opened talks.")
	write(t, c, "DATE: 2024-03-09\n\nOTHERREPORT: Kenya and France discussed the port lease.")
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	coder := waitingCoder{long: "LONGREPORT", other: "OTHERREPORT", seen: make(chan struct{}), cancel: cancel}
	cfg := Config{DB: db, Coder: coder, Read: fakeRead, Workers: 2, Batch: 1, MaxWait: time.Millisecond}
	sum, err := Run(ctx, cfg, []string{filepath.Join(dir, "in")})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run: err %v, want context.Canceled", err)
	}
	want := []Unfinished{{Input: a, Read: 1, Stored: 0, ReadToEnd: true}, {Input: c, Read: 1, Stored: 0, ReadToEnd: true}}
	if !reflect.DeepEqual(sum.Unfinished, want) || sum.Inputs != 2 || sum.Unread != 0 || sum.Added != 0 || sum.NotStored != 2 {
		t.Errorf("unfinished %+v, inputs %d, unread %d, added %d, not stored %d\nwant %+v, 2, 0, 0, 2",
			sum.Unfinished, sum.Inputs, sum.Unread, sum.Added, sum.NotStored, want)
	}
}

// TestRunStopsWhileFetching: a run stopped while a URL is fetched (a slow
// server) counts it not read and names it among the inputs not finished,
// nothing of it read; it was named nowhere.
func TestRunStopsWhileFetching(t *testing.T) {
	dir := t.TempDir()
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	fetch := func(ctx context.Context, url string) ([]byte, string, error) {
		cancel()
		<-ctx.Done()
		return nil, "", ctx.Err()
	}
	const u = "https://example.org/slow"
	cfg := Config{DB: db, Coder: fakeCoder{}, Read: fakeRead, Fetch: fetch, Workers: 1}
	sum, err := Run(ctx, cfg, []string{u})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run: err %v, want context.Canceled", err)
	}
	want := []Unfinished{{Input: u, Read: 0, Stored: 0, ReadToEnd: false}}
	if !reflect.DeepEqual(sum.Unfinished, want) || sum.Inputs != 0 || sum.Unread != 1 || len(sum.Failures) != 0 {
		t.Errorf("unfinished %+v, inputs %d, unread %d, failures %v\nwant %+v, 0, 1, none",
			sum.Unfinished, sum.Inputs, sum.Unread, sum.Failures, want)
	}
}

// storedCount returns a function counting db's articles (0 when the
// count fails), for a coder that waits until the store holds some.
func storedCount(db *sqlite.DB) func() int {
	return func() int {
		n, err := db.Counts(context.Background())
		if err != nil {
			return 0
		}
		return n.Articles
	}
}
