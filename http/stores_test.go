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
)

// eachStore saves a with evs (as given, not coded) in a fresh SQLite file
// and, when DYAD_TEST_POSTGRES names a server, a fresh PostgreSQL schema,
// and calls fn in a subtest per store ("sqlite", "postgres") with a server
// on it, as dyad serve opens it (read-only).
func eachStore(t *testing.T, a *dyad.Article, evs []dyad.Event, fn func(t *testing.T, srv *httptest.Server)) {
	ctx := context.Background()
	t.Run("sqlite", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "serve.db")
		db, err := sqlite.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.SaveArticle(ctx, a, evs); err != nil {
			t.Fatal(err)
		}
		db.Close()
		rdb, err := sqlite.OpenReadOnly(path)
		if err != nil {
			t.Fatal(err)
		}
		defer rdb.Close()
		srv := httptest.NewServer(New(rdb))
		defer srv.Close()
		fn(t, srv)
	})
	t.Run("postgres", func(t *testing.T) {
		dsn := pgtest.DSN(t)
		db, err := postgres.Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.SaveArticle(ctx, a, evs); err != nil {
			t.Fatal(err)
		}
		db.Close()
		rdb, err := postgres.OpenReadOnly(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer rdb.Close()
		srv := httptest.NewServer(New(rdb))
		defer srv.Close()
		fn(t, srv)
	})
}
