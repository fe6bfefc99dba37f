package queue_test

// Tests that a worker told to stop while it codes a long article stops
// within it and hands the article back to the queue.

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/queue"
	"github.com/dyad-events/dyad/sqlite"
)

// stoppingCoder is fakeCoder as a ContextCoder that, on an article whose
// first paragraph holds "LONG", calls stop and then codes it for 8 s, as
// a Ctrl-C coming while a huge article is coded: Code to its end,
// CodeContext checking ctx every 10 ms.
type stoppingCoder struct {
	fakeCoder
	stop context.CancelFunc
}

const longCoding = 8 * time.Second

func (c stoppingCoder) Code(a *dyad.Article) []dyad.Event {
	if strings.Contains(a.Body[0], "LONG") {
		c.stop()
		time.Sleep(longCoding)
	}
	return c.fakeCoder.Code(a)
}

func (c stoppingCoder) CodeContext(ctx context.Context, a *dyad.Article) ([]dyad.Event, error) {
	if !strings.Contains(a.Body[0], "LONG") {
		return c.fakeCoder.Code(a), nil
	}
	c.stop()
	for end := time.Now().Add(longCoding); time.Now().Before(end); time.Sleep(10 * time.Millisecond) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	return c.fakeCoder.Code(a), nil
}

// TestWorkStopsWhileCoding: a worker stopped (its context done) while a
// ContextCoder codes a long article returns at once, not at the end of
// the article: the article coded before it in the batch is stored and
// acked, the long one and the one after it, not coded, go back to the
// queue, and the next worker stores them. The worker used to code the
// batch to its end (Code alone, 8 s here) before it stopped.
func TestWorkStopsWhileCoding(t *testing.T) {
	ns := startNATS(t)
	nc, js := connect(t, ns)
	ctx := context.Background()
	body := func(s string) []string { return []string{s} }
	as := []*dyad.Article{
		{ID: "s1", Published: "2024-03-04", Body: body("Officials of Peru met envoys in Lima.")},
		{ID: "long", Published: "2024-03-04", Body: body("LONG report: officials of Chile met envoys in Arica.")},
		{ID: "s2", Published: "2024-03-04", Body: body("Officials of Ghana met envoys in Accra.")},
	}
	if _, err := queue.Publish(ctx, nc, seq(as)); err != nil {
		t.Fatal(err)
	}
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "events.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	start := time.Now()
	stats, err := queue.Work(wctx, js, queue.Config{Store: db, Coder: stoppingCoder{stop: cancel}, Concurrency: 1, Batch: 4,
		Poll: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took > 4*time.Second {
		t.Errorf("Work returned %v after it started, want at once after the stop (within the long article)", took)
	}
	if stats.Stored != 1 {
		t.Errorf("stats %+v, want 1 stored (the article coded before the stop)", stats)
	}
	stats = workOff(t, js, queue.Config{Store: db, Coder: fakeCoder{}, Concurrency: 1, Batch: 4, Poll: 100 * time.Millisecond})
	c, _ := db.Counts(ctx)
	if stats.Stored != 2 || c.Articles != 3 {
		t.Errorf("next worker: stats %+v, %d articles stored; want 2 stored, 3 in all", stats, c.Articles)
	}
}
