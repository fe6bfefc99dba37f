package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/pgtest"
	"github.com/dyad-events/dyad/postgres"
	"github.com/dyad-events/dyad/sqlite"
)

func TestOpen(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := db.(*sqlite.DB); !ok {
		t.Errorf("file path opened %T, want *sqlite.DB", db)
	}
	db.Close()
	for _, tc := range []struct{ dsn, want string }{
		{"", "empty --db"},
		{"postgres://u:pw@127.0.0.1:1/x?connect_timeout=2", "postgres://u:xxxxx@127.0.0.1:1/x"},
		{filepath.Join(t.TempDir(), "missing-dir", "x.db"), "missing-dir"},
	} {
		if _, err := Open(ctx, tc.dsn); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Open(%q): %v, want an error naming %q", tc.dsn, err, tc.want)
		}
	}
}

func TestOpenPostgres(t *testing.T) {
	dsn := pgtest.DSN(t)
	db, err := Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, ok := db.(*postgres.DB); !ok {
		t.Errorf("%s opened %T, want *postgres.DB", dsn, db)
	}
	if c, err := db.Counts(context.Background()); err != nil || c != (Counts{}) {
		t.Errorf("fresh store counts %+v, %v", c, err)
	}
}
