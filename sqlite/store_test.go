package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// story is a wire story written for these tests: eight paragraphs, one
// sentence each.
var story = []string{
	"SEOUL, July 13 - North Korea's foreign ministry on Saturday accused South Korea of flying propaganda leaflets across the border near Kaesong.",
	"The ministry said the leaflets were released from balloons launched by activists overnight and warned of unspecified consequences.",
	"South Korean officials denied that the government had any role in the launches and urged restraint from both sides.",
	"Japan's prime minister called for calm in a telephone call with the South Korean president later on Saturday.",
	"Analysts in Seoul said the exchange followed weeks of rising tension along the heavily fortified frontier.",
	"The United Nations Command, which oversees the armistice, said it was monitoring the situation closely.",
	"China's foreign ministry urged all parties to exercise restraint and avoid steps that could escalate the dispute.",
	"Further talks between military officers of the two Koreas are expected to take place next month in Panmunjom.",
}

// syndicated is story as another outlet ran it: a new opening line and the
// last paragraph cut.
func syndicated() []string {
	return append([]string{"Reporting by the wire desk; edited for regional papers."}, story[:len(story)-1]...)
}

func actor(code, country, name, text string) *dyad.Actor {
	return &dyad.Actor{Code: code, Country: country, Name: name, Text: text, Sectors: []string{}}
}

// fakeCode stands in for the coder: it emits fixed events for sentences
// containing a trigger word, dated by the article's publication date.
func fakeCode(a *dyad.Article) []dyad.Event {
	type rule struct {
		word, src, srcCountry, tgt, tgtCountry, cameo, root, plover string
		quad                                                        int
		status                                                      dyad.Status
	}
	rules := []rule{
		{"accused", "PRKGOV", "PRK", "KOR", "KOR", "112", "11", "ACCUSE", 3, dyad.Asserted},
		{"warned", "PRKGOV", "PRK", "KOR", "KOR", "130", "13", "THREATEN", 3, dyad.Asserted},
		{"denied", "KORGOV", "KOR", "PRK", "PRK", "112", "11", "ACCUSE", 3, dyad.Denied},
		{"called for calm", "JPNGOV", "JPN", "KORGOV", "KOR", "040", "04", "CONSULT", 1, dyad.Asserted},
		{"urged all parties", "CHNGOV", "CHN", "", "", "010", "01", "", 1, dyad.Asserted},
		{"talks", "PRKMIL", "PRK", "KORMIL", "KOR", "036", "03", "CONSULT", 1, dyad.Future},
	}
	date := a.Published
	var evs []dyad.Event
	for i, p := range a.Body {
		for _, r := range rules {
			if !strings.Contains(p, r.word) {
				continue
			}
			ev := dyad.Event{
				ID: dyad.ArticleID("", fmt.Sprintf("%s/%d/%s", a.ID, i, r.cameo)), ArticleID: a.ID, Sentence: i,
				Date: date, DatePrecision: dyad.Day,
				Source: actor(r.src, r.srcCountry, r.srcCountry, r.src), CAMEO: r.cameo, CAMEORoot: r.root,
				QuadClass: r.quad, Plover: dyad.Plover{Event: r.plover}, Status: r.status,
				Evidence:   dyad.Evidence{Text: p, Verb: r.word, Span: [2]int{strings.Index(p, r.word), strings.Index(p, r.word) + len(r.word)}},
				Confidence: 0.8,
			}
			if r.tgt != "" {
				ev.Target = actor(r.tgt, r.tgtCountry, r.tgtCountry, r.tgt)
			}
			evs = append(evs, ev)
		}
	}
	return evs
}

func newArticle(url, source, published string, body []string) *dyad.Article {
	return &dyad.Article{ID: dyad.ArticleID(url, ""), URL: url, Source: source, Title: "Leaflet row",
		Published: published, Body: body, Input: url}
}

