package sqlite

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/testutil"
)

// wantTellings is the protest of testutil.TellingArticle as its three
// mentions store it: as coded (sentence 0, with Also), then told in
// sentence 3 (both actors named there again, and its own reporter,
// Kyodo) and in the title (neither actor named: "Chinese" is not "China";
// no reporter, as the protest's own telling has none).
func wantTellings(protest dyad.Event) []dyad.Event {
	again := protest
	again.ID, again.Sentence, again.Also = protest.ID+"@3", 3, nil
	again.Evidence = dyad.Evidence{Text: testutil.TellingAgain, Verb: "lodged", Span: [2]int{25, 31}}
	again.Source = &dyad.Actor{Code: "JPNGOV", Country: "JPN", Sectors: []string{"GOV"}, Name: "Japan", Text: "Japan's foreign ministry", Span: [2]int{0, 24}}
	again.Target = &dyad.Actor{Code: "CHN", Country: "CHN", Sectors: []string{}, Name: "China", Text: "China", Span: [2]int{49, 54}}
	again.ReportedBy = &dyad.Actor{Code: "JPNMED", Country: "JPN", Sectors: []string{"MED"}, Name: "Kyodo", Text: "Kyodo news agency", Span: [2]int{84, 101}}
	title := protest
	title.ID, title.Sentence, title.Also = protest.ID+"@-1", -1, nil
	title.Evidence = dyad.Evidence{Text: testutil.TellingTitle, Verb: "protests", Span: [2]int{6, 14}}
	title.Source = &dyad.Actor{Code: "JPNGOV", Country: "JPN", Sectors: []string{"GOV"}, Name: "Japan"}
	title.Target = &dyad.Actor{Code: "CHN", Country: "CHN", Sectors: []string{}, Name: "China"}
	return []dyad.Event{protest, again, title}
}

