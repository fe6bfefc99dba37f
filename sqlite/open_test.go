package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
)

// TestOpenConcurrent opens new stores from several connections at once,
// as a store being created by dyad ingest while a reader polls it: each
// Open sets up the file and migrates it, and two of them switching a new
// file to WAL at once made one fail with SQLITE_BUSY (no busy timeout
// applies there) before Open retried.
func TestOpenConcurrent(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	const stores, openers = 6, 4
	for s := range stores {
		path := filepath.Join(dir, fmt.Sprintf("s%d.db", s))
		var wg sync.WaitGroup
		errs := make([]error, openers)
		versions := make([]int, openers)
		start := make(chan struct{})
		for o := range openers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				db, err := Open(path)
				if err != nil {
					errs[o] = err
					return
				}
				defer db.Close()
				versions[o], errs[o] = db.Version(ctx)
			}()
		}
		close(start)
		wg.Wait()
		for o := range openers {
			if errs[o] != nil || versions[o] != SchemaVersion {
				t.Errorf("%s opener %d: version %d, %v", path, o, versions[o], errs[o])
			}
		}
	}
}

// TestIsBusy tells SQLite's "database is locked" from other errors.
func TestIsBusy(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "busy.db")
	a, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	a.SetMaxOpenConns(1)
	if _, err := a.Exec("CREATE TABLE t (x)"); err != nil {
		t.Fatal(err)
	}
	conn, err := a.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN EXCLUSIVE"); err != nil {
		t.Fatal(err)
	}
	b, err := sql.Open("sqlite", path) // no busy timeout: fails at once
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	_, busy := b.Exec("INSERT INTO t VALUES (1)")
	if _, err := conn.ExecContext(ctx, "ROLLBACK"); err != nil {
		t.Fatal(err)
	}
	_, other := b.Exec("SELECT * FROM nosuchtable")
	for _, c := range []struct {
		err  error
		want bool
	}{
		{busy, true},
		{fmt.Errorf("open x: %w", busy), true},
		{other, false},
		{errors.New("database is locked"), false},
		{nil, false},
	} {
		if got := isBusy(c.err); got != c.want {
			t.Errorf("isBusy(%v) = %v, want %v", c.err, got, c.want)
		}
	}
}

// TestOpenReadOnlyVersion: a store of another schema version is refused
// with a message saying what to do, and left at its version.
func TestOpenReadOnlyVersion(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		version int
		want    string
	}{
		{0, "open %s: no dyad store (schema version 0: empty or not written by dyad)"},
		{1, "open %s: store has schema version 1, this dyad needs 8: stop any older dyad writing to it, then run `dyad ingest --db %[1]s` (with no inputs) to migrate"},
		{2, "open %s: store has schema version 2, this dyad needs 8: stop any older dyad writing to it, then run `dyad ingest --db %[1]s` (with no inputs) to migrate"},
		{3, "open %s: store has schema version 3, this dyad needs 8: stop any older dyad writing to it, then run `dyad ingest --db %[1]s` (with no inputs) to migrate"},
		{4, "open %s: store has schema version 4, this dyad needs 8: stop any older dyad writing to it, then run `dyad ingest --db %[1]s` (with no inputs) to migrate"},
		{5, "open %s: store has schema version 5, this dyad needs 8: stop any older dyad writing to it, then run `dyad ingest --db %[1]s` (with no inputs) to migrate"},
		{99, "open %s: store has schema version 99, newer than this dyad's 8: use a newer dyad"},
	} {
		path := filepath.Join(dir, fmt.Sprintf("v%d.db", c.version))
		raw, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		qs := append([]string{}, migrations[:min(c.version, len(migrations))]...)
		qs = append(qs, fmt.Sprintf("PRAGMA user_version = %d", c.version), "CREATE TABLE IF NOT EXISTS x (y)")
		for _, q := range qs {
			if _, err := raw.Exec(q); err != nil {
				t.Fatal(err)
			}
		}
		db, err := OpenReadOnly(path)
		if want := fmt.Sprintf(c.want, path); err == nil || err.Error() != want {
			t.Errorf("v%d: %v\nwant %s", c.version, err, want)
		}
		if err == nil {
			db.Close()
		}
		var v int
		if err := raw.QueryRow("PRAGMA user_version").Scan(&v); err != nil || v != c.version {
			t.Errorf("v%d: version %d after OpenReadOnly, %v", c.version, v, err)
		}
		raw.Close()
	}
}
