package postgres_test

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/pgtest"
	"github.com/dyad-events/dyad/internal/testutil"
	"github.com/dyad-events/dyad/postgres"
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

// TestMigrateJoinPlaces (migration 9): a store written before SaveBatch
// joined the events of one identity but the place holds the tellings of
// one deed as separate events (Tokyo, unplaced, Japan); nothing joined
// them when a dyad that joins opened it. Open joins them once, as the
// sqlite package's migration 7 does; two places of one country keep the
// unplaced telling apart.
func TestMigrateJoinPlaces(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		tellings []string
		events   string
		n        int
	}{
		{[]string{"Reuters@Tokyo", "AP@", "NHK@Japan"}, "Tokyo 3/3/3", 1},
		{[]string{"Reuters@Tokyo", "Kyodo@Osaka", "AP@"}, "- 1/1/1\nOsaka 1/1/1\nTokyo 1/1/1", 3},
	} {
		dsn := pgtest.DSN(t)
		old, err := postgres.Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		// the version 8 store: each telling saved as its own event (a
		// story of its own while the next is saved, so that nothing
		// joins them), then given back its identity
		for _, s := range tc.tellings {
			a, ev := testutil.PlaceJoinItem(s)
			if _, err := old.SaveBatch(ctx, []sqlite.Item{{Article: a, Events: []dyad.Event{ev}}}); err != nil {
				t.Fatal(err)
			}
			if _, err := old.Pool().Exec(ctx, "UPDATE events SET story = 'apart ' || id WHERE story = ''"); err != nil {
				t.Fatal(err)
			}
		}
		for _, q := range []string{"UPDATE events SET story = ''", "UPDATE dyad_schema SET version = 8"} {
			if _, err := old.Pool().Exec(ctx, q); err != nil {
				t.Fatal(err)
			}
		}
		if c, err := old.Counts(ctx); err != nil || c.Events != 3 {
			t.Fatalf("version 8 store: counts %+v (%v), want 3 events", c, err)
		}
		old.Close()

		db, err := postgres.Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		if v, err := db.Version(ctx); v != postgres.SchemaVersion || err != nil {
			t.Errorf("version %d, %v; want %d", v, err, postgres.SchemaVersion)
		}
		var got []string
		for _, r := range rows(t, db, sqlite.Filter{}) {
			loc := strings.Split(r.key, "|")[4]
			got = append(got, fmt.Sprintf("%s %d/%d/%d", cmp.Or(loc, "-"), r.mentions, r.sources, r.arts))
		}
		slices.Sort(got)
		if strings.Join(got, "\n") != tc.events {
			t.Errorf("migrated %v:\n%s\nwant\n%s", tc.tellings, strings.Join(got, "\n"), tc.events)
		}
		if c, err := db.Counts(ctx); err != nil || c.Events != tc.n || c.Mentions != 3 || c.Articles != 3 {
			t.Errorf("migrated %v: counts %+v (%v), want %d events, 3 mentions, 3 articles", tc.tellings, c, err, tc.n)
		}
		if s, err := db.IntegrityCheck(ctx); s != "ok" || err != nil {
			t.Errorf("integrity: %q %v", s, err)
		}
		db.Close()
	}
}
