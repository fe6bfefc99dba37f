package main

// A PostgreSQL --db whose server refuses the connection.

import (
	"strings"
	"testing"
)

// TestPostgresRefusedSaidOnce: a --db postgres:// URL whose server
// refuses the connection is named "--db URL" (its password masked) by
// the commands that write and read a store, and each failed attempt is
// said once: pgx tries each address with TLS and without (sslmode=prefer,
// the default), and the same "dial error" line was printed twice;
// dyad events began "open postgres://…".
func TestPostgresRefusedSaidOnce(t *testing.T) {
	const refused = "dyad: \t127.0.0.1:1 (127.0.0.1): dial error: dial tcp 127.0.0.1:1: connect: connection refused\n"
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"ingest", "--db", "postgres://dyad@127.0.0.1:1/news", "x.txt"},
			"dyad: --db postgres://dyad@127.0.0.1:1/news: failed to connect to `user=dyad database=news`:\n" + refused},
		{[]string{"events", "--db", "postgres://dyad:s3cret@127.0.0.1:1/news"},
			"dyad: --db postgres://dyad:xxxxx@127.0.0.1:1/news: failed to connect to `user=dyad database=news`:\n" + refused},
	}
	for _, tt := range tests {
		_, errs, code := run(t, tt.args...)
		if code != 1 || errs != tt.want || strings.Contains(errs, "s3cret") {
			t.Errorf("dyad %v: exit %d, stderr:\n%s\nwant exit 1 and:\n%s", tt.args, code, errs, tt.want)
		}
	}
}
