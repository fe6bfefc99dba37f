package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
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
