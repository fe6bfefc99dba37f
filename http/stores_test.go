package http

import (
	"context"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/pgtest"
	"github.com/dyad-events/dyad/postgres"
	"github.com/dyad-events/dyad/sqlite"
	"github.com/dyad-events/dyad/store"
)

// eachStore saves a with evs (as given, not coded) in a fresh SQLite file
// and, when DYAD_TEST_POSTGRES names a server, a fresh PostgreSQL schema,
// and calls fn in a subtest per store ("sqlite", "postgres") with a server
// on it, as dyad serve opens it (read-only).
func eachStore(t *testing.T, a *dyad.Article, evs []dyad.Event, fn func(t *testing.T, srv *httptest.Server)) {
	ctx := context.Background()
	t.Run("sqlite", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "serve.db")
		serveSaved(t, a, evs, fn,
			func() (store.Store, error) { return sqlite.Open(path) },
			func() (readStore, error) { return sqlite.OpenReadOnly(path) })
	})
	t.Run("postgres", func(t *testing.T) {
		dsn := pgtest.DSN(t)
		serveSaved(t, a, evs, fn,
			func() (store.Store, error) { return postgres.Open(ctx, dsn) },
			func() (readStore, error) { return postgres.OpenReadOnly(ctx, dsn) })
	})
}

// readStore is a store opened read-only, as dyad serve opens it.
type readStore interface {
	Store
	Close() error
}

// serveSaved saves a with evs in the store open returns and closes it,
// then calls fn with a server on the same store reopened by openRead.
// Any error opening or saving fails the test.
func serveSaved(t *testing.T, a *dyad.Article, evs []dyad.Event, fn func(t *testing.T, srv *httptest.Server),
	open func() (store.Store, error), openRead func() (readStore, error)) {
	t.Helper()
	db, err := open()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveArticle(context.Background(), a, evs); err != nil {
		t.Fatal(err)
	}
	db.Close()
	rdb, err := openRead()
	if err != nil {
		t.Fatal(err)
	}
	defer rdb.Close()
	srv := httptest.NewServer(New(rdb))
	defer srv.Close()
	fn(t, srv)
}
