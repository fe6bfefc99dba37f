package http

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	nethttp "net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad/sqlite"
)

// stuckStore answers Events and Event only after delay, whatever the
// context says: work a request cannot cancel (a huge row decoded).
type stuckStore struct {
	Store
	delay time.Duration
}

func (s stuckStore) Events(context.Context, sqlite.Filter) ([]sqlite.StoredEvent, error) {
	time.Sleep(s.delay)
	return nil, nil
}

func (s stuckStore) Event(context.Context, int64) (*sqlite.StoredEvent, error) {
	time.Sleep(s.delay)
	return &sqlite.StoredEvent{}, nil
}

// EachMention has none: the look-up by id goes on to it once Event
// answers, after the test has had its 503 (on a loaded machine the
// package's tests outlast delay, and the embedded nil Store panicked).
func (s stuckStore) EachMention(ctx context.Context, _ int64, _ func(sqlite.Mention) error) error {
	return ctx.Err()
}

// TestStuckRequestAnswersJSON: a request whose work outlasts the time
// limit gets a JSON 503 when the limit is up, not a dropped connection;
// a look-up by id is not told to narrow its filters.
func TestStuckRequestAnswersJSON(t *testing.T) {
	h := New(stuckStore{delay: 5 * time.Second})
	h.timeout = 50 * time.Millisecond
	srv := httptest.NewServer(h)
	defer srv.Close()
	for _, c := range []struct{ path, want string }{
		{"/api/events?limit=1", "the query took longer than 50ms; narrow the filters"},
		{"/api/events/7", "reading it took longer than 50ms: the store is busy; try again"},
	} {
		start := time.Now()
		resp, err := srv.Client().Get(srv.URL + c.path)
		if err != nil {
			t.Fatalf("GET %s: %v", c.path, err)
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		var e struct{ Error string }
		if err != nil || json.Unmarshal(b, &e) != nil || resp.StatusCode != nethttp.StatusServiceUnavailable || e.Error != c.want {
			t.Errorf("GET %s: %s %q (%v); want 503 {\"error\": %q}", c.path, resp.Status, b, err, c.want)
		}
		if strings.Contains(c.path, "/7") && strings.Contains(e.Error, "narrow") {
			t.Errorf("GET %s: a look-up by id told to narrow the filters", c.path)
		}
		if d := time.Since(start); d >= 4*time.Second {
			t.Errorf("GET %s: answered after %v, past the stuck work's end: the limit did not answer", c.path, d)
		}
	}
}

// TestAwaitPrefersAnswer: an answer ready when the time runs out is the
// response, never the time limit's error (a plain select between the two
// picked either, and a store answering in time got a 500 now and then);
// with no answer, the context's error.
func TestAwaitPrefersAnswer(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for i := 0; i < 200; i++ {
		done := make(chan answer, 1)
		done <- answer{b: []byte("{}")}
		if a := await(ctx, done); a.err != nil || string(a.b) != "{}" {
			t.Fatalf("try %d: answer %q, error %v; want the answer", i, a.b, a.err)
		}
	}
	if a := await(ctx, make(chan answer, 1)); !errors.Is(a.err, context.Canceled) {
		t.Errorf("no answer: error %v, want context.Canceled", a.err)
	}
}
