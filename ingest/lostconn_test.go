package ingest

// A store lost while the workers look up articles (a PostgreSQL
// connection terminated mid-ingest).

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"path/filepath"
	"sync"
	"testing"

	"github.com/dyad-events/dyad/sqlite"
)

// sqlStateError is a driver error carrying a SQLSTATE, as pgconn.PgError.
type sqlStateError struct{ state, msg string }

func (e *sqlStateError) Error() string    { return e.msg + " (SQLSTATE " + e.state + ")" }
func (e *sqlStateError) SQLState() string { return e.state }

// lookupFaultDB is a store whose HasArticle fails with err from its
// after-th call on, as a store whose connection is lost mid-run.
type lookupFaultDB struct {
	*sqlite.DB
	after int
	err   error
	mu    sync.Mutex
	calls int
}

func (d *lookupFaultDB) HasArticle(ctx context.Context, id string) (bool, error) {
	d.mu.Lock()
	d.calls++
	n := d.calls
	d.mu.Unlock()
	if n >= d.after {
		return false, fmt.Errorf("postgres://x/db: %w", d.err)
	}
	return d.DB.HasArticle(ctx, id)
}

// TestLookupFaultStopsRun: a store fault met by a worker's look-up (is
// the article stored?) — a PostgreSQL connection terminated (SQLSTATE
// 57P01), one cut off (unexpected EOF, a reset) — stops the ingest at
// once with that error, as README says of a lost connection: no input is
// listed as failed, the summary says what was read and not stored and
// what was not read, and a run again on a sound store stores every
// article. Each article looked up after the loss was listed as a failure
// ("FATAL: terminating connection …") and the run went on. An error of
// the article alone (bad data) still fails that input only.
func TestLookupFaultStopsRun(t *testing.T) {
	const n = 40
	dir := t.TempDir()
	var srcs []string
	for i := range n {
		p := filepath.Join(dir, "in", fmt.Sprintf("s%03d.txt", i))
		write(t, p, story(i))
		srcs = append(srcs, p)
	}
	tests := []struct {
		name  string
		err   error
		fault bool
	}{
		{"connection terminated", &sqlStateError{"57P01", "FATAL: terminating connection due to administrator command"}, true},
		{"connection cut", &net.OpError{Op: "read", Net: "tcp", Err: errors.New("connection reset by peer")}, true},
		{"stream cut", io.ErrUnexpectedEOF, true},
		{"bad data", &sqlStateError{"22021", "invalid byte sequence for encoding"}, false},
	}
	for k, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := openDB(t, filepath.Join(dir, fmt.Sprintf("s%d.db", k)))
			faulty := &lookupFaultDB{DB: db, after: 11, err: tt.err}
			sum, err := Run(context.Background(), Config{DB: faulty, Coder: fakeCoder{}, Read: fakeRead, Workers: 3, Batch: 4}, srcs)
			if !tt.fault {
				if err != nil || len(sum.Failures) == 0 {
					t.Errorf("error %v, %d failures; want the run to go on, the articles failed", err, len(sum.Failures))
				}
				return
			}
			if err == nil || !errors.Is(err, tt.err) {
				t.Fatalf("error %v, want the store's %v", err, tt.err)
			}
			if len(sum.Failures) > 0 || sum.Stopped == "" {
				t.Errorf("failures %v, stopped %q; want none and the run stopped", sum.Failures, sum.Stopped)
			}
			if sum.Inputs+sum.Unread+sum.Refused != n || sum.Unread == 0 {
				t.Errorf("%d inputs read, %d unread, %d refused; want %d in all, some unread", sum.Inputs, sum.Unread, sum.Refused, n)
			}
			if sum.Added+sum.NotStored != sum.Read {
				t.Errorf("%d read, %d added, %d not stored: counts disagree", sum.Read, sum.Added, sum.NotStored)
			}
			again, err := Run(context.Background(), Config{DB: db, Coder: fakeCoder{}, Read: fakeRead, Workers: 3, Batch: 4}, srcs)
			if err != nil || len(again.Failures) > 0 || again.Added+again.Skipped != n || again.Skipped != sum.Added {
				t.Errorf("run again: added %d, skipped %d, %v, failures %v; want the %d not stored added", again.Added, again.Skipped, err, again.Failures, n-sum.Added)
			}
		})
	}
}
