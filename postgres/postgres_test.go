package postgres_test

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/pgtest"
	"github.com/dyad-events/dyad/internal/testutil"
	"github.com/dyad-events/dyad/postgres"
	"github.com/dyad-events/dyad/sqlite"
)

// wire is a story written for these tests, one sentence a paragraph.
var wire = []string{
	"SEOUL, July 13 - North Korea's foreign ministry on Saturday accused South Korea of flying propaganda leaflets across the border.",
	"The ministry said the leaflets were released from balloons launched by activists overnight and warned of consequences.",
	"South Korean officials denied that the government had any role in the launches and urged restraint from both sides.",
	"Japan's prime minister called for calm in a telephone call with the South Korean president later on Saturday.",
	"Analysts in Seoul said the exchange followed weeks of rising tension along the heavily fortified frontier.",
	"China's foreign ministry urged all parties to exercise restraint and avoid steps that could escalate the dispute.",
	"Further talks between military officers of the two Koreas are expected to take place next month in Panmunjom.",
}

// code is a deterministic stand-in for the coder: fixed events for
// sentences holding a trigger word, dated by the publication date.
func code(a *dyad.Article) []dyad.Event {
	rules := []struct{ word, src, tgt, cameo string }{
		{"accused", "PRKGOV", "KOR", "112"},
		{"warned", "PRKGOV", "KOR", "130"},
		{"denied", "KORGOV", "PRK", "112"},
		{"called for calm", "JPNGOV", "KORGOV", "040"},
		{"urged all parties", "CHNGOV", "", "010"},
		{"talks", "PRKMIL", "KORMIL", "036"},
	}
	var evs []dyad.Event
	for i, p := range a.Body {
		for _, r := range rules {
			if !strings.Contains(p, r.word) {
				continue
			}
			ev := dyad.Event{ID: fmt.Sprintf("%s-%d-%s", a.ID, i, r.cameo), ArticleID: a.ID, Sentence: i,
				Date: a.Published, Source: &dyad.Actor{Code: r.src, Country: r.src[:3], Name: r.src[:3]},
				CAMEO: r.cameo, CAMEORoot: r.cameo[:2], QuadClass: 3, Goldstein: -2, Status: dyad.Asserted,
				Evidence: dyad.Evidence{Text: p, Verb: r.word, Span: [2]int{0, len(r.word)}}}
			if r.word == "denied" {
				ev.Status = dyad.Denied
			}
			if r.tgt != "" {
				ev.Target = &dyad.Actor{Code: r.tgt, Country: r.tgt[:3], Name: r.tgt[:3]}
			}
			evs = append(evs, ev)
		}
	}
	return evs
}

func art(url, source, date string, body []string) *dyad.Article {
	return &dyad.Article{ID: dyad.ArticleID(url, ""), URL: url, Source: source, Published: date, Body: body}
}

// corpus is the test input: a story, a syndicated copy (near-duplicate),
// another outlet's rewrite of part of it, an undated copy, and an article
// with an event coded twice.
func corpus() []sqlite.Item {
	synd := append([]string{"Reporting by the wire desk; edited for regional papers."}, wire[:len(wire)-1]...)
	arts := []*dyad.Article{
		art("https://wire.example/a", "Example Wire", "2024-07-13", wire),
		art("https://paper.example/b", "Daily Paper", "2024-07-13", synd),
		art("https://other.example/c", "Other Times", "2024-07-13", []string{wire[0], "Unrelated text about markets and weather follows here for length."}),
		art("https://undated.example/d", "", "", []string{wire[2], wire[3]}),
		art("https://undated.example/e", "", "", []string{wire[2], "A different story entirely, about talks between farmers and a grocer."}),
	}
	var items []sqlite.Item
	for _, a := range arts {
		evs := code(a)
		if a.URL == "https://other.example/c" {
			evs = append(evs, evs[0]) // the same mention twice
		}
		items = append(items, sqlite.Item{Article: a, Events: evs})
	}
	return items
}

// row is an aggregated event without its store-assigned id and time.
type row struct {
	key                     string
	mentions, sources, arts int
	rep                     string // the representative's article id and sentence
	url                     string
}