func openTemp(t testing.TB) *DB {
	t.Helper()
	db, err := Open(filepath.Join(t.TempDir(), "dyad.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func save(t *testing.T, db *DB, a *dyad.Article) Result {
	t.Helper()
	res, err := db.SaveBatch(context.Background(), []Item{{Article: a, Events: fakeCode(a)}})
	if err != nil {
		t.Fatal(err)
	}
	return res[0]
}

func counts(t *testing.T, db *DB) Counts {
	t.Helper()
	c, err := db.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestMigrateFromEmptyFile(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(path, nil, 0o644); err != nil { // an empty file, as touch leaves it
		t.Fatal(err)
	}
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := db.Version(ctx); v != SchemaVersion || SchemaVersion != len(migrations) {
		t.Fatalf("version %d, SchemaVersion %d, migrations %d", v, SchemaVersion, len(migrations))
	}
	var mode string
	db.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode)
	if mode != "wal" {
		t.Errorf("journal_mode %q, want wal", mode)
	}
	var size int
	db.db.QueryRowContext(ctx, "PRAGMA page_size").Scan(&size)
	if size != PageSize {
		t.Errorf("page_size %d, want %d", size, PageSize)
	}
	if c := counts(t, db); c != (Counts{}) {
		t.Errorf("counts %+v, want zero", c)
	}
	// A newer schema is refused, naming the file.
	db.db.ExecContext(ctx, "PRAGMA user_version = 99")
	db.Close()
	if _, err := Open(path); err == nil || err.Error() != "open "+path+": schema version 99 is newer than this dyad's 8" {
		t.Fatalf("Open newer schema: %v", err)
	}
	// Not a database.
	junk := filepath.Join(dir, "notes.txt")
	os.WriteFile(junk, []byte(strings.Repeat("not a database\n", 100)), 0o644)
	if _, err := Open(junk); err == nil || !strings.HasPrefix(err.Error(), "open "+junk+": ") {
		t.Fatalf("Open non-database: %v", err)
	}
}

func TestRoundTripAndIdempotence(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	a := newArticle("https://example.org/leaflets", "Example Wire", "2024-07-13", story)
	r := save(t, db, a)
	// Sentences 0 (accused), 1 (warned), 2 (denied), 3 (calm), 6 (urged), 7 (talks).
	if want := (Result{Added: true, DupGroup: a.ID, NewEvents: 6, Mentions: 6}); r != want {
		t.Fatalf("result %+v, want %+v", r, want)
	}
	want := Counts{Articles: 1, DupGroups: 1, Sentences: 6, Events: 6, Mentions: 6, Actors: 8}
	if c := counts(t, db); c != want {
		t.Fatalf("counts %+v, want %+v", c, want)
	}
	// Same article again: nothing added.
	if added, err := db.SaveArticle(ctx, a, fakeCode(a)); err != nil || added {
		t.Fatalf("re-save: added %v, err %v", added, err)
	}
	if c := counts(t, db); c != want {
		t.Fatalf("after re-save counts %+v, want %+v", c, want)
	}
	got, err := db.Article(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.URL != a.URL || got.Title != a.Title || len(got.Body) != 8 || got.DupGroup != a.ID || got.SimHash != SimHash(strings.Join(story, "\n\n")) {
		t.Errorf("article round trip: %+v", got)
	}
	if _, err := db.Article(ctx, "nope"); err == nil || !strings.Contains(err.Error(), "nope") {
		t.Errorf("missing article: %v", err)
	}
	evs, err := db.Events(ctx, Filter{CAMEO: "112", Actor: "PRK"})
	if err != nil {
		t.Fatal(err)
	}
	// PRKGOV→KOR 112 and KORGOV→PRK 112 (denied).
	if len(evs) != 2 || evs[0].Source.Code != "PRKGOV" || evs[0].Target.Code != "KOR" || evs[0].NumMentions != 1 ||
		evs[0].SourceURL != a.URL || evs[0].Date != "2024-07-13" || evs[1].Status != dyad.Denied {
		t.Fatalf("events %+v", evs)
	}
	ms, err := db.Mentions(ctx, evs[0].GlobalEventID)
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 1 || ms[0].Sentence != 0 || ms[0].Event.Evidence.Verb != "accused" || ms[0].ArticleID != a.ID {
		t.Fatalf("mentions %+v", ms)
	}
	acts, _ := db.Actors(ctx, 2)
	if len(acts) != 2 || acts[0] != (ActorCount{"KOR", "KOR", 2}) {
		t.Errorf("actors %+v", acts)
	}
}

func TestSyndicatedCopyAddsMentions(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	a := newArticle("https://example.org/leaflets", "Example Wire", "2024-07-13", story)
	b := newArticle("https://regional.example.net/world/leaflets", "Regional Daily", "2024-07-13", syndicated())
	c := newArticle("https://other.example.com/leaflets", "Example Wire", "2024-07-13", story[:7])
	d := Hamming(SimHash(strings.Join(story, "\n\n")), SimHash(strings.Join(syndicated(), "\n\n")))
	if d > DefaultMaxDistance {
		t.Fatalf("syndicated copy at distance %d > %d", d, DefaultMaxDistance)
	}
	save(t, db, a)
	rb := save(t, db, b)
	if want := (Result{Added: true, DupGroup: a.ID, NearDuplicate: true, NewEvents: 0, Mentions: 5}); rb != want {
		t.Fatalf("syndicated result %+v, want %+v", rb, want)
	}
	rc := save(t, db, c)
	if !rc.NearDuplicate || rc.NewEvents != 0 || rc.Mentions != 5 {
		t.Fatalf("third copy result %+v", rc)
	}
	want := Counts{Articles: 3, DupGroups: 1, Sentences: 16, Events: 6, Mentions: 16, Actors: 8}
	if got := counts(t, db); got != want {
		t.Fatalf("counts %+v, want %+v", got, want)
	}
	evs, _ := db.Events(ctx, Filter{})
	type agg struct {
		cameo                        string
		mentions, sources, nArticles int
	}
	var got []agg
	for _, e := range evs {
		got = append(got, agg{e.CAMEO, e.NumMentions, e.NumSources, e.NumArticles})
	}
	// The talks paragraph (036) was cut from both copies; c's outlet is a's.
	// NumArticles counts the articles (GDELT's source documents), copies
	// too: three, where the near-duplicate groups are one.
	wantAgg := []agg{{"112", 3, 2, 3}, {"130", 3, 2, 3}, {"112", 3, 2, 3}, {"040", 3, 2, 3}, {"010", 3, 2, 3}, {"036", 1, 1, 1}}
	if fmt.Sprint(got) != fmt.Sprint(wantAgg) {
		t.Fatalf("aggregates %v, want %v", got, wantAgg)
	}
	// Undated: the same events from two different stories stay apart; a
	// syndicated copy of an undated story still adds mentions.
	u1 := newArticle("https://example.org/undated-1", "Example Wire", "", story)
	u2 := newArticle("https://example.org/undated-2", "Example Wire", "", []string{
		"PYONGYANG - North Korea accused South Korea of staging provocative drills near the western sea border.",
	})
	u3 := newArticle("https://regional.example.net/undated-1", "Regional Daily", "", syndicated())
	r1, r2, r3 := save(t, db, u1), save(t, db, u2), save(t, db, u3)
	if r1.NewEvents != 6 || r2.NewEvents != 1 || r3.NewEvents != 0 || r3.Mentions != 5 || !r3.NearDuplicate {
		t.Fatalf("undated: %+v %+v %+v", r1, r2, r3)
	}
	if evs, _ := db.Events(ctx, Filter{CAMEO: "112", Dyad: [2]string{"PRK", "KOR"}}); len(evs) != 3 ||
		evs[1].Date != "" || evs[1].NumMentions != 2 || evs[2].NumMentions != 1 {
		t.Fatalf("undated 112 events %+v", evs)
	}
	// An unrelated story is its own group.
	other := newArticle("https://example.org/talks", "Example Wire", "2024-08-02", []string{
		"Military officers of the two Koreas held talks in Panmunjom on Friday for the first time in five years.",
		"The delegations discussed a hotline between the two militaries and the removal of guard posts near the border.",
	})
	if r := save(t, db, other); r.NearDuplicate || r.DupGroup != other.ID || r.NewEvents != 1 {
		t.Fatalf("unrelated article %+v", r)
	}
}

func TestFilters(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	save(t, db, newArticle("https://example.org/leaflets", "Example Wire", "2024-07-13", story))
	save(t, db, newArticle("https://example.org/talks", "Example Wire", "2024-08-02", []string{
		"Military officers of the two Koreas held talks in Panmunjom on Friday, and Seoul accused Pyongyang of stalling.",
	}))
	tests := []struct {
		name string
		f    Filter
		want string // "cameo:source>target" of each event, in order
	}{
		{"all", Filter{}, "112:PRKGOV>KOR 130:PRKGOV>KOR 112:KORGOV>PRK 040:JPNGOV>KORGOV 010:CHNGOV> 036:PRKMIL>KORMIL 112:PRKGOV>KOR 036:PRKMIL>KORMIL"},
		{"from", Filter{From: "2024-08-01"}, "112:PRKGOV>KOR 036:PRKMIL>KORMIL"},
		{"to month", Filter{To: "2024-07"}, "112:PRKGOV>KOR 130:PRKGOV>KOR 112:KORGOV>PRK 040:JPNGOV>KORGOV 010:CHNGOV> 036:PRKMIL>KORMIL"},
		{"actor either side", Filter{Actor: "KORGOV"}, "112:KORGOV>PRK 040:JPNGOV>KORGOV"},
		{"country", Filter{Country: "JPN"}, "040:JPNGOV>KORGOV"},
		{"dyad", Filter{Dyad: [2]string{"PRK", "KOR"}}, "112:PRKGOV>KOR 130:PRKGOV>KOR 036:PRKMIL>KORMIL 112:PRKGOV>KOR 036:PRKMIL>KORMIL"},
		{"dyad target only", Filter{Dyad: [2]string{"", "PRK"}}, "112:KORGOV>PRK"},
		{"cameo prefix", Filter{CAMEO: "11"}, "112:PRKGOV>KOR 112:KORGOV>PRK 112:PRKGOV>KOR"},
		{"root", Filter{Root: "13"}, "130:PRKGOV>KOR"},
		{"quad", Filter{QuadClass: 1, Limit: 2}, "040:JPNGOV>KORGOV 010:CHNGOV>"},
		{"plover", Filter{Plover: "consult"}, "040:JPNGOV>KORGOV 036:PRKMIL>KORMIL 036:PRKMIL>KORMIL"},
		{"status", Filter{Status: dyad.Future}, "036:PRKMIL>KORMIL 036:PRKMIL>KORMIL"},
		{"text", Filter{Text: "balloons"}, "112:PRKGOV>KOR 130:PRKGOV>KOR 112:KORGOV>PRK 040:JPNGOV>KORGOV 010:CHNGOV> 036:PRKMIL>KORMIL"},
		{"text and cameo", Filter{Text: "stalling", CAMEO: "112"}, "112:PRKGOV>KOR"},
		{"after cursor", Filter{After: 6}, "112:PRKGOV>KOR 036:PRKMIL>KORMIL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs, err := db.Events(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range evs {
				tgt := ""
				if e.Target != nil {
					tgt = e.Target.Code
				}
				got = append(got, e.CAMEO+":"+e.Source.Code+">"+tgt)
			}
			if s := strings.Join(got, " "); s != tt.want {
				t.Errorf("got  %s\nwant %s", s, tt.want)
			}
		})
	}
	for _, tt := range []struct {
		f    Filter
		want string
	}{
		{Filter{Actor: "prk*"}, `filter actor "prk*": want upper-case letters and digits`},
		{Filter{QuadClass: 7}, "filter quad class 7: want 1–4"},
		{Filter{Text: `"unbalanced`}, `text query "\"unbalanced": SQL logic error: unterminated string (1)`},
	} {
		if _, err := db.Events(ctx, tt.f); err == nil || err.Error() != tt.want {
			t.Errorf("filter %+v: error %v, want %s", tt.f, err, tt.want)
		}
	}
}

func TestSimHash(t *testing.T) {
	tests := []struct {
		a, b string
		max  int // largest accepted distance
		min  int // smallest accepted distance
	}{
		{strings.Join(story, " "), strings.Join(story, " "), 0, 0},
		{strings.Join(story, " "), strings.Join(syndicated(), " "), 11, 11},
		{story[0] + story[1], story[4] + story[5], 64, DefaultMaxDistance + 1},
	}
	for i, tt := range tests {
		d := Hamming(SimHash(tt.a), SimHash(tt.b))
		if d > tt.max || d < tt.min {
			t.Errorf("%d: distance %d, want %d..%d", i, d, tt.min, tt.max)
		}
	}
	if c := fmt.Sprintf("%.3f", Containment(strings.Join(story, " "), strings.Join(syndicated(), " "))); c != "0.932" {
		t.Errorf("containment of the syndicated copy %s, want 0.932", c)
	}
	if c := Containment(story[0], story[4]); c != 0 {
		t.Errorf("containment of different sentences %.3f, want 0", c)
	}
	if SimHash("") != 0 || SimHash("  ,. ") != 0 {
		t.Error("empty text must hash to 0")
	}
}

// benchArticle returns the i-th benchmark article: the story's sentences
// with their words shuffled (so articles are not near-duplicates of each
// other), the trigger sentences kept for the fake coder, a date among 28.
func benchArticle(rng *rand.Rand, i int) *dyad.Article {
	body := make([]string, len(story))
	for k, p := range story {
		if k%2 == 1 {
			w := strings.Fields(p)
			rng.Shuffle(len(w), func(a, b int) { w[a], w[b] = w[b], w[a] })
			p = strings.Join(w, " ")
		}
		body[k] = fmt.Sprintf("%s (%d)", p, i)
	}
	return newArticle(fmt.Sprintf("https://example.org/%d", i), fmt.Sprintf("Outlet %d", i%50), fmt.Sprintf("2024-07-%02d", 1+i%28), body)
}

func BenchmarkSaveArticle(b *testing.B) {
	ctx := context.Background()
	db := openTemp(b)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; b.Loop(); i++ {
		a := benchArticle(rng, i)
		if _, err := db.SaveArticle(ctx, a, fakeCode(a)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSaveBatch64(b *testing.B) {
	ctx := context.Background()
	db := openTemp(b)
	rng := rand.New(rand.NewPCG(1, 2))
	n := 0
	for b.Loop() {
		items := make([]Item, 64)
		for j := range items {
			a := benchArticle(rng, n)
			items[j] = Item{Article: a, Events: fakeCode(a)}
			n++
		}
		if _, err := db.SaveBatch(ctx, items); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n)/1e3, "µs/article")
}

// BenchmarkCandidates measures the near-duplicate search over 100,000
// stored SimHashes (the linear scan per saved article).
func BenchmarkCandidates(b *testing.B) {
	db := &DB{MaxDistance: DefaultMaxDistance}
	rng := rand.New(rand.NewPCG(3, 4))
	for i := range 100000 {
		db.addHashes(hashEntry{rng.Uint64(), fmt.Sprint(i), fmt.Sprint(i)})
	}
	for b.Loop() {
		db.candidates(rng.Uint64(), nil)
	}
}

// TestSourceURL: an event's SOURCEURL is its first article's URL, else the
// article's source, else its input name, as dyad code cites it.
func TestSourceURL(t *testing.T) {
	tests := []struct{ url, source, input, want string }{
		{"https://example.org/a", "Example Wire", "a.html", "https://example.org/a"},
		{"", "Example Wire", "b.txt", "Example Wire"},
		{"", "", "c.txt", "c.txt"},
	}
	for i, tc := range tests {
		db := openTemp(t)
		a := newArticle(tc.url, tc.source, "2024-07-13", []string{"North Korea accused South Korea of flying leaflets."})
		a.ID, a.Input = fmt.Sprintf("art%d", i), tc.input
		if _, err := db.SaveArticle(context.Background(), a, fakeCode(a)); err != nil {
			t.Fatal(err)
		}
		evs, err := db.Events(context.Background(), Filter{})
		if err != nil || len(evs) != 1 {
			t.Fatalf("%d: events %v, %v", i, evs, err)
		}
		if evs[0].SourceURL != tc.want || SourceURL(a) != tc.want {
			t.Errorf("%d: SOURCEURL %q, SourceURL %q, want %q", i, evs[0].SourceURL, SourceURL(a), tc.want)
		}
	}
}

// TestHasArticle checks the in-memory answer for ids never stored, the
// query for stored ones, and that an article saved by another handle
// before the first question is known.
func TestHasArticle(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "dyad.db")
	first, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	a := newArticle("https://example.org/leaflets", "Example Wire", "2024-07-13", story)
	save(t, first, a)
	first.Close()

	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	b := newArticle("https://example.org/copy", "Other Wire", "2024-07-13", syndicated())
	for _, c := range []struct {
		id   string
		want bool
	}{{a.ID, true}, {b.ID, false}, {"", false}} {
		if got, err := db.HasArticle(ctx, c.id); err != nil || got != c.want {
			t.Errorf("HasArticle(%q) = %v, %v; want %v", c.id, got, err, c.want)
		}
	}
	save(t, db, b)
	if got, err := db.HasArticle(ctx, b.ID); err != nil || !got {
		t.Errorf("HasArticle(%q) after saving = %v, %v; want true", b.ID, got, err)
	}
}

// TestFTSSettings checks that a new store and one made before the settings
// both get ftsSettings at their writer's Open.
func TestFTSSettings(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dyad.db")
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range append(migrations, fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion)) {
		if _, err := raw.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	raw.Close()
	for _, p := range []string{path, filepath.Join(t.TempDir(), "new.db")} {
		db, err := Open(p)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]int{}
		rows, err := db.db.Query("SELECT k, v FROM articles_fts_config WHERE k IN ('automerge', 'pgsz')")
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var k string
			var v int
			rows.Scan(&k, &v)
			got[k] = v
		}
		rows.Close()
		db.Close()
		if want := map[string]int{"automerge": 16, "pgsz": 16000}; !reflect.DeepEqual(got, want) {
			t.Errorf("%s: settings %v, want %v", filepath.Base(p), got, want)
		}
	}
}

