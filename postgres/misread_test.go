package postgres

import (
	"context"
	"strings"
	"testing"
)

// TestMisreadPassword: a DSN whose password holds an '@' or a '/' left
// unencoded is refused before any connection, its password masked
// whole, where pgx read part of it as the host or the database and its
// errors printed the rest ("lookup c@127.0.0.1: no such host", "database
// rd@127.0.0.1:1/db"; known leftover). A comma alone, or an encoded '@',
// is read as written and connects as before (here: refused, port 1).
func TestMisreadPassword(t *testing.T) {
	ctx := context.Background()
	for _, dsn := range []string{"postgres://bob:a,b@c@127.0.0.1:1/db", "postgres://bob:p@ss,w/rd@127.0.0.1:1/db"} {
		for _, open := range []func(context.Context, string) (*DB, error){Open, OpenReadOnly} {
			_, err := open(ctx, dsn)
			if err == nil || !strings.HasPrefix(err.Error(), "open postgres://bob:xxxxx@127.0.0.1:1/db: the password holds a character a URL must percent-encode") ||
				strings.Contains(err.Error(), "c@") || strings.Contains(err.Error(), "ss,w") || strings.Contains(err.Error(), "rd@") {
				t.Errorf("%s: %v; want the password refused, masked whole", dsn, err)
			}
		}
	}
	for _, dsn := range []string{"postgres://bob:se,cret@127.0.0.1:1/db", "postgres://bob:p%40ss@127.0.0.1:1/db"} {
		_, err := Open(ctx, dsn)
		if err == nil || !strings.HasPrefix(err.Error(), "open postgres://bob:xxxxx@127.0.0.1:1/db: failed to connect") || strings.Contains(err.Error(), "cret") {
			t.Errorf("%s: %v; want a connection refused, the password masked", dsn, err)
		}
	}
}
