package sqlite

import (
	"context"
	"errors"
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
	if as, _ = db.SearchActors(ctx, "%", 10); len(as) != 0 {
		t.Errorf("SearchActors(%%) = %+v, want none (wildcards are literal)", as)
	}

	ps, err := db.Places(ctx, Filter{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ps, []PlaceCount{{"Seoul", "KOR", 37.5, 127, 2}}) {
		t.Errorf("Places = %+v", ps)
	}

	ms, err := db.ArticleMentions(ctx, "a3")
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
