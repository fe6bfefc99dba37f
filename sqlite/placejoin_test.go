package sqlite

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/testutil"
)

// TestJoinUnplaced: a telling of an event that names no place joins the
// one placed event of its date, source, target, CAMEO code and status,
// whichever is stored first, in one batch or several, and the batches'
// NewEvents count the one event once; it stays apart when two placed
// events (Tokyo, Osaka) could be it, and an allegation stays apart from
// the act. The place was part of the event's identity: the unplaced
// tellings were a second event.
func TestJoinUnplaced(t *testing.T) {
	ctx := context.Background()
	for _, tc := range testutil.PlaceJoinCases {
		t.Run(tc.Name, func(t *testing.T) {
			db, err := Open(filepath.Join(t.TempDir(), "events.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			var newEvs []string
			items := 0
			for _, b := range tc.Batches {
				var batch []Item
				for _, s := range b {
					a, ev := testutil.PlaceJoinItem(s)
					batch = append(batch, Item{Article: a, Events: []dyad.Event{ev}})
				}
				items += len(batch)
				res, err := db.SaveBatch(ctx, batch)
				if err != nil {
					t.Fatal(err)
				}
				var n []int
				for _, r := range res {
					n = append(n, r.NewEvents)
				}
				newEvs = append(newEvs, fmt.Sprint(n))
			}
			if got := placeJoinEvents(t, db); got != tc.Events {
				t.Errorf("events:\n%s\nwant:\n%s", got, tc.Events)
			}
			if got := strings.Join(newEvs, " "); got != tc.NewEvs {
				t.Errorf("new events %s, want %s", got, tc.NewEvs)
			}
			c, err := db.Counts(ctx)
			if want := strings.Count(tc.Events, "\n") + 1; err != nil || c.Events != want || c.Mentions != items || c.Actors != 2 {
				t.Errorf("counts %+v (%v), want %d events, %d mentions, 2 actors", c, err, want, items)
			}
			if as, err := db.Actors(ctx, 0); err != nil || fmt.Sprint(as) != fmt.Sprintf("[{CHN China %d} {JPNGOV Japan %d}]", items, items) {
				t.Errorf("actors %v (%v)", as, err)
			}
		})
	}
}

// placeJoinEvents lists db's events as testutil.PlaceJoinCase does.
func placeJoinEvents(t *testing.T, db *DB) string {
	t.Helper()
	evs, err := db.Events(context.Background(), Filter{})
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

// TestMigrateJoinPlaces (migration 7): a store written before SaveBatch
// joined the events of one identity but the place holds the tellings of
// one deed as separate events (Tokyo, unplaced, Japan); nothing joined
// them when a dyad that joins opened it. Open joins them once, as
// SaveBatch would have; two places of one country keep the unplaced
// telling apart.
func TestMigrateJoinPlaces(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		tellings []string
		before   string
		events   string
		n        int
	}{
		{[]string{"Reuters@Tokyo", "AP@", "NHK@Japan"}, "Tokyo 1/1/1: Reuters\n- 1/1/1: AP\nJapan 1/1/1: NHK", "Tokyo 3/3/3: Reuters AP NHK", 1},
		{[]string{"Reuters@Tokyo", "Kyodo@Osaka", "AP@"}, "Tokyo 1/1/1: Reuters\nOsaka 1/1/1: Kyodo\n- 1/1/1: AP", "Tokyo 1/1/1: Reuters\nOsaka 1/1/1: Kyodo\n- 1/1/1: AP", 3},
	} {
		path := filepath.Join(t.TempDir(), "v6.db")
		old, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		// the version 6 store: each telling saved as its own event (a
		// story of its own while the next is saved, so that nothing
		// joins them), then given back its identity
		for _, s := range tc.tellings {
			a, ev := testutil.PlaceJoinItem(s)
			if _, err := old.SaveBatch(ctx, []Item{{Article: a, Events: []dyad.Event{ev}}}); err != nil {
				t.Fatal(err)
			}
			if _, err := old.w.ExecContext(ctx, "UPDATE events SET story = 'apart ' || id WHERE story = ''"); err != nil {
				t.Fatal(err)
			}
		}
		for _, q := range []string{"UPDATE events SET story = ''", "PRAGMA user_version = 6"} {
			if _, err := old.w.ExecContext(ctx, q); err != nil {
				t.Fatal(err)
			}
		}
		if got := placeJoinEvents(t, old); got != tc.before {
			t.Fatalf("version 6 store:\n%s\nwant\n%s", got, tc.before)
		}
		old.Close()

		db, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		if db.OpenedVersion() != 6 {
			t.Errorf("opened version %d, want 6", db.OpenedVersion())
		}
		if got := placeJoinEvents(t, db); got != tc.events {
			t.Errorf("migrated %v:\n%s\nwant\n%s", tc.tellings, got, tc.events)
		}
		if c, err := db.Counts(ctx); err != nil || c.Events != tc.n || c.Mentions != 3 || c.Articles != 3 {
			t.Errorf("migrated %v: counts %+v (%v), want %d events, 3 mentions, 3 articles", tc.tellings, c, err, tc.n)
		}
		db.Close()
	}
}

// TestPlaceOrder: the events of one deed's tellings (testutil.PlaceOrderCases)
// are the same whatever order they are stored in and however they are
// split between batches and runs (the store closed and opened again
// between two batches): a telling that joined Tokyo (unplaced, or at the country)
// goes back to an event of its own when Osaka comes later, as it stays
// apart when Osaka comes first; the batches' NewEvents add up to the
// events stored.
func TestPlaceOrder(t *testing.T) {
	ctx := context.Background()
	// a new store, copied for each run (creating one costs more than the run)
	empty := filepath.Join(t.TempDir(), "empty.db")
	db, err := Open(empty)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	blank, err := os.ReadFile(empty)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range testutil.PlaceOrderCases {
		for _, order := range testutil.Permutations(tc.Tellings) {
			for _, split := range testutil.Splits(order, tc.Short) {
				path := filepath.Join(t.TempDir(), "events.db")
				if err := os.WriteFile(path, blank, 0o644); err != nil {
					t.Fatal(err)
				}
				db, err := Open(path)
				if err != nil {
					t.Fatal(err)
				}
				newEvs := 0
				for i, b := range split {
					if i == 1 && len(split) == 2 { // a second run
						db.Close()
						if db, err = Open(path); err != nil {
							t.Fatal(err)
						}
					}
					var batch []Item
					for _, s := range b {
						a, ev := testutil.PlaceJoinItem(s)
						batch = append(batch, Item{Article: a, Events: []dyad.Event{ev}})
					}
					res, err := db.SaveBatch(ctx, batch)
					if err != nil {
						t.Fatal(err)
					}
					for _, r := range res {
						newEvs += r.NewEvents
					}
				}
				if got := sortedPlaceEvents(t, db); got != tc.Events {
					t.Errorf("%v:\n%s\nwant:\n%s", split, got, tc.Events)
				}
				c, err := db.Counts(ctx)
				if want := strings.Count(tc.Events, "\n") + 1; err != nil || c.Events != want || newEvs != want {
					t.Errorf("%v: %d events, NewEvents %d (%v), want %d", split, c.Events, newEvs, err, want)
				}
				var bad int
				if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM events e WHERE
					num_mentions <> (SELECT count(*) FROM mentions WHERE event_id = e.id) OR
					num_sources <> (SELECT count(DISTINCT outlet) FROM mentions WHERE event_id = e.id) OR
					num_articles <> (SELECT count(DISTINCT article_id) FROM mentions WHERE event_id = e.id)`).Scan(&bad); err != nil || bad != 0 {
					t.Errorf("%v: %d events miscounted (%v)", split, bad, err)
				}
				db.Close()
			}
		}
	}
}

// sortedPlaceEvents lists db's events as placeJoinEvents does, each
// event's outlets sorted and the events sorted: what stays the same
// whatever the order of storage.
func sortedPlaceEvents(t *testing.T, db *DB) string {
	t.Helper()
	var lines []string
	for _, l := range strings.Split(placeJoinEvents(t, db), "\n") {
		head, outlets, _ := strings.Cut(l, ": ")
		os := strings.Fields(outlets)
		slices.Sort(os)
		lines = append(lines, head+": "+strings.Join(os, " "))
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

// TestMigrateRegroup (migration 8): a store written by a dyad that
// joined tellings in the order they came holds an unplaced telling and
// one at the country joined to Tokyo, and Osaka's event stored after
// them apart; Open gives them back their own events, as storing them in
// any order does now (TestPlaceOrder), and the store goes on merging.
func TestMigrateRegroup(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v7.db")
	old, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	save := func(db *DB, tellings ...string) {
		t.Helper()
		var batch []Item
		for _, s := range tellings {
			a, ev := testutil.PlaceJoinItem(s)
			batch = append(batch, Item{Article: a, Events: []dyad.Event{ev}})
		}
		if _, err := db.SaveBatch(ctx, batch); err != nil {
			t.Fatal(err)
		}
	}
	save(old, "AP@", "Reuters@Tokyo", "BBC@Japan")
	// Osaka stored as version 7 stored it: apart, nothing regrouped
	if _, err := old.w.ExecContext(ctx, "UPDATE events SET story = 'apart'"); err != nil {
		t.Fatal(err)
	}
	save(old, "Yahoo@Osaka")
	for _, q := range []string{"UPDATE events SET story = ''", "PRAGMA user_version = 7"} {
		if _, err := old.w.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := placeJoinEvents(t, old), "Tokyo 3/3/3: AP Reuters BBC\nOsaka 1/1/1: Yahoo"; got != want {
		t.Fatalf("version 7 store:\n%s\nwant\n%s", got, want)
	}
	old.Close()

	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if db.OpenedVersion() != 7 {
		t.Errorf("opened version %d, want 7", db.OpenedVersion())
	}
	want := "- 1/1/1: AP\nJapan 1/1/1: BBC\nOsaka 1/1/1: Yahoo\nTokyo 1/1/1: Reuters"
	if got := sortedPlaceEvents(t, db); got != want {
		t.Errorf("migrated:\n%s\nwant\n%s", got, want)
	}
	// and merges on: a second unplaced telling joins the unplaced event
	save(db, "AFP@")
	want = "- 2/2/2: AFP AP\nJapan 1/1/1: BBC\nOsaka 1/1/1: Yahoo\nTokyo 1/1/1: Reuters"
	if got := sortedPlaceEvents(t, db); got != want {
		t.Errorf("after one more telling:\n%s\nwant\n%s", got, want)
	}
	if s, err := db.IntegrityCheck(ctx); err != nil || s != "ok" {
		t.Errorf("integrity %q (%v)", s, err)
	}
}
