package postgres_test

import (
	"context"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/pgtest"
	"github.com/dyad-events/dyad/internal/testutil"
	"github.com/dyad-events/dyad/postgres"
	"github.com/dyad-events/dyad/sqlite"
)

// TestRepresentativeIndependentOfOrder stores testutil.RepTellings in
// every order, one batch each and all in one batch: the event shows the
// same representative (sqlite.Rep) whatever the order, as the sqlite
// package's test of that name has it: not the surest telling, a photo
// caption opening with its agency's credit, nor the next surest, naming
// the act by a noun inside a reaction (sqlite.ToldByVerb), but of the two
// told by their verbs and as sure the one published earlier.
func TestRepresentativeIndependentOfOrder(t *testing.T) {
	ctx := context.Background()
	tellings := testutil.RepTellings()
	for _, order := range testutil.RepOrders() {
		for _, oneBatch := range []bool{false, true} {
			db, err := postgres.Open(ctx, pgtest.DSN(t))
			if err != nil {
				t.Fatal(err)
			}
			var batch []sqlite.Item
			for _, i := range order {
				batch = append(batch, sqlite.Item{Article: tellings[i].Article, Events: []dyad.Event{tellings[i].Event}})
				if !oneBatch {
					if _, err := db.SaveBatch(ctx, batch); err != nil {
						t.Fatal(err)
					}
					batch = nil
				}
			}
			if oneBatch {
				if _, err := db.SaveBatch(ctx, batch); err != nil {
					t.Fatal(err)
				}
			}
			evs, err := db.Events(ctx, sqlite.Filter{})
			db.Close()
			if err != nil {
				t.Fatal(err)
			}
			if len(evs) != 1 {
				t.Fatalf("order %v: %d events, want 1", order, len(evs))
			}
			e := evs[0]
			got := [5]any{e.Evidence.Text, e.ArticleID, e.SourceURL, e.NumMentions, e.Confidence}
			want := [5]any{testutil.RepWantText, tellings[testutil.RepWantIndex].Article.ID, testutil.RepWantURL,
				testutil.RepWantMentions, testutil.RepWantConfidence}
			if got != want {
				t.Errorf("order %v, one batch %v: got %v, want %v", order, oneBatch, got, want)
			}
		}
	}
}
