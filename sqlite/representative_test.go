package sqlite

import (
	"context"
	"testing"

	"github.com/dyad-events/dyad"
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

// repItems are three articles telling one event (North Korea's missile
// over Japan, 2024-07-13), for TestRepresentativeIndependentOfOrder: the
// surest opens with an agency's credit (a photo caption); the other two
// are as sure, and the one published earlier is the representative.
func repItems() []Item {
	type one struct{ url, published, text, filler string }
	var items []Item
	for _, o := range []one{
		{"https://wire.example/caption", "2024-07-12", "AP:Associated Press North Korea fired a missile over Japan on Saturday",
			"Markets in Seoul and Tokyo were calm as traders weighed the news from the region."},
		{"https://paper.example/later", "2024-07-14", "North Korea fired a missile over Japan on Saturday, officials in Tokyo said.",
			"Fishing boats in the Sea of Japan were told to stay in port until further notice."},
		{"https://daily.example/first", "2024-07-13", "North Korea launched a missile that flew over Japan on Saturday.",
			"The launch was the third this year, according to the defence ministry in Seoul."},
	} {
		a := newArticle(o.url, "", o.published, []string{o.text, o.filler})
		conf := 0.7
		if o.url == "https://wire.example/caption" {
			conf = 0.8
		}
		ev := dyad.Event{ID: a.ID + "-0", ArticleID: a.ID, Sentence: 0, Date: "2024-07-13", DatePrecision: dyad.Day,
			Source: actor("PRK", "PRK", "North Korea", "North Korea"), Target: actor("JPN", "JPN", "Japan", "Japan"),
			CAMEO: "190", CAMEORoot: "19", QuadClass: 4, Status: dyad.Asserted, Confidence: conf,
			Evidence: dyad.Evidence{Text: o.text, Verb: "fired", Span: [2]int{0, 5}}}
		items = append(items, Item{Article: a, Events: []dyad.Event{ev}})
	}
	return items
}

// TestRepresentativeIndependentOfOrder stores repItems in every order,
// one batch each and all in one batch: the event shows the same
// representative (evidence, article, URL) whatever the order.
func TestRepresentativeIndependentOfOrder(t *testing.T) {
	ctx := context.Background()
	for _, order := range [][]int{{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}} {
		for _, oneBatch := range []bool{false, true} {
			db := openTemp(t)
			items := repItems()
			var batch []Item
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
			evs, err := db.Events(ctx, Filter{})
			if err != nil {
				t.Fatal(err)
			}
			if len(evs) != 1 {
				t.Fatalf("order %v: %d events, want 1", order, len(evs))
			}
			e := evs[0]
			got := [4]any{e.Evidence.Text, e.ArticleID == items[2].Article.ID, e.SourceURL, e.NumMentions}
			want := [4]any{"North Korea launched a missile that flew over Japan on Saturday.", true, "https://daily.example/first", 3}
			if got != want {
				t.Errorf("order %v, one batch %v: got %v, want %v", order, oneBatch, got, want)
			}
			if e.Confidence != 0.8 {
				t.Errorf("order %v: confidence %v, want the surest mention's 0.8", order, e.Confidence)
			}
		}
	}
}
