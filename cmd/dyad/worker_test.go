package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/spf13/cobra"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/internal/pgtest"
)

// runQueueCmd runs dyad worker or dyad status (not yet registered in
// main.go) with args.
func runQueueCmd(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	root := &cobra.Command{Use: "dyad", SilenceUsage: true, SilenceErrors: true}
	root.AddCommand(newWorkerCmd(), newStatusCmd())
	var out, errb bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errb)
	root.SetArgs(args)
	err := root.ExecuteContext(context.Background())
	return out.String(), errb.String(), err
}

// startNATS starts a NATS server with JetStream for the test, on a free
// port, shut down when the test ends.
func startNATS(t *testing.T) *server.Server {
	t.Helper()
	ns, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: -1, JetStream: true,
		StoreDir: t.TempDir(), NoLog: true, NoSigs: true})
	if err != nil {
		t.Fatal(err)
	}
	go ns.Start()
	t.Cleanup(ns.Shutdown)
	if !ns.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats not ready")
	}
	return ns
}

// TestWorkerCommand publishes the example articles as dyad ingest --queue
// would, drains the queue with dyad worker into a SQLite file (and, with
// DYAD_TEST_POSTGRES, a PostgreSQL store) and reads dyad status.
func TestWorkerCommand(t *testing.T) {
	ns := startNATS(t)
	files, _ := filepath.Glob("../../examples/*.txt")
	if len(files) == 0 {
		t.Fatal("no examples/*.txt")
	}
	var as []*dyad.Article
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Read(f, b, article.Options{})
		if err != nil {
			t.Fatal(err)
		}
		as = append(as, a...)
	}
	dbs := []string{filepath.Join(t.TempDir(), "events.db")}
	if os.Getenv(pgtest.Env) != "" {
		dbs = append(dbs, pgtest.DSN(t))
	}
	for _, db := range dbs {
		pub, err := publishArticles(context.Background(), ns.ClientURL(), slices.Values(as))
		if err != nil {
			t.Fatal(err)
		}
		// The second round is within the duplicate window: JetStream drops it.
		if want := len(as); pub.Articles != want || (db == dbs[0]) != (pub.Duplicates == 0) {
			t.Errorf("published %+v, want %d articles", pub, want)
		}
		if db != dbs[0] {
			// Queue them again under new ids for the second store.
			for _, a := range as {
				a.ID += "-2"
			}
			if _, err := publishArticles(context.Background(), ns.ClientURL(), slices.Values(as)); err != nil {
				t.Fatal(err)
			}
		}
		out, errs, err := runQueueCmd(t, "worker", "--queue", ns.ClientURL(), "--db", db, "--drain", "--json", "--batch", "4")
		if err != nil {
			t.Fatalf("worker --db %s: %v\n%s", db, err, errs)
		}
		var st struct{ Stored, Failed int }
		if err := json.Unmarshal([]byte(out), &st); err != nil || st.Stored != len(as) || st.Failed != 0 {
			t.Errorf("worker --db %s: %q %v, want %d stored", db, out, err, len(as))
		}
		out, errs, err = runQueueCmd(t, "status", "--queue", ns.ClientURL(), "--db", db, "--json")
		if err != nil {
			t.Fatalf("status: %v\n%s", err, errs)
		}
		var rep statusReport
		if err := json.Unmarshal([]byte(out), &rep); err != nil {
			t.Fatal(err)
		}
		if rep.Queue == nil || rep.Queue.Pending != 0 || rep.Queue.InFlight != 0 || rep.Store == nil || rep.Store.Articles != len(as) || rep.Store.Events == 0 {
			t.Errorf("status %s", out)
		}
		out, _, _ = runQueueCmd(t, "status", "--db", db)
		if !strings.Contains(out, "articles") || !strings.Contains(out, "events") {
			t.Errorf("status table:\n%s", out)
		}
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"worker", "--db", "x.db"}, "--queue nats://HOST:PORT is required"},
		{[]string{"worker", "--queue", ns.ClientURL()}, "--db is required"},
		{[]string{"status"}, "status needs --queue, --db or both"},
		{[]string{"status", "--db", filepath.Join(t.TempDir(), "none.db")}, "no such store"},
		{[]string{"status", "--queue", "nats://127.0.0.1:1"}, "--queue nats://127.0.0.1:1"},
	} {
		_, _, err := runQueueCmd(t, tc.args...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: %v, want %q", tc.args, err, tc.want)
		}
	}
}