// mentionEvents returns the events of an aggregated event's mentions,
// checking each mention's article, sentence, status and confidence
// against its event.
func mentionEvents(t *testing.T, db *DB, id int64) []dyad.Event {
	t.Helper()
	ms, err := db.Mentions(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	var out []dyad.Event
	for _, m := range ms {
		if m.EventID != id || m.ArticleID != m.Event.ArticleID || m.Sentence != m.Event.Sentence ||
			m.Status != m.Event.Status || m.Confidence != m.Event.Confidence {
			t.Errorf("mention %+v disagrees with its event", m)
		}
		out = append(out, m.Event)
	}
	return out
}

// TestTellings stores an article whose protest is told in three sentences
// (its Also: sentence 3 by two verbs, and the title): the event has three
// mentions, one a sentence, each with its sentence and evidence; a
// syndicated copy adds its three; saving again adds nothing.
func TestTellings(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	a, evs := testutil.TellingArticle("https://wire.example/senkaku", "Example Wire")
	res, err := db.SaveBatch(ctx, []Item{{Article: a, Events: evs}})
	if err != nil {
		t.Fatal(err)
	}
	if want := (Result{Added: true, DupGroup: a.ID, NewEvents: 2, Mentions: 4}); res[0] != want {
		t.Errorf("result %+v, want %+v", res[0], want)
	}
	if got, want := counts(t, db), (Counts{Articles: 1, DupGroups: 1, Sentences: 4, Events: 2, Mentions: 4, Actors: 3}); got != want {
		t.Errorf("counts %+v, want %+v", got, want)
	}
	stored, err := db.Events(ctx, Filter{})
	if err != nil || len(stored) != 2 {
		t.Fatalf("events %+v, %v", stored, err)
	}
	got := fmt.Sprint(stored[0].NumMentions, stored[0].NumSources, stored[0].NumArticles, stored[1].NumMentions)
	if got != "3 1 1 1" {
		t.Errorf("protest mentions, sources, articles and reply mentions: %s, want 3 1 1 1", got)
	}
	// The aggregated event is the first mention's, its Also kept.
	if !reflect.DeepEqual(stored[0].Event, evs[0]) {
		t.Errorf("stored event %+v\nwant %+v", stored[0].Event, evs[0])
	}
	if got, want := mentionEvents(t, db, stored[0].GlobalEventID), wantTellings(evs[0]); !reflect.DeepEqual(got, want) {
		gj, _ := json.Marshal(got)
		wj, _ := json.Marshal(want)
		t.Errorf("protest mentions\n got %s\nwant %s", gj, wj)
	}
	if got := mentionEvents(t, db, stored[1].GlobalEventID); !reflect.DeepEqual(got, evs[1:]) {
		t.Errorf("reply mentions %+v", got)
	}
	// The article's mentions by sentence: the title's telling first.
	ms, _, err := db.ArticleMentions(ctx, a.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, m := range ms {
		order = append(order, fmt.Sprintf("%d:%s", m.Sentence, m.Event.ID[len(a.ID):]))
	}
	if got, want := fmt.Sprint(order), "[-1:-0-114@-1 0:-0-114 2:-2-120 3:-0-114@3]"; got != want {
		t.Errorf("article mentions %s, want %s", got, want)
	}
	var sentences []string
	rows, err := db.db.QueryContext(ctx, "SELECT idx, text FROM sentences WHERE article_id = ? ORDER BY idx", a.ID)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var i int
		var s string
		rows.Scan(&i, &s)
		sentences = append(sentences, fmt.Sprintf("%d %.12s", i, s))
	}
	rows.Close()
	if got, want := fmt.Sprint(sentences), "[-1 Japan protes 0 TOKYO, March 2 A Chinese fo 3 Japan's fore]"; got != want {
		t.Errorf("sentences %s, want %s", got, want)
	}
	// Each mention counts its actors.
	if acts, _ := db.Actors(ctx, 0); fmt.Sprint(acts) != "[{JPNGOV Japan 4} {CHN China 3} {CHNGOV China 1}]" {
		t.Errorf("actors %v", acts)
	}

	// Saving again adds nothing; a syndicated copy adds its three
	// tellings, one more source and article.
	if res, err := db.SaveBatch(ctx, []Item{{Article: a, Events: evs}}); err != nil || res[0].Added {
		t.Errorf("saved again: %+v, %v", res, err)
	}
	b, bevs := testutil.TellingArticle("https://paper.example/senkaku", "Daily Paper")
	res, err = db.SaveBatch(ctx, []Item{{Article: b, Events: bevs}})
	if err != nil {
		t.Fatal(err)
	}
	if want := (Result{Added: true, DupGroup: a.ID, NearDuplicate: true, Mentions: 4}); res[0] != want {
		t.Errorf("copy's result %+v, want %+v", res[0], want)
	}
	stored, _ = db.Events(ctx, Filter{})
	if got := fmt.Sprint(len(stored), stored[0].NumMentions, stored[0].NumSources, stored[0].NumArticles); got != "2 6 2 2" {
		t.Errorf("after the copy: events, protest mentions, sources, articles %s, want 2 6 2 2", got)
	}
	want := append(wantTellings(evs[0]), wantTellings(bevs[0])...)
	if got := mentionEvents(t, db, stored[0].GlobalEventID); !reflect.DeepEqual(got, want) {
		t.Errorf("protest mentions after the copy: %d, want %d", len(got), len(want))
	}
	if got, want := counts(t, db), (Counts{Articles: 2, DupGroups: 1, Sentences: 8, Events: 2, Mentions: 8, Actors: 3}); got != want {
		t.Errorf("counts after the copy %+v, want %+v", got, want)
	}
}

// TestTellingsOfDuplicateEvent: an event given twice in one article (the
// same id) is stored once, its tellings too.
func TestTellingsOfDuplicateEvent(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	a, evs := testutil.TellingArticle("https://wire.example/senkaku", "Example Wire")
	twice := append(evs, evs[0])
	res, err := db.SaveBatch(ctx, []Item{{Article: a, Events: twice}})
	if err != nil {
		t.Fatal(err)
	}
	if want := (Result{Added: true, DupGroup: a.ID, NewEvents: 2, Mentions: 4}); res[0] != want {
		t.Errorf("result %+v, want %+v", res[0], want)
	}
	if got, want := counts(t, db), (Counts{Articles: 1, DupGroups: 1, Sentences: 4, Events: 2, Mentions: 4, Actors: 3}); got != want {
		t.Errorf("counts %+v, want %+v", got, want)
	}
}

// TestMigrateTellings opens a store of schema version 4, which kept only
// the first telling of an event (its Also in the mention's JSON): Open
// adds the further tellings as SaveBatch stores them, and the store
// answers as one written by this version.
func TestMigrateTellings(t *testing.T) {
	ctx := context.Background()
	a, evs := testutil.TellingArticle("https://wire.example/senkaku", "Example Wire")
	b, bevs := testutil.TellingArticle("https://paper.example/senkaku", "Daily Paper")
	fresh := openTemp(t)
	if _, err := fresh.SaveBatch(ctx, []Item{{Article: a, Events: evs}, {Article: b, Events: bevs}}); err != nil {
		t.Fatal(err)
	}
	// The version 4 store: the events saved without their tellings, then
	// their JSON given its Also back, as version 4 stored it.
	path := t.TempDir() + "/v4.db"
	old, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range []Item{{Article: a, Events: evs}, {Article: b, Events: bevs}} {
		bare := make([]dyad.Event, len(it.Events))
		for i, ev := range it.Events {
			ev.Also = nil
			bare[i] = ev
		}
		if _, err := old.SaveBatch(ctx, []Item{{Article: it.Article, Events: bare}}); err != nil {
			t.Fatal(err)
		}
		for _, ev := range it.Events {
			ej, _ := json.Marshal(&ev)
			for _, q := range []string{"UPDATE mentions SET json = ? WHERE mention_id = ?", "UPDATE events SET json = ? WHERE json LIKE '%' || ? || '%'"} {
				if _, err := old.w.ExecContext(ctx, q, string(ej), ev.ID); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	if c := counts(t, old); c.Mentions != 4 || c.Sentences != 4 {
		t.Fatalf("version 4 store counts %+v, want 4 mentions and 4 sentences", c)
	}
	if _, err := old.w.ExecContext(ctx, "PRAGMA user_version = 4"); err != nil {
		t.Fatal(err)
	}
	old.Close()

	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if db.OpenedVersion() != 4 {
		t.Errorf("opened version %d, want 4", db.OpenedVersion())
	}
	if got, want := counts(t, db), counts(t, fresh); got != want {
		t.Errorf("migrated counts %+v, want %+v", got, want)
	}
	ga, _ := db.Actors(ctx, 0)
	wa, _ := fresh.Actors(ctx, 0)
	if fmt.Sprint(ga) != fmt.Sprint(wa) {
		t.Errorf("migrated actors %v, want %v", ga, wa)
	}
	got, _ := db.Events(ctx, Filter{})
	want, _ := fresh.Events(ctx, Filter{})
	if len(got) != len(want) {
		t.Fatalf("migrated: %d events, want %d", len(got), len(want))
	}
	for i := range got {
		g, w := got[i], want[i]
		g.FirstSeen = w.FirstSeen // the two stores were written a moment apart
		if !reflect.DeepEqual(g, w) {
			t.Errorf("migrated event %d: %+v\nwant %+v", i, g, w)
		}
		gm, wm := mentionEvents(t, db, g.GlobalEventID), mentionEvents(t, fresh, w.GlobalEventID)
		// The migration stores the tellings after every stored mention:
		// the copy's first telling comes before the first article's others.
		byID := func(evs []dyad.Event) map[string]dyad.Event {
			m := map[string]dyad.Event{}
			for _, e := range evs {
				m[e.ID] = e
			}
			return m
		}
		if !reflect.DeepEqual(byID(gm), byID(wm)) || len(gm) != len(wm) {
			t.Errorf("migrated event %d's mentions %d, want %d", i, len(gm), len(wm))
		}
	}
	var ids []string
	for _, e := range mentionEvents(t, db, got[0].GlobalEventID) {
		ids = append(ids, e.ID)
	}
	if want := fmt.Sprint([]string{a.ID + "-0-114", b.ID + "-0-114", a.ID + "-0-114@3", a.ID + "-0-114@-1",
		b.ID + "-0-114@3", b.ID + "-0-114@-1"}); fmt.Sprint(ids) != want {
		t.Errorf("migrated mentions %v, want %s", ids, want)
	}
	// Opened again, nothing more is added.
	db.Close()
	db, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if c := counts(t, db); c.Mentions != 8 {
		t.Errorf("reopened: %d mentions, want 8", c.Mentions)
	}
}

// TestMentionEvent finds an aggregated event by the id of any of its
// mentions (the event as coded, a further telling, a syndicated copy's),
// through the mentions' index (the plan of MentionEvent's own query,
// qMentionEvent: every step by an index, none a scan of the table); an
// unknown id is ErrNotFound.
func TestMentionEvent(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	a, evs := testutil.TellingArticle("https://wire.example/senkaku", "Example Wire")
	b, bevs := testutil.TellingArticle("https://paper.example/senkaku", "Daily Paper")
	if _, err := db.SaveBatch(ctx, []Item{{Article: a, Events: evs}, {Article: b, Events: bevs}}); err != nil {
		t.Fatal(err)
	}
	stored, err := db.Events(ctx, Filter{})
	if err != nil || len(stored) != 2 {
		t.Fatalf("events %+v, %v", stored, err)
	}
	for _, c := range []struct {
		mid  string
		want int64
	}{
		{evs[0].ID, stored[0].GlobalEventID},
		{evs[0].ID + "@-1", stored[0].GlobalEventID},
		{bevs[0].ID, stored[0].GlobalEventID},
		{evs[1].ID, stored[1].GlobalEventID},
	} {
		if got, err := db.MentionEvent(ctx, c.mid); got != c.want || err != nil {
			t.Errorf("MentionEvent(%q) = %d, %v; want %d", c.mid, got, err, c.want)
		}
	}
	if _, err := db.MentionEvent(ctx, "0000000000000000"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown id: %v, want ErrNotFound", err)
	}
	plan := queryPlan(t, db, qMentionEvent, "x")
	if want := "SEARCH mentions USING INDEX mentions_mention_id (mention_id=?)"; len(plan) != 1 || plan[0] != want {
		t.Errorf("query plan %q, want [%q]", plan, want)
	}
}

// TestOldTellingReporters: an event coded before a telling carried its
// reporter (its "also" without "reported_by") gives each telling the
// event's reporter where the telling names it (Xinhua in the first,
// nowhere in the second: code only), as the migrations store them; a
// telling with a reporter of its own keeps it.
func TestOldTellingReporters(t *testing.T) {
	xinhua := &dyad.Actor{Code: "CHNMED", Country: "CHN", Sectors: []string{"MED"}, Name: "Xinhua", Text: "Xinhua", Span: [2]int{40, 46}}
	own := &dyad.Actor{Code: "JPNGOV", Country: "JPN", Sectors: []string{"GOV"}, Name: "Japan", Text: "Tokyo", Span: [2]int{0, 5}}
	ev := dyad.Event{ReportedBy: xinhua, Also: []dyad.Mention{
		{Sentence: 2, Evidence: dyad.Evidence{Text: "China protested to Japan, Xinhua said."}},
		{Sentence: 3, Evidence: dyad.Evidence{Text: "The protest was lodged on Monday."}},
		{Sentence: 4, Evidence: dyad.Evidence{Text: "Tokyo said China protested."}, ReportedBy: own},
	}}
	dyad.OldTellingReporters(&ev)
	var got []string
	for _, m := range ev.Also {
		got = append(got, fmt.Sprintf("%s %q %v", m.ReportedBy.Code, m.ReportedBy.Text, m.ReportedBy.Span))
	}
	want := `[CHNMED "Xinhua" [26 32] CHNMED "" [0 0] JPNGOV "Tokyo" [0 5]]`
	if fmt.Sprint(got) != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}

// TestManyTellings stores the protest of testutil.TellingArticle told in
// forty further sentences (a page repeating it; sentences 10 to 49, each
// once, sentence 10 twice) and a copy from another outlet: every sentence
// is a mention, counted (GDELT's NumMentions is a count, not capped), and
// the copy adds its own, one more source and one more article.
func TestManyTellings(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	var items []Item
	for _, src := range []string{"Example Wire", "Daily Paper"} {
		a, evs := testutil.TellingArticle("https://"+src[:5]+".example/senkaku", src)
		p := &evs[0]
		p.Also = p.Also[:2] // sentence 3 once, and the title
		for s := 10; s < 50; s++ {
			p.Also = append(p.Also, dyad.Mention{Sentence: s, Evidence: p.Evidence})
		}
		p.Also = append(p.Also, dyad.Mention{Sentence: 10, Evidence: p.Evidence})
		items = append(items, Item{Article: a, Events: evs})
	}
	res, err := db.SaveBatch(ctx, items[:1])
	if err != nil {
		t.Fatal(err)
	}
	if want := (Result{Added: true, DupGroup: items[0].Article.ID, NewEvents: 2, Mentions: 44}); res[0] != want {
		t.Errorf("result %+v, want %+v", res[0], want)
	}
	if _, err := db.SaveBatch(ctx, items[1:]); err != nil {
		t.Fatal(err)
	}
	stored, err := db.Events(ctx, Filter{})
	if err != nil || len(stored) != 2 {
		t.Fatalf("events %+v, %v", stored, err)
	}
	got := fmt.Sprint(stored[0].NumMentions, stored[0].NumSources, stored[0].NumArticles, stored[1].NumMentions)
	if got != "86 2 2 2" {
		t.Errorf("protest mentions, sources, articles and reply mentions: %s, want 86 2 2 2", got)
	}
	if ms := mentionEvents(t, db, stored[0].GlobalEventID); len(ms) != 86 {
		t.Errorf("protest has %d mention rows, want 86", len(ms))
	}
}
