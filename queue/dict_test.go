package queue_test

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/queue"
	"github.com/dyad-events/dyad/sqlite"
)

// lockedBuffer is a bytes.Buffer safe for the worker's loops.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestWorkStoredWithAnotherDict: queued articles found stored already,
// their events coded with other dictionaries than the worker's --dict,
// keep their events and are logged once per batch with a count, the
// first named; one such article is named alone; articles stored with the
// worker's own dictionaries are not logged.
func TestWorkStoredWithAnotherDict(t *testing.T) {
	const d1, d2 = "one/ sha256:1a2b3c4d5e6f", "two/ sha256:0f9e8d7c6b5a"
	for _, tc := range []struct {
		name   string
		stored []string // the --dict each queued article was stored with
		want   string
	}{
		{"three with another dict", []string{d1, d1, d1},
			"3 queued articles stored already (the first q00), their events coded with --dict " + d1 +
				": this worker's --dict " + d2 + " is not applied to them (to code them with these dictionaries, queue them for a new store)\n"},
		{"one with none", []string{""},
			"queued article q00 stored already, its events coded with no --dict: this worker's --dict " + d2 +
				" is not applied to it (to code it with these dictionaries, queue it for a new store)\n"},
		{"the worker's own", []string{d2, d2}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ns := startNATS(t)
			nc, js := connect(t, ns)
			ctx := context.Background()
			db, err := sqlite.Open(filepath.Join(t.TempDir(), "events.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			var as []*dyad.Article
			for i, dict := range tc.stored {
				a := &dyad.Article{ID: fmt.Sprintf("q%02d", i), Source: "Outlet", Published: "2024-03-04",
					Body: []string{fmt.Sprintf("Envoys of Chile met envoys of Peru in room %d.", i)}}
				stored := *a
				stored.Dict = dict
				if _, err := db.SaveArticle(ctx, &stored, fakeCoder{}.Code(&stored)); err != nil {
					t.Fatal(err)
				}
				as = append(as, a)
			}
			if _, err := queue.Publish(ctx, nc, seq(as)); err != nil {
				t.Fatal(err)
			}
			var log lockedBuffer
			cfg := queue.Config{Store: db, Coder: fakeCoder{}, Concurrency: 1, Batch: 8,
				Poll: 100 * time.Millisecond, Log: &log, Dict: d2}
			if st := workOff(t, js, cfg); st.Skipped != int64(len(as)) || st.Stored != 0 {
				t.Errorf("stats %+v, want all %d skipped as stored already", st, len(as))
			}
			if got := log.String(); got != tc.want {
				t.Errorf("log %q\nwant %q", got, tc.want)
			}
		})
	}
}
