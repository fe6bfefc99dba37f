package sqlite

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
	"time"
)

// TestSaveBatchCancelled: a save cancelled midway (Ctrl-C during dyad
// ingest; here at the save's 500th check of its context) stops at its next
// statement, well within a second, and rolls its
// transaction back: the batches committed before it stay whole, nothing of
// the cancelled one is stored, and the store takes that batch again.
func TestSaveBatchCancelled(t *testing.T) {
	db := openTemp(t)
	db.MaxDistance = 0
	items := func(from, n int) []Item {
		var out []Item
		for i := from; i < from+n; i++ {
			var body []string
			for p := range 12 {
				body = append(body, fmt.Sprintf("Officials of province %d met envoys of district %d on day %d of the round-table.", i, p, i+p))
			}
			a := newArticle(fmt.Sprintf("https://example.org/story/%d", i), "Example Wire", "2024-03-04", body)
			out = append(out, Item{Article: a, Events: fakeCode(a)})
		}
		return out
	}
	ctx := context.Background()
	if _, err := db.SaveBatch(ctx, items(0, 50)); err != nil {
		t.Fatal(err)
	}
	before, err := db.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	big := items(50, 3000)
	// cancelled at its 500th check of the context, midway whatever the
	// machine's speed (a timer could fire after an idle machine's save)
	cctx, cancel := context.WithCancel(ctx)
	mid := &cancelAtCtx{Context: cctx, cancel: cancel, k: 500}
	_, saveErr := db.SaveBatch(mid, big)
	cancel()
	cancelled, ok := mid.cancelled()
	if !ok {
		t.Fatalf("SaveBatch of %d articles ended (%v) before its 500th check of the context: no save to cancel midway", len(big), saveErr)
	}
	if took := time.Since(cancelled); took > 2*time.Second {
		t.Errorf("SaveBatch returned %v after its context was cancelled, want well within a second", took)
	}
	if !errors.Is(saveErr, context.Canceled) {
		t.Fatalf("cancelled save: %v, want context.Canceled", saveErr)
	}
	after, err := db.Counts(ctx)
	if err != nil || after != before {
		t.Errorf("counts after the cancelled save %+v (%v), want %+v as before it", after, err, before)
	}
	if has, err := db.HasArticle(ctx, big[0].Article.ID); err != nil || has {
		t.Errorf("an article of the cancelled save is stored (%v)", err)
	}
	if s, err := db.IntegrityCheck(ctx); err != nil || s != "ok" {
		t.Errorf("integrity check %q, %v", s, err)
	}
	res, err := db.SaveBatch(ctx, big[:20])
	if err != nil || len(res) != 20 || !res[0].Added {
		t.Errorf("saving again after the cancelled save: %v", err)
	}
}

// cancelAtCtx is a context cancelled during its k-th Err call, that call
// already seeing it cancelled: a Ctrl-C landing midway through a save.
type cancelAtCtx struct {
	context.Context
	cancel context.CancelFunc
	calls  atomic.Int64
	k      int64
	at     atomic.Int64 // UnixNano of the cancel, 0 before
}

func (c *cancelAtCtx) Err() error {
	if c.calls.Add(1) == c.k {
		c.at.Store(time.Now().UnixNano())
		c.cancel()
	}
	return c.Context.Err()
}

// cancelled returns when c was cancelled by its k-th check, false if never.
func (c *cancelAtCtx) cancelled() (time.Time, bool) {
	n := c.at.Load()
	return time.Unix(0, n), n != 0
}

// raceCtx is a context cancelled during its k-th Err call, just after
// that call found it not yet cancelled: it returns nil, and by then
// database/sql has rolled back the transaction begun with it. SaveBatch
// then runs a statement in a transaction that is gone, as when Ctrl-C
// lands between its check and the statement.
// Err is called from database/sql's own goroutines too (a Rows' watcher),
// so the count is atomic.
type raceCtx struct {
	context.Context
	cancel context.CancelFunc
	calls  atomic.Int64
	k      int64
}

func (c *raceCtx) Err() error {
	err := c.Context.Err()
	if c.calls.Add(1) == c.k {
		c.cancel()
		time.Sleep(20 * time.Millisecond) // (database/sql's rollback on Done)
	}
	return err
}

// TestSaveBatchCancelledUnderStatement: a save whose context is cancelled
// between a check and the statement after it reports context.Canceled,
// not the rolled-back transaction's "sql: transaction has already been
// committed or rolled back" (TestSaveBatchCancelled failed so, now and
// then, under load), and stores nothing; wherever the cancel lands.
func TestSaveBatchCancelledUnderStatement(t *testing.T) {
	db := openTemp(t)
	for k := 1; ; k++ {
		var items []Item // three: each statement runs again, prepared
		for i := range 3 {
			a := newArticle(fmt.Sprintf("https://example.org/story/%d-%d", k, i), "Example Wire", "2024-03-04",
				[]string{fmt.Sprintf("Officials of Kenya met envoys of Chile on day %d of round %d.", i, k)})
			items = append(items, Item{Article: a, Events: fakeCode(a)})
		}
		cctx, cancel := context.WithCancel(context.Background())
		ctx := &raceCtx{Context: cctx, cancel: cancel, k: int64(k)}
		_, err := db.SaveBatch(ctx, items)
		cancel()
		if ctx.calls.Load() < int64(k) {
			break // saved before the k-th check
		}
		if !errors.Is(err, context.Canceled) {
			t.Errorf("cancelled at check %d: %v, want context.Canceled", k, err)
		}
		for _, it := range items {
			if has, err := db.HasArticle(context.Background(), it.Article.ID); err != nil || has {
				t.Errorf("cancelled at check %d: an article is stored (%v)", k, err)
			}
		}
	}
}
