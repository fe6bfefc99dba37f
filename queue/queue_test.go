package queue_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/events"
	"github.com/dyad-events/dyad/internal/pgtest"
	"github.com/dyad-events/dyad/internal/testutil"
	"github.com/dyad-events/dyad/postgres"
	"github.com/dyad-events/dyad/queue"
	"github.com/dyad-events/dyad/sqlite"
)

// Environment of a worker subprocess (see TestMain).
const (
	envWorker = "DYAD_QUEUE_TEST_WORKER" // "1" in a worker subprocess
	envNATS   = "DYAD_QUEUE_TEST_NATS"
	envDSN    = "DYAD_QUEUE_TEST_DSN"
)

// TestMain runs the test binary as a dyad worker when envWorker is set, so
// that a test can kill a worker with SIGKILL.
func TestMain(m *testing.M) {
	if os.Getenv(envWorker) == "1" {
		os.Exit(runWorker())
	}
	os.Exit(m.Run())
}

func runWorker() int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fail := func(err error) int { fmt.Fprintln(os.Stderr, "worker:", err); return 1 }
	nc, err := nats.Connect(os.Getenv(envNATS))
	if err != nil {
		return fail(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		return fail(err)
	}
	db, err := postgres.Open(ctx, os.Getenv(envDSN))
	if err != nil {
		return fail(err)
	}
	defer db.Close()
	coder, err := events.New(events.Config{})
	if err != nil {
		return fail(err)
	}
	st, err := queue.Work(ctx, js, queue.Config{Store: db, Coder: coder, Concurrency: 1, Batch: 4,
		AckWait: 2 * time.Second, MaxAckPending: 32, Poll: 200 * time.Millisecond, Log: os.Stderr})
	if err != nil {
		return fail(err)
	}
	json.NewEncoder(os.Stdout).Encode(st)
	return 0
}

// startNATS runs a NATS server with JetStream in the test process, storing
// on a temporary directory.
func startNATS(t *testing.T) *server.Server {
	t.Helper()
	ns, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: -1, JetStream: true,
		StoreDir: t.TempDir(), NoLog: true, NoSigs: true})
	if err != nil {
		t.Fatal(err)
	}
	go ns.Start()
	if !ns.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats server not ready")
	}
	t.Cleanup(ns.Shutdown)
	return ns
}

