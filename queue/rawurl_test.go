package queue_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/pgtest"
	"github.com/dyad-events/dyad/postgres"
	"github.com/dyad-events/dyad/queue"
	"github.com/dyad-events/dyad/sqlite"
)

// storeKinds open a new, empty store of each kind a worker stores into:
// SQLite (HasArticle per article) and PostgreSQL (HasArticles per batch;
// skipped unless DYAD_TEST_POSTGRES is set).
var storeKinds = []struct {
	name string
	open func(t *testing.T) queue.Store
}{
	{"sqlite", func(t *testing.T) queue.Store {
		db, err := sqlite.Open(filepath.Join(t.TempDir(), "events.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	}},
	{"postgres", func(t *testing.T) queue.Store {
		db, err := postgres.Open(context.Background(), pgtest.DSN(t))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	}},
}

// storeAndQueue opens a new store with open and a NATS server for the
// test, and returns the store and a connection to the server.
func storeAndQueue(t *testing.T, open func(t *testing.T) queue.Store) (queue.Store, *nats.Conn, jetstream.JetStream) {
	t.Helper()
	db := open(t)
	nc, js := connect(t, startNATS(t))
	return db, nc, js
}

// TestWorkRawURLID: a store written when article ids hashed the URL as
// given holds an article under its tracking link's hash; the same article
// queued again (its id now the hash of the canonical URL) is skipped by
// the worker as stored, not stored a second time, on SQLite (HasArticle
// per article) and PostgreSQL (HasArticles per batch) alike.
func TestWorkRawURLID(t *testing.T) {
	const link = "https://www.example.org/world/pact?utm_source=rss&utm_medium=feed"
	sum := sha256.Sum256([]byte(link))
	oldID := hex.EncodeToString(sum[:8])
	body := []string{"Envoys of Japan met envoys of Australia in Canberra on Tuesday."}
	for _, tc := range storeKinds {
		t.Run(tc.name, func(t *testing.T) {
			db, nc, js := storeAndQueue(t, tc.open)
			ctx := context.Background()
			old := &dyad.Article{ID: oldID, URL: link, Source: "Outlet", Published: "2024-03-05", Body: body}
			if _, err := db.SaveBatch(ctx, []sqlite.Item{{Article: old}}); err != nil {
				t.Fatal(err)
			}
			again := &dyad.Article{ID: dyad.ArticleID(link, ""), URL: link, Source: "Outlet", Published: "2024-03-05", Body: body}
			other := &dyad.Article{ID: dyad.ArticleID("https://www.example.org/world/other", ""), URL: "https://www.example.org/world/other",
				Source: "Outlet", Published: "2024-03-05", Body: []string{"Envoys of Chile met envoys of Peru in Lima on Tuesday."}}
			if _, err := queue.Publish(ctx, nc, seq([]*dyad.Article{again, other})); err != nil {
				t.Fatal(err)
			}
			cfg := queue.Config{Store: db, Coder: fakeCoder{}, Concurrency: 1, Batch: 4,
				Poll: 100 * time.Millisecond}
			if st := workOff(t, js, cfg); st.Stored != 1 || st.Skipped != 1 {
				t.Errorf("stats %+v, want the article stored under its tracking link skipped, the other stored", st)
			}
			if has, err := db.HasArticle(ctx, again.ID); err != nil || has {
				t.Errorf("article stored again under its canonical id %s (%v)", again.ID, err)
			}
		})
	}
}
