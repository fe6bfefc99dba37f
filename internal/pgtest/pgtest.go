// Package pgtest gives tests a private, empty PostgreSQL schema on the
// server named by the DYAD_TEST_POSTGRES environment variable (a postgres://
// URL), or skips them with a message saying how to run them.
//
// .ci/run starts a throwaway server for them. By hand, with the server's
// binaries in BIN (the server refuses to run as root, hence runuser):
//
//	dir=$(mktemp -d) && chown postgres "$dir"
//	runuser -u postgres -- $BIN/initdb -D "$dir/data" -A trust -U dyad
//	runuser -u postgres -- $BIN/pg_ctl -D "$dir/data" -l "$dir/log" -w start \
//		-o "-p 55432 -k $dir -c listen_addresses=127.0.0.1 -c fsync=off"
//	export DYAD_TEST_POSTGRES='postgres://dyad@127.0.0.1:55432/postgres?sslmode=disable'
//	go test ./postgres ./store ./queue ./http ./cmd/dyad
//	runuser -u postgres -- $BIN/pg_ctl -D "$dir/data" -m fast stop
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
)

// Env is the environment variable holding the test server's URL.
const Env = "DYAD_TEST_POSTGRES"

// DSN creates a fresh schema on the test server and returns a URL whose
// connections use it (search_path), dropping the schema when the test ends.
// It skips the test when Env is unset and fails it when the server cannot
// be reached.
func DSN(t testing.TB) string {
	t.Helper()
	base := os.Getenv(Env)
	if base == "" {
		t.Skip(Env + " is unset: set it to a postgres:// URL of a scratch server to run the PostgreSQL tests (.ci/run does)")
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("%s=%s: %v", Env, base, err)
	}
	defer conn.Close(ctx)
	b := make([]byte, 6)
	rand.Read(b)
	schema := "dyad_test_" + hex.EncodeToString(b)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema %s: %v", schema, err)
	}
	t.Cleanup(func() {
		c, err := pgx.Connect(context.Background(), base)
		if err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
			return
		}
		defer c.Close(context.Background())
		if _, err := c.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s: %v", Env, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
