package postgres_test

import (
	"context"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/pgtest"
	"github.com/dyad-events/dyad/postgres"
	"github.com/dyad-events/dyad/sqlite"
)

// TestRepresentativeIndependentOfOrder stores three articles telling one
// event in every order, one batch each and all in one batch: the event
// shows the same representative (sqlite.Rep) whatever the order, as the
// sqlite package's test of that name has it: not the surest telling, a
// photo caption opening with its agency's credit, but of the two as sure
// the one published earlier.
func TestRepresentativeIndependentOfOrder(t *testing.T) {
	ctx := context.Background()
	type one struct {
		url, published, text, filler string
		conf                         float64
	}
	ones := []one{
		{"https://wire.example/caption", "2024-07-12", "AP:Associated Press North Korea fired a missile over Japan on Saturday",
			"Markets in Seoul and Tokyo were calm as traders weighed the news from the region.", 0.8},
		{"https://paper.example/later", "2024-07-14", "North Korea fired a missile over Japan on Saturday, officials in Tokyo said.",
			"Fishing boats in the Sea of Japan were told to stay in port until further notice.", 0.7},
		{"https://daily.example/first", "2024-07-13", "North Korea launched a missile that flew over Japan on Saturday.",
			"The launch was the third this year, according to the defence ministry in Seoul.", 0.7},
	}
	var items []sqlite.Item
	for _, o := range ones {
		a := art(o.url, "", o.published, []string{o.text, o.filler})
		ev := dyad.Event{ID: a.ID + "-0", ArticleID: a.ID, Sentence: 0, Date: "2024-07-13", DatePrecision: dyad.Day,
			Source: &dyad.Actor{Code: "PRK", Country: "PRK", Name: "North Korea"},
			Target: &dyad.Actor{Code: "JPN", Country: "JPN", Name: "Japan"},
			CAMEO:  "190", CAMEORoot: "19", QuadClass: 4, Status: dyad.Asserted, Confidence: o.conf,
			Evidence: dyad.Evidence{Text: o.text, Verb: "fired", Span: [2]int{0, 5}}}
		items = append(items, sqlite.Item{Article: a, Events: []dyad.Event{ev}})
	}
	for _, order := range [][]int{{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}} {
		for _, oneBatch := range []bool{false, true} {
			db, err := postgres.Open(ctx, pgtest.DSN(t))
			if err != nil {
				t.Fatal(err)
			}
			var batch []sqlite.Item
			for _, i := range order {
				batch = append(batch, items[i])
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
			got := [5]any{e.Evidence.Text, e.ArticleID == items[2].Article.ID, e.SourceURL, e.NumMentions, e.Confidence}
			want := [5]any{"North Korea launched a missile that flew over Japan on Saturday.", true, "https://daily.example/first", 3, 0.8}
			if got != want {
				t.Errorf("order %v, one batch %v: got %v, want %v", order, oneBatch, got, want)
			}
		}
	}
}