// fixedCoder codes every article as one event, keeping the article's
// publication date in it.
type fixedCoder struct{}

func (fixedCoder) Code(a *dyad.Article) []dyad.Event {
	return []dyad.Event{{ArticleID: a.ID, Date: a.Published}}
}

// TestWorkerHasNoInputFlag: dyad worker codes articles dyad ingest
// --queue extracted, so it has no --input (a flag it would check and
// ignore); --date and --dict stay, --date checked before any connection.
func TestWorkerHasNoInputFlag(t *testing.T) {
	cmd := newWorkerCmd()
	if f := cmd.Flags().Lookup("input"); f != nil {
		t.Errorf("dyad worker has --input %q", f.Usage)
	}
	for _, name := range []string{"date", "dict"} {
		if cmd.Flags().Lookup(name) == nil {
			t.Errorf("dyad worker has no --%s", name)
		}
	}
	cmd = newWorkerCmd()
	cmd.SetArgs([]string{"--db", filepath.Join(t.TempDir(), "s.db"), "--input", "jsonl"})
	cmd.SetOut(io.Discard)
	cmd.SetErr(io.Discard)
	if err := cmd.Execute(); err == nil || !strings.Contains(err.Error(), "unknown flag: --input") {
		t.Errorf("dyad worker --input jsonl: error %v, want unknown flag", err)
	}
}

// TestIngestQueueRefusesDict: dyad ingest --queue codes nothing (the
// workers do), so --dict there is a usage error naming dyad worker, given
// before any connection.
func TestIngestQueueRefusesDict(t *testing.T) {
	dir := t.TempDir()
	cmd := newIngestCmd()
	cmd.SetArgs([]string{"--queue", "nats://127.0.0.1:1", "--dict", dir, filepath.Join(dir, "a.txt")})
	cmd.SetOut(io.Discard)
	cmd.SetErr(io.Discard)
	err := cmd.Execute()
	var ee *exitError
	if !errors.As(err, &ee) || ee.code != 2 || !strings.Contains(err.Error(), "--dict applies in dyad worker") {
		t.Errorf("dyad ingest --queue --dict: error %v, want a usage error naming dyad worker", err)
	}
}

// TestIngestQueueSummary: dyad ingest --queue says it queued the articles
// and counts no events (the workers code them): it said "ingested 2
// inputs: 2 articles read, 2 added (0 near-duplicates), 0 already stored;
// 0 new events, 0 mentions", as if it had stored them without an event.
// Queued again, they are dropped by JetStream as queued already.
func TestIngestQueueSummary(t *testing.T) {
	ns := startNATS(t)
	dir := t.TempDir()
	var files []string
	for i, text := range []string{"Kenya recalled its ambassador to Chile on Monday.", "Japan and Australia signed a defence pact on Tuesday."} {
		p := filepath.Join(dir, fmt.Sprintf("a%d.txt", i))
		if err := os.WriteFile(p, []byte("DATE: 2024-03-04\n\n"+text+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	for _, want := range []string{
		"queued 2 inputs: 2 articles read, 2 queued, 0 already stored; 0 failures; ",
		"queued 2 inputs: 2 articles read, 0 queued, 0 already stored, 2 dropped by the queue as queued in the last 10 minutes; 0 failures; ",
	} {
		_, errs, code := run(t, append([]string{"ingest", "--queue", ns.ClientURL()}, files...)...)
		if code != 0 || !strings.HasPrefix(errs, want) {
			t.Errorf("ingest --queue: exit %d, stderr %q; want 0 and %q…", code, errs, want)
		}
	}
}
