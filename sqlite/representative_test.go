package sqlite

import (
	"context"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/testutil"
)

func TestRepBefore(t *testing.T) {
	base := Rep{Confidence: 0.7, Day: "2024-07-13", ArticleID: "b", Sentence: 2}
	for _, c := range []struct {
		name string
		r    Rep
		want bool
	}{
		{"a credit ranks after none, however sure", Rep{Credit: true, Confidence: 0.9, Day: "2024-07-01", ArticleID: "a"}, false},
		{"surer", Rep{Confidence: 0.8, Day: "2024-07-14", ArticleID: "z"}, true},
		{"less sure", Rep{Confidence: 0.6, Day: "2024-07-01", ArticleID: "a"}, false},
		{"earlier day", Rep{Confidence: 0.7, Day: "2024-07-12", ArticleID: "z"}, true},
		{"unknown day", Rep{Confidence: 0.7, ArticleID: "a"}, false},
		{"smaller article id", Rep{Confidence: 0.7, Day: "2024-07-13", ArticleID: "a", Sentence: 9}, true},
		{"earlier sentence", Rep{Confidence: 0.7, Day: "2024-07-13", ArticleID: "b", Sentence: 1}, true},
		{"itself", base, false},
	} {
		if got := c.r.Before(base); got != c.want {
			t.Errorf("%s: %+v.Before(%+v) = %v, want %v", c.name, c.r, base, got, c.want)
		}
	}
	if got := publishedDay("2024-07-13T09:30:00+09:00"); got != "2024-07-13" {
		t.Errorf("publishedDay = %q", got)
	}
	if got := publishedDay("July 13, 2024"); got != "" {
		t.Errorf("publishedDay = %q, want empty", got)
	}
}

// TestRepresentativeIndependentOfOrder stores testutil.RepTellings in
// every order, one batch each and all in one batch: the event shows the
// same representative (evidence, article, URL) and the surest mention's
// confidence whatever the order. The postgres package runs the same case.
func TestRepresentativeIndependentOfOrder(t *testing.T) {
	ctx := context.Background()
	tellings := testutil.RepTellings()
	for _, order := range testutil.RepOrders() {
		for _, oneBatch := range []bool{false, true} {
			db := openTemp(t)
			var batch []Item
			for _, i := range order {
				batch = append(batch, Item{Article: tellings[i].Article, Events: []dyad.Event{tellings[i].Event}})
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
			evs, err := db.Events(ctx, Filter{})
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
