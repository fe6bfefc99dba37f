package postgres_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/testutil"
	"github.com/dyad-events/dyad/sqlite"
)

// TestJoinUnplacedSameAsSQLite: a telling of an event that names no place
// joins the one placed event of its identity in PostgreSQL as in SQLite
// (testutil.PlaceJoinCases): the same events, mentions and counts, the
// same NewEvents, a sound store.
func TestJoinUnplacedSameAsSQLite(t *testing.T) {
	ctx := context.Background()
	for _, tc := range testutil.PlaceJoinCases {
		t.Run(tc.Name, func(t *testing.T) {
			lite, pg := openBoth(t)
			var newEvs []string
			for _, b := range tc.Batches {
				var batch []sqlite.Item
				for _, s := range b {
					a, ev := testutil.PlaceJoinItem(s)
					batch = append(batch, sqlite.Item{Article: a, Events: []dyad.Event{ev}})
				}
				lres, err := lite.SaveBatch(ctx, batch)
				if err != nil {
					t.Fatal(err)
				}
				pres, err := pg.SaveBatch(ctx, batch)
				if err != nil {
					t.Fatal(err)
				}
				if fmt.Sprint(lres) != fmt.Sprint(pres) {
					t.Errorf("results:\nsqlite   %v\npostgres %v", lres, pres)
				}
				var n []int
				for _, r := range pres {
					n = append(n, r.NewEvents)
				}
				newEvs = append(newEvs, fmt.Sprint(n))
			}
			if got := placeEvents(t, pg); got != tc.Events {
				t.Errorf("events:\n%s\nwant:\n%s", got, tc.Events)
			}
			if got := strings.Join(newEvs, " "); got != tc.NewEvs {
				t.Errorf("new events %s, want %s", got, tc.NewEvs)
			}
			if l, p := rows(t, lite, sqlite.Filter{}), rows(t, pg, sqlite.Filter{}); fmt.Sprint(l) != fmt.Sprint(p) {
				t.Errorf("events:\nsqlite   %v\npostgres %v", l, p)
			}
			lc, _ := lite.Counts(ctx)
			if pc, err := pg.Counts(ctx); err != nil || pc != lc {
				t.Errorf("counts %+v (%v), sqlite %+v", pc, err, lc)
			}
			if s, err := pg.IntegrityCheck(ctx); s != "ok" || err != nil {
				t.Errorf("integrity: %q %v", s, err)
			}
		})
	}
}

// placeEvents lists db's events as testutil.PlaceJoinCase does.
func placeEvents(t *testing.T, db reader) string {
	t.Helper()
	evs, err := db.Events(context.Background(), sqlite.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, e := range evs {
		loc := "-"
		if e.Location != nil {
			loc = e.Location.Name
		}
		ms, err := db.Mentions(context.Background(), e.GlobalEventID)
		if err != nil {
			t.Fatal(err)
		}
		var outlets []string
		for _, m := range ms {
			outlets = append(outlets, m.Source)
		}
		lines = append(lines, fmt.Sprintf("%s %d/%d/%d: %s", loc, e.NumMentions, e.NumSources, e.NumArticles, strings.Join(outlets, " ")))
	}
	return strings.Join(lines, "\n")
}
