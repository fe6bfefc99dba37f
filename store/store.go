// Package store is the interface between dyad's commands and its event
// stores: an embedded SQLite file (package sqlite) on one machine, a
// PostgreSQL database (package postgres) shared by many workers past one.
// Open picks the implementation from the --db value.
//
// Both stores have one schema, one aggregation (events keyed on date,
// source code, target code, CAMEO, location name and a story: the
// duplicate group of an undated event, the status of one not asserted;
// sqlite.EventStory), one set of counts and one Filter; the value types are the sqlite
// package's, re-exported here under their own names.
package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/postgres"
	"github.com/dyad-events/dyad/sqlite"
)

// The stores' value types (see package sqlite for their fields).
type (
	Item          = sqlite.Item          // an article with its coded events, for SaveBatch
	Result        = sqlite.Result        // what SaveBatch did with one Item
	Filter        = sqlite.Filter        // which aggregated events to return
	StoredEvent   = sqlite.StoredEvent   // an aggregated event with its counts
	Mention       = sqlite.Mention       // one coded sentence supporting an event
	StoredArticle = sqlite.StoredArticle // a stored article with its duplicate group
	Counts        = sqlite.Counts        // row counts
	ActorCount    = sqlite.ActorCount    // an actor code with its mention count
)

// ErrNotFound is wrapped by Article for an unknown id.
var ErrNotFound = sqlite.ErrNotFound

// Store is a dyad event store. Implementations are safe for concurrent
// use; writes are idempotent (saving an article id already stored changes
// nothing).
type Store interface {
	// SaveArticle stores one article and its events; added is false,
	// nothing written, when the id is stored already.
	SaveArticle(ctx context.Context, a *dyad.Article, evs []dyad.Event) (added bool, err error)
	// SaveBatch stores articles with their events in one transaction, all
	// or none, returning one Result per Item.
	SaveBatch(ctx context.Context, items []Item) ([]Result, error)
	// HasArticle reports whether an article id is stored.
	HasArticle(ctx context.Context, id string) (bool, error)
	// Events returns the aggregated events matching f in id order;
	// EachEvent streams them to fn, stopping at fn's first error.
	Events(ctx context.Context, f Filter) ([]StoredEvent, error)
	EachEvent(ctx context.Context, f Filter, fn func(StoredEvent) error) error
	// GroupCounts returns the distinct outlets and the distinct articles
	// among the mentions of the events ids (NumSources and NumArticles of
	// those events taken as one: OneADay's groups).
	GroupCounts(ctx context.Context, ids []int64) (sources, articles int, err error)
	// Mentions returns an aggregated event's mentions in storage order;
	// EachMention streams them to fn, stopping at fn's first error (an
	// event may have hundreds of thousands).
	Mentions(ctx context.Context, eventID int64) ([]Mention, error)
	EachMention(ctx context.Context, eventID int64, fn func(Mention) error) error
	// Article returns a stored article or an error wrapping ErrNotFound.
	Article(ctx context.Context, id string) (*StoredArticle, error)
	// Actors returns actors by descending mention count, then code
	// (limit 0: all).
	Actors(ctx context.Context, limit int) ([]ActorCount, error)
	// Counts returns the number of rows of each kind.
	Counts(ctx context.Context) (Counts, error)
	// IntegrityCheck returns "ok" for a sound store, else the first
	// problem found.
	IntegrityCheck(ctx context.Context) (string, error)
	// Path is the store's file ("" for a database server).
	Path() string
	Close() error
}

// The two implementations.
var (
	_ Store = (*sqlite.DB)(nil)
	_ Store = (*postgres.DB)(nil)
)

// IsPostgres reports whether dsn is a PostgreSQL URL (postgres:// or
// postgresql://) rather than a SQLite file path.
func IsPostgres(dsn string) bool { return postgres.IsDSN(dsn) }

// Open opens the store named by dsn: a postgres:// or postgresql:// URL
// opens a PostgreSQL database (package postgres), anything else is a
// SQLite file path, created if absent (package sqlite). Both create or
// migrate the schema. Errors name dsn (without a password).
func Open(ctx context.Context, dsn string) (Store, error) {
	if dsn == "" {
		return nil, errors.New("store: empty --db: give a SQLite file path or a postgres:// URL")
	}
	if postgres.IsDSN(dsn) {
		db, err := postgres.Open(ctx, dsn)
		if err != nil {
			return nil, err
		}
		return db, nil
	}
	db, err := sqlite.Open(dsn)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return db, nil
}
