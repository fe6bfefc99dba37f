package sqlite

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/dyad-events/dyad"
)

// webStore stores three hand-made articles: two dated events in July 2024
// (PRK→KOR accusations, one in Seoul) and one JPN→KOR meeting in August.
func webStore(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "web.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	mk := func(id, date, src, srcC, tgt, tgtC, cameo, root string, quad int, g float64, loc *dyad.Location, text string) {
		a := &dyad.Article{ID: id, URL: "https://example.org/" + id, Source: "Wire " + id, Published: date, Body: []string{text}}
		ev := dyad.Event{ID: id + "-e", ArticleID: id, Date: date, DatePrecision: dyad.Day,
			Source: actor(src, srcC, srcC+" name", "x"), Target: actor(tgt, tgtC, tgtC+" name", "y"),
			CAMEO: cameo, CAMEORoot: root, QuadClass: quad, Goldstein: g, Status: dyad.Asserted, Location: loc,
			Evidence: dyad.Evidence{Text: text, Verb: "v", Span: [2]int{0, 1}}}
		if _, err := db.SaveArticle(ctx, a, []dyad.Event{ev}); err != nil {
			t.Fatal(err)
		}
	}
	seoul := &dyad.Location{Name: "Seoul", Country: "KOR", Lat: 37.5, Lon: 127}
	mk("a1", "2024-07-13", "PRKGOV", "PRK", "KOR", "KOR", "112", "11", 3, -2, seoul, "North Korea accused South Korea of sending leaflets over the border on Saturday.")
	mk("a2", "2024-07-14", "PRKGOV", "PRK", "KOR", "KOR", "111", "11", 3, -2, nil, "Pyongyang criticised Seoul again in a long statement carried by state media.")
	mk("a3", "2024-08-02", "JPNGOV", "JPN", "KOR", "KOR", "040", "04", 1, 1, seoul, "Japan's prime minister met the South Korean president to discuss trade.")
	return path
}