// periodItem is one article with an event on each of the dates, for the
// date-filter tests (also in the postgres package's equivalence test).
func periodItem(dates ...string) Item {
	a := &dyad.Article{ID: "periods", URL: "https://example.org/periods", Source: "Example Wire",
		Body: []string{"North Korea criticised South Korea."}}
	var evs []dyad.Event
	for i, d := range dates {
		evs = append(evs, dyad.Event{ID: fmt.Sprintf("p%d", i), ArticleID: a.ID, Date: d,
			Source: actor("PRK", "PRK", "North Korea", "North Korea"), Target: actor("KOR", "KOR", "South Korea", "South Korea"),
			CAMEO: fmt.Sprintf("11%d", i%10), CAMEORoot: "11", QuadClass: 3, Status: dyad.Asserted,
			Evidence: dyad.Evidence{Text: a.Body[0], Verb: "criticised", Span: [2]int{0, 1}}})
	}
	return Item{Article: a, Events: evs}
}

// checkDates checks that f selects the events of these dates (in id
// order, space-separated), in SQL and in the index alike.
func checkDates(t *testing.T, db *DB, ix *EventIndex, f Filter, want string) {
	t.Helper()
	evs, err := db.Events(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	var ids []int64
	for _, e := range evs {
		got = append(got, e.Date)
		ids = append(ids, e.GlobalEventID)
	}
	if s := strings.Join(got, " "); s != want {
		t.Errorf("%+v: got %q, want %q", f, s, want)
	}
	if viaIndex, err := ix.EventIDs(f, nil); err != nil || fmt.Sprint(viaIndex) != fmt.Sprint(ids) {
		t.Errorf("%+v: index %v (%v), SQL %v", f, viaIndex, err, ids)
	}
}

// TestDateFilterPeriods checks that an event dated to a month or a year
// matches a day range its period overlaps, at both bounds.
func TestDateFilterPeriods(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	if _, err := db.SaveBatch(ctx, []Item{periodItem("2017-11-30", "2017-12", "2017-12-15", "2017", "2018", "2016", "")}); err != nil {
		t.Fatal(err)
	}
	ix, err := db.LoadEventIndex(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		f    Filter
		want string
	}{
		{Filter{From: "2017-12-01", To: "2017-12-31"}, "2017-12 2017-12-15 2017"},
		{Filter{From: "2017-01-01"}, "2017-11-30 2017-12 2017-12-15 2017 2018"},
		{Filter{From: "2017-12-16"}, "2017-12 2017 2018"},
		{Filter{From: "2018-01-01"}, "2018"},
		{Filter{To: "2017-11-30"}, "2017-11-30 2017 2016"},
		{Filter{From: "2017-12", To: "2017-12"}, "2017-12 2017-12-15 2017"},
		{Filter{From: "2017", To: "2017"}, "2017-11-30 2017-12 2017-12-15 2017"},
	} {
		checkDates(t, db, ix, tt.f, tt.want)
	}
}

// TestStatusKeepsEventsApart: a report that an act did not happen is no
// mention of the act. Four outlets report one identity (date, source,
// target, code, place); one of them negated, and one telling the act and
// then its denial (two events of one article, as the coder gives them):
// three events, statuses apart.
func TestStatusKeepsEventsApart(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	ev := func(a *dyad.Article, status dyad.Status) dyad.Event {
		return dyad.Event{ID: a.ID + "/0", ArticleID: a.ID, Date: "2024-07-15", DatePrecision: dyad.Day,
			Source: actor("ISR", "ISR", "Israel", "Israel"), Target: actor("PSE", "PSE", "Palestine", "Gaza"),
			CAMEO: "190", CAMEORoot: "19", QuadClass: 4, Status: status, Confidence: 0.8,
			Evidence: dyad.Evidence{Text: a.Body[0], Verb: "attack"}}
	}
	var items []Item
	for i, c := range []struct {
		url, source, text string
		status            dyad.Status
	}{
		{"https://a.example/1", "A Wire", "Israel did not attack Gaza on Monday, the army said.", dyad.Negated},
		{"https://b.example/1", "B News", "Israel attacked Gaza on Monday, witnesses said.", dyad.Asserted},
		{"https://c.example/1", "C Times", "Israeli aircraft attacked targets in Gaza on Monday.", dyad.Asserted},
	} {
		a := newArticle(c.url, c.source, "2024-07-16", []string{c.text})
		a.Title = fmt.Sprintf("Story %d", i)
		items = append(items, Item{Article: a, Events: []dyad.Event{ev(a, c.status)}})
	}
	d := newArticle("https://d.example/1", "D Post", "2024-07-16", []string{
		"Israeli jets attacked Gaza on Monday.", "Israel denied that its jets attacked Gaza on Monday."})
	d.Title = "Story 3"
	denied := ev(d, dyad.Denied)
	denied.ID, denied.Sentence, denied.Evidence.Text = d.ID+"/1", 1, d.Body[1]
	items = append(items, Item{Article: d, Events: []dyad.Event{ev(d, dyad.Asserted), denied}})
	if _, err := db.SaveBatch(ctx, items); err != nil {
		t.Fatal(err)
	}
	evs, err := db.Events(ctx, Filter{CAMEO: "190"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range evs {
		got = append(got, fmt.Sprintf("%s %d/%d/%d", e.Status, e.NumMentions, e.NumSources, e.NumArticles))
	}
	if want := []string{"negated 1/1/1", "asserted 3/3/3", "denied 1/1/1"}; !reflect.DeepEqual(got, want) {
		t.Errorf("events %v, want %v", got, want)
	}
	for _, c := range []struct {
		status dyad.Status
		want   int
	}{{dyad.Asserted, 1}, {dyad.Negated, 1}, {dyad.Denied, 1}, {dyad.Alleged, 0}} {
		if evs, err := db.Events(ctx, Filter{Status: c.status}); err != nil || len(evs) != c.want {
			t.Errorf("Filter{Status: %s}: %d events, %v; want %d", c.status, len(evs), err, c.want)
		}
	}
}

// TestOutlet: one name an outlet, however its articles give it.
func TestOutlet(t *testing.T) {
	for _, c := range []struct{ source, url, want string }{
		{"Reuters", "", "reuters"},
		{"", "https://uk.reuters.com/article/x", "reuters"},
		{"", "https://www.reuters.com/world/x", "reuters"},
		{"The Guardian", "", "guardian"},
		{"", "https://www.theguardian.com/world/x", "guardian"},
		{"", "https://edition.cnn.com/x", "cnn"},
		{"CNN", "", "cnn"},
		{"", "https://www.bbc.co.uk/news/x", "bbc"},
		{"The Hill", "", "hill"},
		{"", "https://thehill.com/x", "hill"},
		{"The Times", "", "times"},
		{"", "https://www.thetimes.co.uk/x", "times"},
		{"AP", "https://apnews.com/x", "ap"},
		{"", "http://127.0.0.1:8080/x", "127001"},
		{"", "", "group1"},
		{"reuters.com", "", "reuters"},
		{"www.reuters.com:8080", "", "reuters"},
		{"uk.Reuters.com", "https://example.org/x", "reuters"},
		{"https://www.theguardian.com/world", "", "guardian"},
		{"theguardian.com", "", "guardian"},
		{"bbc.co.uk", "", "bbc"},
		{"U.S. News", "", "usnews"},
		{"Yahoo!", "", "yahoo"},
		{"Mr.Wire", "", "mrwire"},
	} {
		a := &dyad.Article{Source: c.source, URL: c.url}
		if got := Outlet(a, "group1"); got != c.want {
			t.Errorf("Outlet(%q, %q) = %q, want %q", c.source, c.url, got, c.want)
		}
	}
}

// TestFilterReversed: a From after the whole period To names is an empty
// range; a From inside a shorter To's period is not.
func TestFilterReversed(t *testing.T) {
	for _, c := range []struct {
		from, to string
		want     bool
	}{
		{"2024-08-01", "2024-07-31", true},
		{"2024-07-31", "2024-07-31", false},
		{"2024-07-15", "2024-07", false},
		{"2024-08-01", "2024-07", true},
		{"2024-12-31", "2024", false},
		{"2025-01-01", "2024", true},
		{"", "2024", false},
		{"2025-01-01", "", false},
		{"2025-01-01", "20", false}, // malformed: validated elsewhere
		{"2024-07", "2024-07-01", false},
		{"2024-08", "2024-07-31", true},
		{"2024", "2024-01-01", false},
		{"2025", "2024", true},
		{"2024", "2024", false},
	} {
		if got := (Filter{From: c.from, To: c.to}).Reversed(); got != c.want {
			t.Errorf("Filter{From: %q, To: %q}.Reversed() = %v, want %v", c.from, c.to, got, c.want)
		}
	}
}

// TestFilterCheckDates: the date bounds' errors, as the command line and
// the API both print them.
func TestFilterCheckDates(t *testing.T) {
	for _, c := range []struct{ from, to, want string }{
		{"2024-07-01", "2024-07", ""},
		{"", "2024", ""},
		{"2024-02-30", "", `--from "2024-02-30": no such date`},
		{"July", "", `--from "July": want YYYY-MM-DD, YYYY-MM or YYYY`},
		{"2024-07", "", ""},
		{"2018", "2018", ""},
		{"2024-13", "", `--from "2024-13": want YYYY-MM-DD, YYYY-MM or YYYY`},
		{"24", "", `--from "24": want YYYY-MM-DD, YYYY-MM or YYYY`},
		{"2024-7", "", `--from "2024-7": want YYYY-MM-DD, YYYY-MM or YYYY`},
		{"2019", "2018-12", `--from 2019 is after --to 2018-12: no event can match`},
		{"", "2024-13", `--to "2024-13": want YYYY-MM-DD, YYYY-MM or YYYY`},
		{"", "2024-06-31", `--to "2024-06-31": no such date`},
		{"2024-08-01", "2024-07", `--from 2024-08-01 is after --to 2024-07: no event can match`},
	} {
		err := Filter{From: c.from, To: c.to}.CheckDates("--from", "--to")
		if got := fmt.Sprint(err); c.want == "" && err != nil || c.want != "" && got != c.want {
			t.Errorf("Filter{From: %q, To: %q}.CheckDates: %v, want %q", c.from, c.to, err, c.want)
		}
	}
}

// TestMinConfidence: an event matches Filter.MinConfidence when one of its
// mentions is that sure, in SQL and in the index alike.
func TestMinConfidence(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	mk := func(id string, conf ...float64) Item {
		a := &dyad.Article{ID: id, URL: "https://example.org/" + id, Published: "2024-07-15", Body: []string{"Israel struck Gaza."}}
		var evs []dyad.Event
		for i, c := range conf {
			evs = append(evs, dyad.Event{ID: fmt.Sprintf("%s/%d", id, i), ArticleID: id, Date: fmt.Sprintf("2024-07-1%d", i),
				Source: actor("ISR", "ISR", "Israel", "Israel"), Target: actor("PSE", "PSE", "Palestine", "Gaza"),
				CAMEO: "190", CAMEORoot: "19", QuadClass: 4, Status: dyad.Asserted, Confidence: c,
				Evidence: dyad.Evidence{Text: a.Body[0], Verb: "struck", Span: [2]int{7, 13}}})
		}
		return Item{Article: a, Events: evs}
	}
	// the event of 2024-07-10 has mentions of 0.45 and 0.8; that of
	// 2024-07-11 one of 0.6
	if _, err := db.SaveBatch(ctx, []Item{mk("a1", 0.45, 0.6), mk("a2", 0.8)}); err != nil {
		t.Fatal(err)
	}
	ix, err := db.LoadEventIndex(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		min  float64
		want string
	}{{0, "2024-07-10 2024-07-11"}, {0.5, "2024-07-10 2024-07-11"}, {0.6, "2024-07-10 2024-07-11"}, {0.8, "2024-07-10"}, {0.81, ""}} {
		checkDates(t, db, ix, Filter{MinConfidence: tt.min}, tt.want)
	}
	evs, err := db.Events(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var confs []float64
	for _, e := range evs {
		confs = append(confs, e.Confidence)
	}
	if fmt.Sprint(confs) != "[0.8 0.6]" {
		t.Errorf("stored events' confidence %v, want their surest mentions' [0.8 0.6]", confs)
	}
	if e, err := db.Event(ctx, evs[0].GlobalEventID); err != nil {
		t.Fatal(err)
	} else if e.Confidence != 0.8 {
		t.Errorf("Event(%d): confidence %v, want 0.8", evs[0].GlobalEventID, e.Confidence)
	}
	if _, err := db.Events(ctx, Filter{MinConfidence: 1.5}); err == nil || err.Error() != "filter min confidence 1.5: want 0–1" {
		t.Errorf("min confidence 1.5: error %v", err)
	}
}
