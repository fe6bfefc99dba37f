package postgres_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/sqlite"
)

// nextDay is the wire story and its syndicated copy republished the next
// day, their events dated from their publication dates but for the
// "on Saturday" sentence (wire[0]), dated by its text.
func nextDay() []sqlite.Item {
	synd := append([]string{"Reporting by the wire desk; edited for regional papers."}, wire[:len(wire)-1]...)
	arts := []*dyad.Article{
		art("https://wire.example/a", "Example Wire", "2024-07-13T06:26:38", wire),
		art("https://paper.example/b", "Daily Paper", "2024-07-14T09:00:00", synd),
	}
	var items []sqlite.Item
	for _, a := range arts {
		evs := code(a)
		for k := range evs {
			evs[k].Date, evs[k].DateFrom = a.Published[:10], "published"
			if evs[k].Evidence.Text == wire[0] {
				evs[k].Date, evs[k].DateFrom = "2024-07-13", "text"
			}
		}
		items = append(items, sqlite.Item{Article: a, Events: evs})
	}
	return items
}

// TestNextDayCopySameAsSQLite: a copy republished the next day adds
// mentions, not events, in both stores, whether its group's first article
// was stored earlier or in the same batch.
func TestNextDayCopySameAsSQLite(t *testing.T) {
	ctx := context.Background()
	for _, oneBatch := range []bool{false, true} {
		t.Run(fmt.Sprint("one batch ", oneBatch), func(t *testing.T) {
			lite, pg := openBoth(t)
			items := nextDay()
			var lres, pres []sqlite.Result
			batches := [][]sqlite.Item{items[:1], items[1:]}
			if oneBatch {
				batches = [][]sqlite.Item{items}
			}
			for _, b := range batches {
				r1, err := lite.SaveBatch(ctx, b)
				if err != nil {
					t.Fatal(err)
				}
				r2, err := pg.SaveBatch(ctx, b)
				if err != nil {
					t.Fatal(err)
				}
				lres, pres = append(lres, r1...), append(pres, r2...)
			}
			want := fmt.Sprint([]sqlite.Result{
				{Added: true, DupGroup: items[0].Article.ID, NewEvents: 6, Mentions: 6},
				{Added: true, DupGroup: items[0].Article.ID, NearDuplicate: true, NewEvents: 0, Mentions: 5},
			})
			if fmt.Sprint(lres) != want || fmt.Sprint(pres) != want {
				t.Errorf("results:\nsqlite   %v\npostgres %v\nwant     %v", lres, pres, want)
			}
			if items[1].Events[2].Date != "2024-07-14" {
				t.Errorf("the caller's events were changed: %q", items[1].Events[2].Date)
			}
			l, p := rows(t, lite, sqlite.Filter{}), rows(t, pg, sqlite.Filter{})
			if fmt.Sprint(l) != fmt.Sprint(p) {
				t.Errorf("events:\nsqlite   %v\npostgres %v", l, p)
			}
			var got []string
			for _, r := range p {
				got = append(got, fmt.Sprintf("%s %d/%d/%d", r.key, r.mentions, r.sources, r.arts))
			}
			wantRows := "[2024-07-13|CHNGOV||010||asserted 2/2/2 2024-07-13|JPNGOV|KORGOV|040||asserted 2/2/2 " +
				"2024-07-13|KORGOV|PRK|112||denied 2/2/2 2024-07-13|PRKGOV|KOR|112||asserted 2/2/2 " +
				"2024-07-13|PRKGOV|KOR|130||asserted 2/2/2 2024-07-13|PRKMIL|KORMIL|036||asserted 1/1/1]"
			if fmt.Sprint(got) != wantRows {
				t.Errorf("events %v,\nwant %v", got, wantRows)
			}
		})
	}
}