func connect(t *testing.T, ns *server.Server) (*nats.Conn, jetstream.JetStream) {
	t.Helper()
	nc, err := nats.Connect(ns.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	return nc, js
}

// fakeCoder codes one event per paragraph mentioning "met": A met B.
type fakeCoder struct{}

func (fakeCoder) Code(a *dyad.Article) []dyad.Event {
	var evs []dyad.Event
	for i, p := range a.Body {
		if strings.Contains(p, "panic") {
			panic("bad input")
		}
		if !strings.Contains(p, " met ") {
			continue
		}
		evs = append(evs, dyad.Event{ID: fmt.Sprintf("%s-%d", a.ID, i), ArticleID: a.ID, Sentence: i, Date: a.Published,
			Source: &dyad.Actor{Code: "JPNGOV", Country: "JPN"}, Target: &dyad.Actor{Code: "AUSGOV", Country: "AUS"},
			CAMEO: "040", CAMEORoot: "04", QuadClass: 1, Goldstein: 1, Status: dyad.Asserted,
			Evidence: dyad.Evidence{Text: p, Verb: "met", Span: [2]int{0, 3}}})
	}
	return evs
}

func seq(as []*dyad.Article) iter.Seq[*dyad.Article] {
	return func(yield func(*dyad.Article) bool) {
		for _, a := range as {
			if !yield(a) {
				return
			}
		}
	}
}

// waitDone waits until the queue is worked off (queue.Drained) and
// returns its Status.
func waitDone(t *testing.T, js jetstream.JetStream, within time.Duration) queue.Status {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		st, err := queue.Stat(context.Background(), js)
		if err != nil {
			t.Fatal(err)
		}
		drained, err := queue.Drained(context.Background(), js)
		if err != nil {
			t.Fatal(err)
		}
		if drained {
			// st was read before the check: the last messages may have
			// been settled in between, so read the status again.
			st, err = queue.Stat(context.Background(), js)
			if err != nil {
				t.Fatal(err)
			}
			return st
		}
		if time.Now().After(deadline) {
			t.Fatalf("queue not drained after %v: %+v", within, st)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// workOff runs queue.Work with cfg until the queue is worked off
// (waitDone, within 20 s) and returns its Stats.
func workOff(t *testing.T, js jetstream.JetStream, cfg queue.Config) queue.Stats {
	t.Helper()
	wctx, cancel := context.WithCancel(context.Background())
	done := make(chan queue.Stats)
	go func() {
		s, err := queue.Work(wctx, js, cfg)
		if err != nil {
			t.Error(err)
		}
		done <- s
	}()
	waitDone(t, js, 20*time.Second)
	cancel()
	return <-done
}

// TestWorkSQLite queues articles (each twice, plus a broken message and an
// article that crashes the coder) and works them into a SQLite store.
func TestWorkSQLite(t *testing.T) {
	ns := startNATS(t)
	nc, js := connect(t, ns)
	ctx := context.Background()
	var as []*dyad.Article
	for i := range 30 {
		body := []string{fmt.Sprintf("Officials of country %d met envoys on day %d of the talks in hall %d.", i, i%7, i*3)}
		if i == 29 {
			body = append(body, "This paragraph makes the coder panic.")
		}
		as = append(as, &dyad.Article{ID: fmt.Sprintf("a%02d", i), Source: fmt.Sprintf("Outlet %d", i%3),
			Published: "2024-03-04", Body: body, Input: fmt.Sprintf("input-%d.txt", i)})
	}
	pub, err := queue.Publish(ctx, nc, seq(as))
	if err != nil {
		t.Fatal(err)
	}
	again, err := queue.Publish(ctx, nc, seq(as[:10]))
	if err != nil {
		t.Fatal(err)
	}
	if pub.Articles != 30 || pub.Duplicates != 0 || again.Articles != 10 || again.Duplicates != 10 {
		t.Errorf("published %+v then %+v, want 30 new then 10 duplicates", pub, again)
	}
	if _, err := js.Publish(ctx, queue.Subject, []byte("{not json")); err != nil {
		t.Fatal(err)
	}
	st, err := queue.Stat(ctx, js)
	if err != nil || st.Pending != 31 {
		t.Errorf("before work: %+v %v, want 31 pending", st, err)
	}

	db, err := sqlite.Open(filepath.Join(t.TempDir(), "events.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.MaxDistance = 0
	// A worker stored as[0] and died before acking it: its redelivery
	// must change nothing.
	if _, err := db.SaveArticle(ctx, as[0], fakeCoder{}.Code(as[0])); err != nil {
		t.Fatal(err)
	}
	wctx, cancel := context.WithCancel(ctx)
	done := make(chan queue.Stats)
	go func() {
		s, err := queue.Work(wctx, js, queue.Config{Store: db, Coder: fakeCoder{}, Concurrency: 2, Batch: 4,
			Poll: 100 * time.Millisecond})
		if err != nil {
			t.Error(err)
		}
		done <- s
	}()
	st = waitDone(t, js, 20*time.Second)
	cancel()
	stats := <-done
	want := queue.Stats{Stored: 28, Skipped: 1, Failed: 2, Events: 0, Mentions: 28}
	if stats != want {
		t.Errorf("stats %+v, want %+v", stats, want)
	}
	if st.Failed != 2 {
		t.Errorf("status %+v, want 2 failed", st)
	}
	c, _ := db.Counts(ctx)
	if c.Articles != 29 || c.Mentions != 29 || c.Events != 1 {
		t.Errorf("counts %+v", c)
	}
	// The failed messages keep their payload and say why.
	s, err := js.Stream(ctx, queue.FailedStream)
	if err != nil {
		t.Fatal(err)
	}
	var reasons []string
	for i := uint64(1); i <= 2; i++ {
		m, err := s.GetMsg(ctx, i)
		if err != nil {
			t.Fatal(err)
		}
		reasons = append(reasons, m.Header.Get(queue.ErrorHeader))
	}
	slices.Sort(reasons)
	if !strings.HasPrefix(reasons[0], "coder panicked: bad input") || !strings.HasPrefix(reasons[1], "not an article: ") {
		t.Errorf("failure reasons %q", reasons)
	}
}

// TestPublishMany queues more articles than Publish keeps unconfirmed.
func TestPublishMany(t *testing.T) {
	ns := startNATS(t)
	nc, js := connect(t, ns)
	var as []*dyad.Article
	for i := range 1500 {
		as = append(as, &dyad.Article{ID: fmt.Sprintf("id%04d", i), Body: []string{"x"}})
	}
	pub, err := queue.Publish(context.Background(), nc, seq(as))
	if err != nil || pub.Articles != 1500 || pub.Duplicates != 0 {
		t.Fatalf("published %+v, %v", pub, err)
	}
	if st, err := queue.Stat(context.Background(), js); err != nil || st.Pending != 1500 {
		t.Errorf("status %+v, %v", st, err)
	}
}

// flakyStore is a store that can be down, and that never stores the
// article "bad".
type flakyStore struct {
	*sqlite.DB
	down atomic.Bool
}

func (s *flakyStore) HasArticle(ctx context.Context, id string) (bool, error) {
	if s.down.Load() {
		return false, errors.New("connection refused")
	}
	return s.DB.HasArticle(ctx, id)
}

func (s *flakyStore) SaveBatch(ctx context.Context, items []sqlite.Item) ([]sqlite.Result, error) {
	if s.down.Load() {
		return nil, errors.New("connection refused")
	}
	for _, it := range items {
		if it.Article.ID == "bad" {
			return nil, errors.New("value too long")
		}
	}
	return s.DB.SaveBatch(ctx, items)
}

// TestStoreDown checks that articles are not failed while the store is
// unreachable, however often they are redelivered, and that an article
// that does not store is failed after MaxDeliver deliveries.
func TestStoreDown(t *testing.T) {
	ns := startNATS(t)
	nc, js := connect(t, ns)
	ctx := context.Background()
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "events.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	st := &flakyStore{DB: db}
	st.down.Store(true)
	var as []*dyad.Article
	for _, id := range []string{"a", "b", "bad", "c"} {
		as = append(as, &dyad.Article{ID: id, Body: []string{"Envoys of " + id + " met officials."}})
	}
	if _, err := queue.Publish(ctx, nc, seq(as)); err != nil {
		t.Fatal(err)
	}
	wctx, cancel := context.WithCancel(ctx)
	done := make(chan queue.Stats)
	go func() {
		s, err := queue.Work(wctx, js, queue.Config{Store: st, Coder: fakeCoder{}, Concurrency: 1, Batch: 4,
			MaxDeliver: 2, RetryDelay: 50 * time.Millisecond, Poll: 50 * time.Millisecond})
		if err != nil {
			t.Error(err)
		}
		done <- s
	}()
	time.Sleep(600 * time.Millisecond) // several deliveries each, all while down
	if s, _ := queue.Stat(ctx, js); s.Failed != 0 {
		t.Errorf("failed while the store is down: %+v", s)
	}
	st.down.Store(false)
	s := waitDone(t, js, 10*time.Second)
	cancel()
	stats := <-done
	if stats.Stored != 3 || stats.Failed != 1 || stats.Retried < 4 || s.Failed != 1 {
		t.Errorf("stats %+v, status %+v: want 3 stored, 1 failed, at least 4 retries", stats, s)
	}
}

// TestSink feeds the queue through the store interface the ingest
// pipeline writes to.
func TestSink(t *testing.T) {
	ns := startNATS(t)
	nc, js := connect(t, ns)
	ctx := context.Background()
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "events.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	stored := &dyad.Article{ID: "stored", Body: []string{"Officials met envoys."}}
	if _, err := db.SaveArticle(ctx, stored, nil); err != nil {
		t.Fatal(err)
	}
	sink := queue.NewSink(nc, db)
	if has, err := sink.HasArticle(ctx, "stored"); !has || err != nil {
		t.Errorf("HasArticle(stored) = %v, %v", has, err)
	}
	if has, _ := queue.NewSink(nc, nil).HasArticle(ctx, "stored"); has || sink.Path() != "" {
		t.Errorf("a sink without a store has articles, or a path")
	}
	var items []sqlite.Item
	for i := range 3 {
		items = append(items, sqlite.Item{Article: &dyad.Article{ID: fmt.Sprintf("s%d", i),
			Body: []string{fmt.Sprintf("Envoy %d met officials in city %d.", i, i)}}})
	}
	res, err := sink.SaveBatch(ctx, items)
	if err != nil {
		t.Fatal(err)
	}
	again, err := sink.SaveBatch(ctx, items[1:])
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(res, again); got != "[{true s0 false 0 0} {true s1 false 0 0} {true s2 false 0 0}] [{false s1 false 0 0} {false s2 false 0 0}]" {
		t.Errorf("results %s", got)
	}
	if _, err := sink.SaveBatch(ctx, []sqlite.Item{{}}); err == nil || !strings.Contains(err.Error(), "item 0 has no article") {
		t.Errorf("item without an article: %v", err)
	}
	if st, err := queue.Stat(ctx, js); err != nil || st.Pending != 3 {
		t.Errorf("status %+v %v, want 3 pending", st, err)
	}
	if evs := (queue.NoCoder{}).Code(stored); evs != nil {
		t.Errorf("NoCoder coded %v", evs)
	}
}

// corpusArticles reads the Guardian sample from ../shared/corpora.
func corpusArticles(t *testing.T) []*dyad.Article {
	t.Helper()
	dir := testutil.CorporaDir(testutil.RepoRoot(t))
	files, _ := filepath.Glob(filepath.Join(dir, "guardian_ngec", "*.txt"))
	if len(files) == 0 {
		t.Skip("../shared/corpora/guardian_ngec is absent: the worker kill test needs the Guardian sample")
	}
	var as []*dyad.Article
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Read(filepath.Base(f), b, article.Options{})
		if err != nil {
			t.Fatal(err)
		}
		as = append(as, a...)
	}
	return as
}

// TestKillWorker runs three worker processes on one queue and one
// PostgreSQL store, kills one with SIGKILL mid-run, and checks that the
// store ends up exactly as a single process storing the same articles in
// SQLite: every article once, the same events with the same counts.
func TestKillWorker(t *testing.T) {
	dsn := pgtest.DSN(t)
	as := corpusArticles(t)
	ns := startNATS(t)
	nc, js := connect(t, ns)
	ctx := context.Background()
	db, err := postgres.Open(ctx, dsn) // creates the schema before the workers race to
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := queue.Publish(ctx, nc, seq(as)); err != nil {
		t.Fatal(err)
	}
	coder, err := events.New(events.Config{})
	if err != nil {
		t.Fatal(err)
	}
	// A worker that stored the last five articles and died before acking
	// them: their redeliveries (to the workers that survive the kill below)
	// must store nothing.
	for _, a := range as[len(as)-5:] {
		if _, err := db.SaveArticle(ctx, a, coder.Code(a)); err != nil {
			t.Fatal(err)
		}
	}

	var procs []*exec.Cmd
	outs := make([]*strings.Builder, 3)
	for i := range 3 {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), envWorker+"=1", envNATS+"="+ns.ClientURL(), envDSN+"="+dsn)
		outs[i] = new(strings.Builder)
		cmd.Stdout = outs[i]
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		procs = append(procs, cmd)
	}
	defer func() {
		for _, p := range procs {
			p.Process.Kill()
		}
	}()
	// Kill worker 0 once a fifth of the articles are stored: it has a
	// batch in hand, fetched and not acked.
	for deadline := time.Now().Add(30 * time.Second); ; {
		c, err := db.Counts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if c.Articles >= len(as)/5 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("workers stored only %d articles in 30s", c.Articles)
		}
		time.Sleep(20 * time.Millisecond)
	}
	procs[0].Process.Signal(syscall.SIGKILL)
	procs[0].Wait()
	mid, _ := queue.Stat(ctx, js)
	st := waitDone(t, js, 45*time.Second)
	var stored, skipped int64
	for i, p := range procs[1:] {
		p.Process.Signal(os.Interrupt)
		if err := p.Wait(); err != nil {
			t.Fatalf("worker %d: %v", i+1, err)
		}
		var s queue.Stats
		if err := json.Unmarshal([]byte(outs[i+1].String()), &s); err != nil {
			t.Fatalf("worker %d stats %q: %v", i+1, outs[i+1].String(), err)
		}
		stored += s.Stored
		skipped += s.Skipped
	}
	t.Logf("after the kill: %+v; at the end %+v; survivors stored %d, skipped %d already stored", mid, st, stored, skipped)
	if st.Failed != 0 {
		t.Errorf("%d articles failed", st.Failed)
	}

	// the five stored before, plus whatever the killed worker committed and
	// never acked: redelivered, and stored nothing twice
	if skipped < 5 {
		t.Errorf("the surviving workers skipped %d stored articles, want at least the 5 stored before", skipped)
	}

	// The reference: one process, SQLite, the same coder and order.
	ref, err := sqlite.Open(filepath.Join(t.TempDir(), "ref.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	for _, a := range as {
		if _, err := ref.SaveArticle(ctx, a, coder.Code(a)); err != nil {
			t.Fatal(err)
		}
	}
	rc, _ := ref.Counts(ctx)
	pc, err := db.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if rc != pc || pc.Articles != len(as) {
		t.Errorf("counts: workers %+v, single process %+v (%d articles)", pc, rc, len(as))
	}
	if w, r := eventTable(t, db), eventTable(t, ref); w != r {
		t.Errorf("event tables differ:\nworkers        %s\nsingle process %s", w, r)
	}
	if s, err := db.IntegrityCheck(ctx); s != "ok" || err != nil {
		t.Errorf("integrity: %q %v", s, err)
	}
}

// eventTable renders a store's aggregated events without their ids and
// representatives (which depend on which worker stored first), sorted by
// identity, with the sorted ids of their mentions.
func eventTable(t *testing.T, db interface {
	Events(context.Context, sqlite.Filter) ([]sqlite.StoredEvent, error)
	Mentions(context.Context, int64) ([]sqlite.Mention, error)
}) string {
	t.Helper()
	evs, err := db.Events(context.Background(), sqlite.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, e := range evs {
		ms, err := db.Mentions(context.Background(), e.GlobalEventID)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, m := range ms {
			ids = append(ids, m.Event.ID)
		}
		slices.Sort(ids)
		code := func(a *dyad.Actor) string {
			if a == nil {
				return ""
			}
			return a.Code
		}
		loc := ""
		if e.Location != nil {
			loc = e.Location.Name
		}
		lines = append(lines, fmt.Sprintf("%s|%s|%s|%s|%s m%d s%d a%d %v", e.Date, code(e.Source), code(e.Target), e.CAMEO, loc,
			e.NumMentions, e.NumSources, e.NumArticles, ids))
	}
	slices.Sort(lines)
	return fmt.Sprintf("%d events: %s", len(lines), strings.Join(lines, "\n"))
}

// TestStoreKey: one store named in different ways has one key (a SQLite
// path relative or absolute, a PostgreSQL URL with another password or
// scheme spelling), two stores have two.
func TestStoreKey(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	abs := filepath.Join(dir, "w1.db")
	for _, tc := range [][2]string{
		{"w1.db", abs},
		{"./w1.db", abs},
		{"postgres://dyad:a@db/events", "postgresql://dyad:b@db/events"},
		{"postgres://db/events?password=a&sslmode=disable", "postgres://db/events?sslmode=disable"},
	} {
		if a, b := queue.StoreKey(tc[0]), queue.StoreKey(tc[1]); a != b || len(a) != 16 {
			t.Errorf("StoreKey(%q) = %q, StoreKey(%q) = %q: want one 16-digit key", tc[0], a, tc[1], b)
		}
	}
	for _, tc := range [][2]string{{"w1.db", "w2.db"}, {"postgres://db/events", "postgres://db/other"}, {"w1.db", ""}} {
		if a, b := queue.StoreKey(tc[0]), queue.StoreKey(tc[1]); a == b {
			t.Errorf("StoreKey(%q) = StoreKey(%q) = %q", tc[0], tc[1], a)
		}
	}
	if k := queue.StoreKey(""); k != "" {
		t.Errorf(`StoreKey("") = %q`, k)
	}
}
