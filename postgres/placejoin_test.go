package postgres_test

import (
	"cmp"
	"context"
	"fmt"
	"slices"
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
				var n []int
				for _, r := range saveBoth(t, lite, pg, batch) {
					n = append(n, r.NewEvents)
				}
				newEvs = append(newEvs, fmt.Sprint(n))
			}
			// the events' places and counts (their outlets: in TestJoinUnplaced)
			var got, want []string
			for _, r := range rows(t, pg, sqlite.Filter{}) {
				loc := strings.Split(r.key, "|")[4]
				got = append(got, fmt.Sprintf("%s %d/%d/%d", cmp.Or(loc, "-"), r.mentions, r.sources, r.arts))
			}
			for _, line := range strings.Split(tc.Events, "\n") {
				want = append(want, line[:strings.Index(line, ":")])
			}
			slices.Sort(got)
			slices.Sort(want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("events:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
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
