package main

import (
	"bufio"
	"context"
	"io"
	nethttp "net/http"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad/internal/pgtest"
	"github.com/dyad-events/dyad/internal/testutil"
)

// TestServePostgres ingests an example into PostgreSQL with dyad ingest
// --db postgres://…, serves it with dyad serve --db postgres://… and
// reads the API; serve stops on its context's end. A database without a
// dyad store is refused.
func TestServePostgres(t *testing.T) {
	dsn := pgtest.DSN(t)
	if _, stderr, code := run(t, "ingest", "--db", dsn, filepath.Join(testutil.RepoRoot(t), "examples", "03_iran_iaea_talks.txt")); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	root := newRoot()
	root.SetArgs([]string{"serve", "--db", dsn, "--addr", "127.0.0.1:0"})
	pr, pw := io.Pipe()
	root.SetErr(pw)
	root.SetOut(io.Discard)
	done := make(chan error, 1)
	go func() { done <- root.ExecuteContext(ctx); pw.Close() }()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatalf("serve: %v (%q)", err, line)
	}
	go io.Copy(io.Discard, pr)
	m := regexp.MustCompile(`^dyad serve: (postgres://\S+) on (http://\S+/)\n$`).FindStringSubmatch(line)
	if m == nil {
		t.Fatalf("serve said %q", line)
	}
	r, err := nethttp.Get(m[2] + "api/dyads?root=03")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(r.Body)
	r.Body.Close()
	if want := `{"dyads":[{"source":"IRN","source_name":"Iran","target":"IGOUNOIAE","target_name":"International Atomic Energy Agency","events":1,"mentions":1,"mean_goldstein":4}]}` + "\n"; r.StatusCode != 200 || string(b) != want {
		t.Errorf("/api/dyads?root=03: %d %s", r.StatusCode, b)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop with its context")
	}

	empty := pgtest.DSN(t)
	if _, stderr, code := run(t, "serve", "--db", empty, "--addr", "127.0.0.1:0"); code != 1 || !strings.Contains(stderr, "no dyad store") {
		t.Errorf("serve on an empty schema: exit %d, %q", code, stderr)
	}
}
