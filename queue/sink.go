package queue

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/sqlite"
)

// Sink stands in for a store in the ingest pipeline (ingest.Config.DB) so
// that `dyad ingest --queue` reads, extracts and de-duplicates as usual but
// publishes each article instead of storing it: SaveBatch publishes the
// items' articles (their events are ignored: give the pipeline NoCoder),
// HasArticle asks the Store behind the queue, when there is one, so that
// articles stored already are not queued again.
type Sink struct {
	nc    *nats.Conn
	store interface {
		HasArticle(ctx context.Context, id string) (bool, error)
	}
	target string // StoreKey of the store named, "" for none

	dropped atomic.Int64 // articles JetStream dropped as queued before this run

	sentMu sync.Mutex
	sent   map[string]bool // message ids published by this Sink

	mu sync.Mutex // guards js
	js jetstream.JetStream
}

// NewSink returns a Sink publishing on nc. st may be nil (nothing is
// known stored) or the workers' store (store.Store).
func NewSink(nc *nats.Conn, st interface {
	HasArticle(ctx context.Context, id string) (bool, error)
}) *Sink {
	return &Sink{nc: nc, store: st}
}

// For makes s queue its articles for the store that dsn names (the --db
// of dyad ingest --queue): their message ids add the store's StoreKey, so
// that an article queued within DuplicateWindow for another store (or
// for none) is queued again for this one. It returns s.
func (s *Sink) For(dsn string) *Sink {
	s.target = StoreKey(dsn)
	return s
}

// Dropped returns how many articles JetStream dropped so far as queued
// already within its DuplicateWindow (same message id) before this Sink
// published them: one this Sink published earlier (the same page read
// twice in one run) is not counted.
func (s *Sink) Dropped() int { return int(s.dropped.Load()) }

// Path returns "": a queue is no file.
func (s *Sink) Path() string { return "" }

// HasArticle reports whether the Store behind the queue has the article
// (false without a Store).
func (s *Sink) HasArticle(ctx context.Context, id string) (bool, error) {
	if s.store == nil {
		return false, nil
	}
	return s.store.HasArticle(ctx, id)
}

// Article returns the article the Store behind the queue holds under id,
// or an error wrapping sqlite.ErrNotFound (always so without a Store, or
// with one that returns no articles), so that dyad ingest --queue --db
// tells a page claiming a stored address with another story apart
// (article.OtherStory: it is queued under its text's id, as dyad ingest
// --db stores it) and warns of an edited page as dyad ingest --db does.
func (s *Sink) Article(ctx context.Context, id string) (*sqlite.StoredArticle, error) {
	g, ok := s.store.(interface {
		Article(ctx context.Context, id string) (*sqlite.StoredArticle, error)
	})
	if !ok {
		return nil, fmt.Errorf("article %s: %w", id, sqlite.ErrNotFound)
	}
	return g.Article(ctx, id)
}

// Queues marks s as a store that queues its articles for dyad worker
// rather than coding them: the ingest run's dictionaries are not the
// ones the articles are coded with (the worker's --dict).
func (s *Sink) Queues() bool { return true }

// SaveBatch publishes the items' articles (Publish) and reports each as
// Added with its own id as DupGroup; NewEvents and Mentions stay 0, the
// workers code the articles. The events of the items are ignored. An
// article JetStream already holds (same id within DuplicateWindow) is
// reported not Added.
func (s *Sink) SaveBatch(ctx context.Context, items []sqlite.Item) ([]sqlite.Result, error) {
	js, err := s.streams(ctx)
	if err != nil {
		return nil, err
	}
	res := make([]sqlite.Result, len(items))
	arts := make([]*dyad.Article, len(items))
	for i, it := range items {
		if it.Article == nil {
			return nil, fmt.Errorf("queue: item %d has no article", i)
		}
		arts[i] = it.Article
		res[i].DupGroup = it.Article.ID
	}
	again := make([]bool, len(items)) // published by s before
	s.sentMu.Lock()
	if s.sent == nil {
		s.sent = map[string]bool{}
	}
	for i, a := range arts {
		id := msgID(a, s.target)
		again[i] = s.sent[id]
		s.sent[id] = true
	}
	s.sentMu.Unlock()
	_, err = publish(ctx, js, s.nc.MaxPayload(), s.target, slices.Values(arts), func(i int, dup bool) {
		res[i].Added = !dup
		if dup && !again[i] {
			s.dropped.Add(1)
		}
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

// streams returns the JetStream context, creating the streams on first use.
func (s *Sink) streams(ctx context.Context) (jetstream.JetStream, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.js != nil {
		return s.js, nil
	}
	js, err := jetstream.New(s.nc, jetstream.WithPublishAsyncMaxPending(256))
	if err != nil {
		return nil, err
	}
	if err := EnsureStreams(ctx, js); err != nil {
		return nil, err
	}
	s.js = js
	return js, nil
}

// NoCoder codes nothing: the coder of an ingest that only publishes.
type NoCoder struct{}

// Code returns no events.
func (NoCoder) Code(*dyad.Article) []dyad.Event { return nil }
