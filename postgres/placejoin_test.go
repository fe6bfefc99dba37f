package postgres_test

import (
	"cmp"
	"context"
	"fmt"
	"path/filepath"
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

// TestPlaceOrderSameAsSQLite: the events of one deed's tellings
// (testutil.PlaceOrderCases) are the same in PostgreSQL as in SQLite,
// whatever order they are stored in and however they are split between
// batches and runs (the stores closed and opened again between two
// batches): the same places and counts, the same NewEvents, adding up to
// the events stored.
func TestPlaceOrderSameAsSQLite(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	n := 0
	for _, tc := range testutil.PlaceOrderCases {
		var want []string
		for _, line := range strings.Split(tc.Events, "\n") {
			want = append(want, line[:strings.Index(line, ":")])
		}
		for _, order := range testutil.Permutations(tc.Tellings) {
			for _, split := range testutil.Splits(order, tc.Short) {
				n++
				dsn, path := pgtest.DSN(t), filepath.Join(dir, fmt.Sprintf("%d.db", n))
				var lite *sqlite.DB
				var pg *postgres.DB
				open := func() {
					var err error
					if lite, err = sqlite.Open(path); err != nil {
						t.Fatal(err)
					}
					if pg, err = postgres.Open(ctx, dsn); err != nil {
						t.Fatal(err)
					}
				}
				open()
				newEvs := 0
				for i, b := range split {
					if i == 1 && len(split) == 2 { // a second run
						lite.Close()
						pg.Close()
						open()
					}
					var batch []sqlite.Item
					for _, s := range b {
						a, ev := testutil.PlaceJoinItem(s)
						batch = append(batch, sqlite.Item{Article: a, Events: []dyad.Event{ev}})
					}
					for _, r := range saveBoth(t, lite, pg, batch) {
						newEvs += r.NewEvents
					}
				}
				var got []string
				for _, r := range rows(t, pg, sqlite.Filter{}) {
					loc := strings.Split(r.key, "|")[4]
					got = append(got, fmt.Sprintf("%s %d/%d/%d", cmp.Or(loc, "-"), r.mentions, r.sources, r.arts))
				}
				slices.Sort(got)
				if strings.Join(got, "\n") != strings.Join(want, "\n") || newEvs != len(want) {
					t.Errorf("%v: NewEvents %d, events:\n%s\nwant:\n%s", split, newEvs, strings.Join(got, "\n"), strings.Join(want, "\n"))
				}
				lc, _ := lite.Counts(ctx)
				if pc, err := pg.Counts(ctx); err != nil || pc != lc {
					t.Errorf("%v: counts %+v (%v), sqlite %+v", split, pc, err, lc)
				}
				if s, err := pg.IntegrityCheck(ctx); s != "ok" || err != nil {
					t.Errorf("%v: integrity: %q %v", split, s, err)
				}
				lite.Close()
				pg.Close()
			}
		}
	}
}

// TestMigrateRegroup (migration 10): a version 9 store holds an unplaced
// telling and one at the country joined to Tokyo, and Osaka's event
// stored after them apart; Open gives them back their own events, as the
// sqlite package's migration 8 does, and the store goes on merging.
func TestMigrateRegroup(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	old, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	save := func(db *postgres.DB, tellings ...string) {
		t.Helper()
		var batch []sqlite.Item
		for _, s := range tellings {
			a, ev := testutil.PlaceJoinItem(s)
			batch = append(batch, sqlite.Item{Article: a, Events: []dyad.Event{ev}})
		}
		if _, err := db.SaveBatch(ctx, batch); err != nil {
			t.Fatal(err)
		}
	}
	events := func(db *postgres.DB) string {
		var got []string
		for _, r := range rows(t, db, sqlite.Filter{}) {
			got = append(got, fmt.Sprintf("%s %d/%d/%d", cmp.Or(strings.Split(r.key, "|")[4], "-"), r.mentions, r.sources, r.arts))
		}
		slices.Sort(got)
		return strings.Join(got, "\n")
	}
	save(old, "AP@", "Reuters@Tokyo", "BBC@Japan")
	// Osaka stored as version 9 stored it: apart, nothing regrouped
	if _, err := old.Pool().Exec(ctx, "UPDATE events SET story = 'apart'"); err != nil {
		t.Fatal(err)
	}
	save(old, "Yahoo@Osaka")
	for _, q := range []string{"UPDATE events SET story = ''", "UPDATE dyad_schema SET version = 9"} {
		if _, err := old.Pool().Exec(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := events(old), "Osaka 1/1/1\nTokyo 3/3/3"; got != want {
		t.Fatalf("version 9 store:\n%s\nwant\n%s", got, want)
	}
	old.Close()

	db, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if got, want := events(db), "- 1/1/1\nJapan 1/1/1\nOsaka 1/1/1\nTokyo 1/1/1"; got != want {
		t.Errorf("migrated:\n%s\nwant\n%s", got, want)
	}
	save(db, "AFP@")
	if got, want := events(db), "- 2/2/2\nJapan 1/1/1\nOsaka 1/1/1\nTokyo 1/1/1"; got != want {
		t.Errorf("after one more telling:\n%s\nwant\n%s", got, want)
	}
	if s, err := db.IntegrityCheck(ctx); s != "ok" || err != nil {
		t.Errorf("integrity: %q %v", s, err)
	}
}
