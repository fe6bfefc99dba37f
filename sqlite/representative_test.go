package sqlite

import (
	"context"
	"strings"
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
		{"told by its verb, less sure", Rep{Told: true, Confidence: 0.5, Day: "2024-07-14", ArticleID: "z"}, true},
		{"told by its verb, with a credit", Rep{Credit: true, Told: true, Confidence: 0.9, ArticleID: "a"}, false},
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

func TestToldByVerb(t *testing.T) {
	for _, c := range []struct {
		text, src, verb string
		want            bool
	}{
		{"North Korea fired a ballistic missile over Japan on Friday.", "North Korea", "fired a ballistic missile", true},
		{"The DPRK reportedly fired a missile over Japan's northern island Hokkaido.", "The DPRK", "fired a missile", true},
		{"North Korea has just launched a missile, the alert says.", "North Korea", "launched a missile", true},
		{"DPRK launches ballistic missile, flies over N. Japan: Japanese gov't", "DPRK", "launches ballistic missile", true},
		{"Israeli jets struck a camp near Rafah on Monday.", "Israeli jets", "struck", true},
		{"Last month, North Korea test-fired a submarine-launched ballistic missile.", "North Korea", "test-fired", true},
		// a noun naming the act, not its verb
		{"China opposes DPRK's missile launch: FM spokesperson", "DPRK", "missile launch", false},
		{"Russia strongly condemned the latest missile launch by the DPRK.", "DPRK", "missile launch", false},
		{"North Korea missile launch footage emerges as Kim claims parity", "North Korea", "missile launch", false},
		{"Japan split over how to deal with North Korean missile launches", "North Korean", "missile launches", false},
		{"Ukraine counted the Russian strikes on Kharkiv.", "Russian", "strikes", false},
		// the source far from the verb, or after it
		{"North Korea, defying the Security Council, fired a missile.", "North Korea", "fired a missile", false},
		{"A missile was fired by North Korea on Friday.", "North Korea", "fired", false},
	} {
		vs := strings.Index(c.text, c.verb)
		ss := strings.Index(c.text, c.src)
		ev := dyad.Event{Source: &dyad.Actor{Code: "PRK", Text: c.src, Span: [2]int{ss, ss + len(c.src)}},
			Evidence: dyad.Evidence{Text: c.text, Verb: c.verb, Span: [2]int{vs, vs + len(c.verb)}}}
		if got := ToldByVerb(&ev); got != c.want {
			t.Errorf("%q (%q, %q): ToldByVerb = %v, want %v", c.text, c.src, c.verb, got, c.want)
		}
	}
	noSource := dyad.Event{Evidence: dyad.Evidence{Text: "Missiles were fired.", Verb: "fired", Span: [2]int{14, 19}}}
	if ToldByVerb(&noSource) {
		t.Error("an event without a source is told by its verb")
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
