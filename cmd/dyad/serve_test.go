package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestServeUsage(t *testing.T) {
	notDB := filepath.Join(t.TempDir(), "notes.txt")
	os.WriteFile(notDB, []byte("not a database"), 0o644)
	for _, c := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"serve"}, 2, "--db FILE is required"},
		{[]string{"serve", "--db", "x.db", "--addr", "nope"}, 2, `--addr "nope": want HOST:PORT`},
		// a port no TCP port can be is malformed too (it was exit 1, "listen tcp: address 99999: invalid port")
		{[]string{"serve", "--db", "x.db", "--addr", "127.0.0.1:99999"}, 2, `--addr "127.0.0.1:99999": want HOST:PORT, PORT a number from 0 to 65535`},
		{[]string{"serve", "--db", "x.db", "--addr", ":-1"}, 2, `--addr ":-1": want HOST:PORT, PORT a number from 0 to 65535`},
		{[]string{"serve", "--db", filepath.Join(t.TempDir(), "none.db")}, 1, "no such store"},
		{[]string{"serve", "--db", notDB, "--addr", "127.0.0.1:0"}, 1, "file is not a database"},
		{[]string{"serve", "--db", "x.db", "extra"}, 2, "unknown command"},
	} {
		_, stderr, code := run(t, c.args...)
		if code != c.code || !strings.Contains(stderr, c.msg) {
			t.Errorf("dyad %s: exit %d, stderr %q; want %d with %q", strings.Join(c.args, " "), code, stderr, c.code, c.msg)
		}
	}
}