type reader interface {
	Events(context.Context, sqlite.Filter) ([]sqlite.StoredEvent, error)
	Mentions(context.Context, int64) ([]sqlite.Mention, error)
}

func rows(t *testing.T, db reader, f sqlite.Filter) []row {
	t.Helper()
	evs, err := db.Events(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	var out []row
	for _, e := range evs {
		src, tgt, loc := "", "", ""
		if e.Source != nil {
			src = e.Source.Code
		}
		if e.Target != nil {
			tgt = e.Target.Code
		}
		if e.Location != nil {
			loc = e.Location.Name
		}
		ms, err := db.Mentions(context.Background(), e.GlobalEventID)
		if err != nil {
			t.Fatal(err)
		}
		if len(ms) != e.NumMentions {
			t.Errorf("event %d: %d mentions listed, num_mentions %d", e.GlobalEventID, len(ms), e.NumMentions)
		}
		out = append(out, row{key: strings.Join([]string{e.Date, src, tgt, e.CAMEO, loc, string(e.Status)}, "|"),
			mentions: e.NumMentions, sources: e.NumSources, arts: e.NumArticles,
			rep: fmt.Sprintf("%s/%d", e.ArticleID, e.Sentence), url: e.SourceURL})
	}
	slices.SortFunc(out, func(a, b row) int { return strings.Compare(a.key, b.key) })
	return out
}

func openBoth(t *testing.T) (*sqlite.DB, *postgres.DB) {
	t.Helper()
	dsn := pgtest.DSN(t)
	pg, err := postgres.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pg.Close() })
	lite, err := sqlite.Open(filepath.Join(t.TempDir(), "events.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lite.Close() })
	return lite, pg
}

// saveBoth saves batch in lite, then in pg, and requires the same
// results of both, which it returns.
func saveBoth(t *testing.T, lite *sqlite.DB, pg *postgres.DB, batch []sqlite.Item) []sqlite.Result {
	t.Helper()
	lres, err := lite.SaveBatch(context.Background(), batch)
	if err != nil {
		t.Fatal(err)
	}
	pres, err := pg.SaveBatch(context.Background(), batch)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(lres) != fmt.Sprint(pres) {
		t.Errorf("results:\nsqlite   %v\npostgres %v", lres, pres)
	}
	return pres
}

// TestSameAsSQLite saves one corpus in both stores and compares every
// query.
func TestSameAsSQLite(t *testing.T) {
	lite, pg := openBoth(t)
	ctx := context.Background()
	items := corpus()
	lres, err := lite.SaveBatch(ctx, items[:2])
	if err != nil {
		t.Fatal(err)
	}
	pres, err := pg.SaveBatch(ctx, items[:2])
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range items[2:] {
		r1, err := lite.SaveBatch(ctx, []sqlite.Item{it})
		if err != nil {
			t.Fatal(err)
		}
		r2, err := pg.SaveBatch(ctx, []sqlite.Item{it})
		if err != nil {
			t.Fatal(err)
		}
		lres, pres = append(lres, r1...), append(pres, r2...)
	}
	if fmt.Sprint(lres) != fmt.Sprint(pres) {
		t.Errorf("results:\nsqlite   %v\npostgres %v", lres, pres)
	}
	if !pres[1].NearDuplicate || pres[1].DupGroup != items[0].Article.ID {
		t.Errorf("syndicated copy: %+v, want near-duplicate of %s", pres[1], items[0].Article.ID)
	}
	// Saving again adds nothing.
	again, err := pg.SaveBatch(ctx, items)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range again {
		if r.Added {
			t.Errorf("item %d added twice", i)
		}
	}
	lc, _ := lite.Counts(ctx)
	pc, err := pg.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := sqlite.Counts{Articles: 5, DupGroups: 4, Sentences: 16, Events: 10, Mentions: 16, Actors: 8}
	if lc != want || pc != want {
		t.Errorf("counts: sqlite %+v, postgres %+v, want %+v", lc, pc, want)
	}
	la, _ := lite.Actors(ctx, 0)
	pa, err := pg.Actors(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(la) != fmt.Sprint(pa) {
		t.Errorf("actors:\nsqlite   %v\npostgres %v", la, pa)
	}
	filters := []sqlite.Filter{
		{},
		{Actor: "PRK"},
		{Country: "KOR"},
		{Dyad: [2]string{"PRK", "KOR"}},
		{CAMEO: "11"},
		{Root: "04"},
		{From: "2024-07-01", To: "2024-07"},
		{To: "2024-06"},
		{Status: dyad.Denied},
		{Text: "farmers"},
	}
	for _, f := range filters {
		l, p := rows(t, lite, f), rows(t, pg, f)
		if fmt.Sprint(l) != fmt.Sprint(p) {
			t.Errorf("filter %+v:\nsqlite   %v\npostgres %v", f, l, p)
		}
	}
	// New events take ids in batch order, as in SQLite (PostgreSQL's may
	// have gaps): a page holds the same events.
	if l, p := rows(t, lite, sqlite.Filter{Limit: 3}), rows(t, pg, sqlite.Filter{Limit: 3}); len(p) != 3 || fmt.Sprint(l) != fmt.Sprint(p) {
		t.Errorf("limit 3:\nsqlite   %v\npostgres %v", l, p)
	}
	if n := len(rows(t, pg, sqlite.Filter{Text: "farmers"})); n != 2 {
		t.Errorf("text farmers: %d events, want 2", n)
	}
	if _, err := pg.Events(ctx, sqlite.Filter{Actor: "prk"}); err == nil || !strings.Contains(err.Error(), `filter actor "prk"`) {
		t.Errorf("lower-case actor filter: %v", err)
	}
	sa, err := pg.Article(ctx, items[1].Article.ID)
	if err != nil || sa.DupGroup != items[0].Article.ID || sa.URL != "https://paper.example/b" {
		t.Errorf("article: %+v, %v", sa, err)
	}
	if _, err := pg.Article(ctx, "nope"); err == nil || !strings.Contains(err.Error(), "not found") {
		t.Errorf("unknown article: %v", err)
	}
	if s, err := pg.IntegrityCheck(ctx); s != "ok" || err != nil {
		t.Errorf("integrity: %q %v", s, err)
	}
	if v, err := pg.Version(ctx); v != postgres.SchemaVersion || err != nil {
		t.Errorf("version %d %v", v, err)
	}
}

// TestBatchesSameAsSQLite saves the corpus in differently cut batches
// (one batch of everything with an article repeated, one per article, the
// stored articles again with a new one) and requires SQLite's results,
// events, counts and actors for each cut.
func TestBatchesSameAsSQLite(t *testing.T) {
	items := corpus()
	extra := art("https://late.example/f", "Late Post", "2024-07-14", wire)
	tests := []struct {
		name    string
		batches [][]sqlite.Item
	}{
		{"one batch, a repeat", [][]sqlite.Item{append(slices.Clone(items), items[0], items[3])}},
		{"one per article", [][]sqlite.Item{{items[0]}, {items[1]}, {items[2]}, {items[3]}, {items[4]}}},
		{"stored ones again", [][]sqlite.Item{items[:3], append(slices.Clone(items), sqlite.Item{Article: extra, Events: code(extra)})}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lite, pg := openBoth(t)
			ctx := context.Background()
			for _, b := range tc.batches {
				saveBoth(t, lite, pg, b)
			}
			if l, p := rows(t, lite, sqlite.Filter{}), rows(t, pg, sqlite.Filter{}); fmt.Sprint(l) != fmt.Sprint(p) {
				t.Errorf("events:\nsqlite   %v\npostgres %v", l, p)
			}
			lc, _ := lite.Counts(ctx)
			pc, _ := pg.Counts(ctx)
			la, _ := lite.Actors(ctx, 0)
			pa, _ := pg.Actors(ctx, 0)
			if lc != pc || fmt.Sprint(la) != fmt.Sprint(pa) {
				t.Errorf("counts %+v, actors %v; sqlite %+v, %v", pc, pa, lc, la)
			}
			if s, err := pg.IntegrityCheck(ctx); s != "ok" || err != nil {
				t.Errorf("integrity: %q %v", s, err)
			}
			has, err := pg.HasArticles(ctx, []string{items[4].Article.ID, "nope", items[0].Article.ID})
			if err != nil || fmt.Sprint(has) != "[true false true]" {
				t.Errorf("HasArticles = %v, %v", has, err)
			}
		})
	}
}

// TestConcurrentWriters saves overlapping batches from eight writers at
// once, each with its own connection pool, and checks the store holds
// each article once with the counts a single sequential writer gives.
func TestConcurrentWriters(t *testing.T) {
	lite, pg := openBoth(t)
	ctx := context.Background()
	var items []sqlite.Item
	for i := range 40 {
		// Distinct texts (no near-duplicates), shared events.
		body := []string{fmt.Sprintf("Report %d of the day: officials met reporters in room %d.", i, i*7), wire[i%len(wire)], wire[(i+3)%len(wire)]}
		a := art(fmt.Sprintf("https://site%d.example/%d", i%5, i), fmt.Sprintf("Outlet %d", i%5), "2024-07-13", body)
		items = append(items, sqlite.Item{Article: a, Events: code(a)})
	}
	lite.MaxDistance = 0
	if _, err := lite.SaveBatch(ctx, items); err != nil {
		t.Fatal(err)
	}
	dsn := pgtest.DSN(t)
	_ = pg
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			db, err := postgres.Open(ctx, dsn)
			if err != nil {
				errs <- err
				return
			}
			defer db.Close()
			db.MaxDistance = 0 // near-duplicates are not what is tested here
			// Each writer saves every item, in its own order, in batches of 4.
			order := slices.Clone(items)
			for i := range order {
				j := (i*(w+3) + w) % len(order)
				order[i], order[j] = order[j], order[i]
			}
			for i := 0; i < len(order); i += 4 {
				if _, err := db.SaveBatch(ctx, order[i:min(i+4, len(order))]); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	pg2, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer pg2.Close()
	lc, _ := lite.Counts(ctx)
	pc, _ := pg2.Counts(ctx)
	if lc != pc {
		t.Errorf("counts: sqlite %+v, postgres %+v", lc, pc)
	}
	strip := func(rs []row) string {
		for i := range rs {
			rs[i].rep, rs[i].url = "", "" // the first writer's article, which varies
		}
		return fmt.Sprint(rs)
	}
	if l, p := strip(rows(t, lite, sqlite.Filter{})), strip(rows(t, pg2, sqlite.Filter{})); l != p {
		t.Errorf("events:\nsqlite   %v\npostgres %v", l, p)
	}
	if s, err := pg2.IntegrityCheck(ctx); s != "ok" || err != nil {
		t.Errorf("integrity: %q %v", s, err)
	}
}

func TestOpenErrors(t *testing.T) {
	_, err := postgres.Open(context.Background(), "postgres://u:secret@127.0.0.1:1/none?connect_timeout=2")
	if err == nil || !strings.Contains(err.Error(), "postgres://u:xxxxx@127.0.0.1:1/none") || strings.Contains(err.Error(), "secret") {
		t.Errorf("unreachable server: %v", err)
	}
}

// TestDateFilterPeriodsSameAsSQLite stores events dated to a day, a month,
// a year or not at all and requires both stores to keep an event whose
// period overlaps the range, at both bounds (as sqlite's
// TestDateFilterPeriods).
func TestDateFilterPeriodsSameAsSQLite(t *testing.T) {
	lite, pg := openBoth(t)
	ctx := context.Background()
	a := art("https://example.org/periods", "Example Wire", "", []string{wire[0]})
	var evs []dyad.Event
	for i, d := range []string{"2017-11-30", "2017-12", "2017-12-15", "2017", "2018", "2016", ""} {
		evs = append(evs, dyad.Event{ID: fmt.Sprintf("p%d", i), ArticleID: a.ID, Date: d,
			Source: &dyad.Actor{Code: "PRK", Country: "PRK", Name: "PRK"}, CAMEO: fmt.Sprintf("11%d", i), CAMEORoot: "11",
			QuadClass: 3, Status: dyad.Asserted, Evidence: dyad.Evidence{Text: wire[0], Verb: "accused", Span: [2]int{0, 1}}})
	}
	for _, db := range []interface {
		SaveBatch(context.Context, []sqlite.Item) ([]sqlite.Result, error)
	}{lite, pg} {
		if _, err := db.SaveBatch(ctx, []sqlite.Item{{Article: a, Events: evs}}); err != nil {
			t.Fatal(err)
		}
	}
	for _, tt := range []struct {
		f    sqlite.Filter
		want string
	}{
		{sqlite.Filter{From: "2017-12-01", To: "2017-12-31"}, "2017-12 2017-12-15 2017"},
		{sqlite.Filter{From: "2017-01-01"}, "2017-11-30 2017-12 2017-12-15 2017 2018"},
		{sqlite.Filter{From: "2017-12-16"}, "2017-12 2017 2018"},
		{sqlite.Filter{To: "2017-11-30"}, "2017-11-30 2017 2016"},
	} {
		for name, db := range map[string]reader{"sqlite": lite, "postgres": pg} {
			got, err := db.Events(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var dates []string
			for _, e := range got {
				dates = append(dates, e.Date)
			}
			if s := strings.Join(dates, " "); s != tt.want {
				t.Errorf("%s from %q to %q: got %q, want %q", name, tt.f.From, tt.f.To, s, tt.want)
			}
		}
	}
}

// TestTellingsSameAsSQLite saves testutil.TellingArticle, whose protest
// is told in sentence 0, again in sentence 3 (by two verbs) and in the
// title, and a syndicated copy, in both stores: the protest has the
// three mentions of each article, one a sentence, each with its own
// reporter (sentence 3's Kyodo, no other), and both stores give
// the same events, mentions (byte for byte), counts and actors.
func TestTellingsSameAsSQLite(t *testing.T) {
	lite, pg := openBoth(t)
	ctx := context.Background()
	a, evs := testutil.TellingArticle("https://wire.example/senkaku", "Example Wire")
	b, bevs := testutil.TellingArticle("https://paper.example/senkaku", "Daily Paper")
	twice := append(slices.Clone(evs), evs[0]) // the protest given twice: stored once, its tellings too
	for _, batch := range [][]sqlite.Item{{{Article: a, Events: twice}}, {{Article: b, Events: bevs}, {Article: a, Events: evs}}} {
		saveBoth(t, lite, pg, batch)
	}
	want := sqlite.Counts{Articles: 2, DupGroups: 1, Sentences: 8, Events: 2, Mentions: 8, Actors: 3}
	lc, _ := lite.Counts(ctx)
	if pc, err := pg.Counts(ctx); err != nil || pc != want || lc != want {
		t.Errorf("counts: sqlite %+v, postgres %+v, %v; want %+v", lc, pc, err, want)
	}
	la, _ := lite.Actors(ctx, 0)
	if pa, _ := pg.Actors(ctx, 0); fmt.Sprint(pa) != "[{JPNGOV Japan 8} {CHN China 6} {CHNGOV China 2}]" || fmt.Sprint(la) != fmt.Sprint(pa) {
		t.Errorf("actors: sqlite %v, postgres %v", la, pa)
	}
	// the representatives are the copy's (sqlite.Rep): as sure, of the same
	// day, and of the smaller article id
	if l, p := rows(t, lite, sqlite.Filter{}), rows(t, pg, sqlite.Filter{}); fmt.Sprint(p) != fmt.Sprintf("[{2024-03-04|CHNGOV|JPNGOV|120||asserted 2 2 2 %s/2 https://paper.example/senkaku} "+
		"{2024-03-04|JPNGOV|CHN|114|Tokyo|asserted 6 2 2 %[1]s/0 https://paper.example/senkaku}]", b.ID) || fmt.Sprint(l) != fmt.Sprint(p) {
		t.Errorf("events:\nsqlite   %v\npostgres %v", l, p)
	}
	pe, err := pg.Events(ctx, sqlite.Filter{})
	if err != nil || len(pe) != 2 {
		t.Fatalf("events %v, %v", pe, err)
	}
	var ids []string
	for _, e := range pe {
		lm, err := lite.Mentions(ctx, e.GlobalEventID)
		if err != nil {
			t.Fatal(err)
		}
		pm, err := pg.Mentions(ctx, e.GlobalEventID)
		if err != nil {
			t.Fatal(err)
		}
		lj, _ := json.Marshal(lm)
		pj, _ := json.Marshal(pm)
		if string(lj) != string(pj) {
			t.Errorf("event %d's mentions:\nsqlite   %s\npostgres %s", e.GlobalEventID, lj, pj)
		}
		for _, m := range pm {
			rb := "-"
			if r := m.Event.ReportedBy; r != nil {
				rb = fmt.Sprintf("%s %q %v", r.Code, r.Text, r.Span)
			}
			ids = append(ids, fmt.Sprintf("%d %s %q %v %q %v %s", m.Sentence, m.Event.ID, m.Event.Evidence.Verb, m.Event.Evidence.Span,
				m.Event.Source.Text, m.Event.Source.Span, rb))
		}
	}
	// (each telling with its own reporter: Kyodo's in sentence 3, none
	// in the others)
	wantIDs := []string{
		fmt.Sprintf(`0 %s-0-114 "lodged" [52 58] "Japan's foreign ministry" [17 41] -`, a.ID),
		fmt.Sprintf(`3 %s-0-114@3 "lodged" [25 31] "Japan's foreign ministry" [0 24] JPNMED "Kyodo news agency" [84 101]`, a.ID),
		fmt.Sprintf(`-1 %s-0-114@-1 "protests" [6 14] "" [0 0] -`, a.ID),
		fmt.Sprintf(`0 %s-0-114 "lodged" [52 58] "Japan's foreign ministry" [17 41] -`, b.ID),
		fmt.Sprintf(`3 %s-0-114@3 "lodged" [25 31] "Japan's foreign ministry" [0 24] JPNMED "Kyodo news agency" [84 101]`, b.ID),
		fmt.Sprintf(`-1 %s-0-114@-1 "protests" [6 14] "" [0 0] -`, b.ID),
		fmt.Sprintf(`2 %s-2-120 "rejected" [37 45] "Chinese foreign ministry spokesman" [2 36] -`, a.ID),
		fmt.Sprintf(`2 %s-2-120 "rejected" [37 45] "Chinese foreign ministry spokesman" [2 36] -`, b.ID),
	}
	if strings.Join(ids, "\n") != strings.Join(wantIDs, "\n") {
		t.Errorf("mentions:\n%s\nwant\n%s", strings.Join(ids, "\n"), strings.Join(wantIDs, "\n"))
	}
	lm, _, _ := lite.ArticleMentions(ctx, a.ID, 0)
	pm, _, err := pg.ArticleMentions(ctx, a.ID, 0)
	lj, _ := json.Marshal(lm)
	pj, _ := json.Marshal(pm)
	if err != nil || len(pm) != 4 || string(lj) != string(pj) {
		t.Errorf("article mentions (%v):\nsqlite   %s\npostgres %s", err, lj, pj)
	}
	if s, err := pg.IntegrityCheck(ctx); s != "ok" || err != nil {
		t.Errorf("integrity: %q %v", s, err)
	}
}

// TestMigrateTellings opens a store of schema version 5, which kept only
// the first telling of an event (its Also in the mention's JSON): Open
// adds the further tellings, as the sqlite package's migration does, and
// the store then holds the mentions, counts and actors of one written
// by this version.
func TestMigrateTellings(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	a, evs := testutil.TellingArticle("https://wire.example/senkaku", "Example Wire")
	old, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	bare := slices.Clone(evs)
	bare[0].Also = nil
	if _, err := old.SaveArticle(ctx, a, bare); err != nil {
		t.Fatal(err)
	}
	ej, _ := json.Marshal(&evs[0])
	for _, q := range []string{"UPDATE mentions SET json = $1 WHERE mention_id = $2", "UPDATE events SET json = $1 WHERE strpos(json, $2) > 0",
		"UPDATE dyad_schema SET version = 5"} {
		args := []any{string(ej), evs[0].ID}
		if strings.HasPrefix(q, "UPDATE dyad_schema") {
			args = nil
		}
		if _, err := old.Pool().Exec(ctx, q, args...); err != nil {
			t.Fatal(err)
		}
	}
	if c, _ := old.Counts(ctx); c.Mentions != 2 {
		t.Fatalf("version 5 store: %d mentions, want 2", c.Mentions)
	}
	old.Close()
	db, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	lite, err := sqlite.Open(filepath.Join(t.TempDir(), "events.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	if _, err := lite.SaveArticle(ctx, a, evs); err != nil {
		t.Fatal(err)
	}
	if v, err := db.Version(ctx); v != postgres.SchemaVersion || err != nil {
		t.Errorf("version %d, %v; want %d", v, err, postgres.SchemaVersion)
	}
	lc, _ := lite.Counts(ctx)
	if pc, err := db.Counts(ctx); pc != lc || err != nil || pc.Mentions != 4 {
		t.Errorf("migrated counts %+v, %v; want %+v", pc, err, lc)
	}
	la, _ := lite.Actors(ctx, 0)
	if pa, _ := db.Actors(ctx, 0); fmt.Sprint(la) != fmt.Sprint(pa) {
		t.Errorf("migrated actors %v, want %v", pa, la)
	}
	if l, p := rows(t, lite, sqlite.Filter{}), rows(t, db, sqlite.Filter{}); fmt.Sprint(l) != fmt.Sprint(p) {
		t.Errorf("migrated events:\nsqlite   %v\npostgres %v", l, p)
	}
	lm, _, _ := lite.ArticleMentions(ctx, a.ID, 0)
	pm, _, err := db.ArticleMentions(ctx, a.ID, 0)
	lj, _ := json.Marshal(lm)
	pj, _ := json.Marshal(pm)
	// (the two stores' articles were added at different times)
	if err != nil || len(pm) != 4 || !sameBut(lj, pj, `"added":"`) {
		t.Errorf("migrated article mentions (%v):\nsqlite   %s\npostgres %s", err, lj, pj)
	}
	if s, err := db.IntegrityCheck(ctx); s != "ok" || err != nil {
		t.Errorf("integrity: %q %v", s, err)
	}
}

// sameBut reports whether a and b are equal once every value that
// follows key (up to the next quote) is blanked in both.
func sameBut(a, b []byte, key string) bool {
	blank := func(s string) string {
		parts := strings.Split(s, key)
		for i := 1; i < len(parts); i++ {
			if j := strings.IndexByte(parts[i], '"'); j >= 0 {
				parts[i] = parts[i][j:]
			}
		}
		return strings.Join(parts, key)
	}
	return blank(string(a)) == blank(string(b))
}

// TestManyTellingsSameAsSQLite: an event told in more sentences of one
// article than one statement carries (the mentions go in chunks, never
// all built at once) is stored as the sqlite package stores it: one
// mention a telling, the same counts, event rows and actors, and an
// intact store.
func TestManyTellingsSameAsSQLite(t *testing.T) {
	lite, pg := openBoth(t)
	ctx := context.Background()
	a, evs := testutil.TellingArticle("https://wire.example/senkaku", "Example Wire")
	ev := evs[0]
	const n = 9000 // over two chunks
	also := make([]dyad.Mention, 0, n)
	for i := range n {
		m := ev.Also[0]
		m.Sentence = 10 + i
		also = append(also, m)
	}
	ev.Also = also
	batch := []sqlite.Item{{Article: a, Events: append([]dyad.Event{ev}, evs[1:]...)}}
	lres, err := lite.SaveBatch(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	pres, err := pg.SaveBatch(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(lres) != fmt.Sprint(pres) || pres[0].Mentions < n {
		t.Errorf("results:\nsqlite   %v\npostgres %v", lres, pres)
	}
	lc, _ := lite.Counts(ctx)
	if pc, err := pg.Counts(ctx); err != nil || pc != lc || pc.Mentions < n {
		t.Errorf("counts: sqlite %+v, postgres %+v, %v", lc, pc, err)
	}
	la, _ := lite.Actors(ctx, 0)
	if pa, _ := pg.Actors(ctx, 0); fmt.Sprint(la) != fmt.Sprint(pa) {
		t.Errorf("actors: sqlite %v, postgres %v", la, pa)
	}
	if l, p := rows(t, lite, sqlite.Filter{}), rows(t, pg, sqlite.Filter{}); fmt.Sprint(l) != fmt.Sprint(p) {
		t.Errorf("events:\nsqlite   %v\npostgres %v", l, p)
	}
	if s, err := pg.IntegrityCheck(ctx); s != "ok" || err != nil {
		t.Errorf("integrity: %q %v", s, err)
	}
}