func TestReadOnlyQueries(t *testing.T) {
	db, err := OpenReadOnly(webStore(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()

	tl, err := db.Timeline(ctx, Filter{}, "quad", "month")
	if err != nil {
		t.Fatal(err)
	}
	want := []TimelinePoint{{"2024-07", "3", 2, 2}, {"2024-08", "1", 1, 1}}
	if !reflect.DeepEqual(tl, want) {
		t.Errorf("Timeline = %+v, want %+v", tl, want)
	}
	tl, _ = db.Timeline(ctx, Filter{Actor: "PRK"}, "root", "day")
	want = []TimelinePoint{{"2024-07-13", "11", 1, 1}, {"2024-07-14", "11", 1, 1}}
	if !reflect.DeepEqual(tl, want) {
		t.Errorf("Timeline PRK by root = %+v, want %+v", tl, want)
	}
	for _, c := range []struct{ by, bucket string }{{"plover", "day"}, {"quad", "week"}} {
		if _, err := db.Timeline(ctx, Filter{}, c.by, c.bucket); err == nil {
			t.Errorf("Timeline(%q, %q): no error", c.by, c.bucket)
		}
	}

	ds, err := db.Dyads(ctx, Filter{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	wantD := []DyadCount{
		{"PRKGOV", "PRK name", "KOR", "KOR name", 2, 2, -2},
		{"JPNGOV", "JPN name", "KOR", "KOR name", 1, 1, 1},
	}
	if !reflect.DeepEqual(ds, wantD) {
		t.Errorf("Dyads = %+v, want %+v", ds, wantD)
	}

	as, err := db.SearchActors(ctx, "prk", 10)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(as, []ActorCount{{"PRKGOV", "PRK name", 2}}) {
		t.Errorf("SearchActors(prk) = %+v", as)
	}
	as, _ = db.SearchActors(ctx, "jpn NAME", 10)
	if !reflect.DeepEqual(as, []ActorCount{{"JPNGOV", "JPN name", 1}}) {
		t.Errorf("SearchActors(jpn NAME) = %+v", as)
	}
	if as, _ = db.SearchActors(ctx, "%", 10); as == nil || len(as) != 0 {
		t.Errorf("SearchActors(%%) = %#v, want none (wildcards are literal), an empty list the web API writes as []", as)
	}

	ps, err := db.Places(ctx, Filter{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ps, []PlaceCount{{"Seoul", "KOR", 37.5, 127, 2}}) {
		t.Errorf("Places = %+v", ps)
	}

	ms, _, err := db.ArticleMentions(ctx, "a3", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 1 || ms[0].Event.CAMEO != "040" || ms[0].URL != "https://example.org/a3" {
		t.Errorf("ArticleMentions(a3) = %+v", ms)
	}
	ev, err := db.Event(ctx, ms[0].EventID)
	if err != nil || ev.CAMEO != "040" || ev.NumMentions != 1 {
		t.Errorf("Event(%d) = %+v, %v", ms[0].EventID, ev, err)
	}
	if _, err := db.Event(ctx, 999); !errors.Is(err, ErrNotFound) {
		t.Errorf("Event(999) error = %v, want ErrNotFound", err)
	}
	if _, err := db.w.ExecContext(ctx, "DELETE FROM events"); err == nil {
		t.Error("a write through a read-only store succeeded")
	}
}

func TestOpenReadOnlyMissing(t *testing.T) {
	p := filepath.Join(t.TempDir(), "none.db")
	if _, err := OpenReadOnly(p); err == nil {
		t.Fatalf("OpenReadOnly(%s): no error", p)
	}
}

func TestCheckText(t *testing.T) {
	db, err := OpenReadOnly(webStore(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, c := range []struct {
		q  string
		ok bool
	}{{"leaflets", true}, {`"prime minister"`, true}, {"Korea AND", false}, {"nosuchcol: x", false}} {
		if err := db.CheckText(context.Background(), c.q); (err == nil) != c.ok {
			t.Errorf("CheckText(%q) = %v, want ok %v", c.q, err, c.ok)
		}
	}
}

// randomStore stores 80 articles with random events (codes, dates of
// every precision, statuses, places) for comparing the index with SQL.
func randomStore(t *testing.T) *DB {
	t.Helper()
	path := filepath.Join(t.TempDir(), "rand.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	db.MaxDistance = 0
	r := rand.New(rand.NewPCG(7, 7))
	pick := func(xs ...string) string { return xs[r.IntN(len(xs))] }
	ctx := context.Background()
	for i := 0; i < 80; i++ {
		id := fmt.Sprintf("r%02d", i)
		word := pick("missile", "talks", "ceasefire", "protest")
		text := fmt.Sprintf("Story %d about %s and more %s.", i, word, pick("alpha", "beta"))
		a := &dyad.Article{ID: id, URL: "https://example.org/" + id, Source: pick("A", "B", "C"), Body: []string{text}}
		var evs []dyad.Event
		for k := 0; k < 1+r.IntN(4); k++ {
			src, tgt := pick("PRK", "PRKGOV", "KOR", "KORMIL", "USAGOV", "RUS"), pick("", "PRK", "KOR", "USA", "RUSGOV", "IGOUNO")
			root := pick("01", "04", "11", "19")
			ev := dyad.Event{ID: fmt.Sprintf("%s-%d", id, k), ArticleID: id, Sentence: 0,
				Date:   pick("", "2024", "2024-06", "2024-06-0"+fmt.Sprint(1+r.IntN(9)), "2024-07-1"+fmt.Sprint(r.IntN(9))),
				Source: actor(src, src[:3], src+" n", "s"), CAMEO: root + pick("0", "1", "2"), CAMEORoot: root,
				QuadClass: map[string]int{"01": 1, "04": 1, "11": 3, "19": 4}[root], Goldstein: float64(r.IntN(21) - 10),
				Plover:   dyad.Plover{Event: pick("", "ACCUSE", "Assault")},
				Status:   dyad.Status(pick("asserted", "alleged", "denied", "future")),
				Evidence: dyad.Evidence{Text: text, Verb: "x", Span: [2]int{0, 1}}}
			if tgt != "" {
				ev.Target = actor(tgt, map[bool]string{true: "", false: tgt[:3]}[tgt == "IGOUNO"], tgt+" n", "t")
			}
			if r.IntN(2) == 0 {
				c := pick("Seoul", "Pyongyang")
				ev.Location = &dyad.Location{Name: c, Country: "KOR", Lat: 37.5, Lon: 127}
			}
			evs = append(evs, ev)
		}
		if _, err := db.SaveArticle(ctx, a, evs); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

func TestEventIndexMatchesSQL(t *testing.T) {
	db := randomStore(t)
	defer db.Close()
	ctx := context.Background()
	ix, err := db.LoadEventIndex(ctx)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := db.Counts(ctx)
	if ix.Len() != c.Events || ix.Len() < 100 {
		t.Fatalf("index has %d events, store %d", ix.Len(), c.Events)
	}
	filters := []Filter{{}, {Actor: "PRK"}, {Actor: "PRKGOV"}, {Country: "KOR"}, {Dyad: [2]string{"PRK", ""}},
		{Dyad: [2]string{"", "IGO"}}, {Dyad: [2]string{"USA", "PRK"}}, {CAMEO: "19"}, {CAMEO: "041"}, {Root: "11"},
		{QuadClass: 4}, {Plover: "assault"}, {Plover: "ACCUSE"}, {Status: dyad.Denied}, {Status: dyad.Asserted},
		{From: "2024-06-05"}, {To: "2024-06"}, {To: "2024"}, {From: "2024-06-01", To: "2024-06-30"},
		{Text: "missile"}, {Text: "talks AND beta", Actor: "KOR"}, {After: 50}, {Limit: 7, After: 20, Actor: "RUS"},
		{Actor: "KOR", QuadClass: 1, Status: dyad.Future, From: "2024"}}
	for _, f := range filters {
		var text map[int64]bool
		if f.Text != "" {
			if text, err = db.TextEvents(ctx, f.Text); err != nil {
				t.Fatal(err)
			}
			arts, err := db.TextArticles(ctx, f.Text)
			if err != nil {
				t.Fatal(err)
			}
			if viaIndex := ix.ArticleEvents(arts); !reflect.DeepEqual(viaIndex, text) {
				t.Errorf("%q: ArticleEvents %v, TextEvents %v", f.Text, viaIndex, text)
			}
		}
		want, err := db.Events(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		wantIDs := []int64{}
		for _, e := range want {
			wantIDs = append(wantIDs, e.GlobalEventID)
		}
		got, err := ix.EventIDs(f, text)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, wantIDs) {
			t.Errorf("%+v: index ids %v, SQL %v", f, got, wantIDs)
		}
		byID, _ := db.EventsByID(ctx, got)
		if len(byID) != len(want) || (len(want) > 0 && !reflect.DeepEqual(byID[0], want[0])) {
			t.Errorf("%+v: EventsByID differs from Events", f)
		}
		for _, by := range []string{"quad", "root"} {
			for _, b := range []string{"day", "month", "year"} {
				w, _ := db.Timeline(ctx, f, by, b)
				g, _ := ix.Timeline(f, text, by, b)
				if !reflect.DeepEqual(g, w) {
					t.Errorf("%+v: timeline %s %s: index %v, SQL %v", f, by, b, g, w)
				}
			}
		}
		wd, _ := db.Dyads(ctx, f, 0)
		gd, _ := ix.Dyads(f, text, 0)
		if len(wd) != len(gd) {
			t.Errorf("%+v: %d dyads, SQL %d", f, len(gd), len(wd))
		}
		for i := range min(len(wd), len(gd)) {
			w, g := wd[i], gd[i]
			if math.Abs(w.MeanGoldstein-g.MeanGoldstein) < 1e-9 {
				g.MeanGoldstein = w.MeanGoldstein
			}
			if w != g {
				t.Errorf("%+v: dyad %d: index %+v, SQL %+v", f, i, g, w)
			}
		}
		wp, _ := db.Places(ctx, f, 0)
		gp, _ := ix.Places(f, text, 0)
		if !reflect.DeepEqual(gp, wp) {
			t.Errorf("%+v: places: index %v, SQL %v", f, gp, wp)
		}
	}
	if stale, _ := db.Stale(ctx, ix); stale {
		t.Error("fresh index is stale")
	}
	a := &dyad.Article{ID: "late", Body: []string{"A late story."}}
	db.SaveArticle(ctx, a, []dyad.Event{{ID: "l", ArticleID: "late", Date: "2024-08-01", CAMEO: "010", CAMEORoot: "01", QuadClass: 1,
		Source: actor("JPN", "JPN", "Japan", "Japan"), Status: dyad.Asserted, Evidence: dyad.Evidence{Text: "A late story."}}})
	if stale, _ := db.Stale(ctx, ix); !stale {
		t.Error("index not stale after a new mention")
	}
}
