package store

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestOneADay stores one shelling told by three outlets in three codings
// (RUSMIL 194, RUS 194, RUS 195), one of them twice, beside events that
// must stay apart (another root, another day, a month-dated one, another
// status, no target), and checks the groups OneADay gives. The
// month-dated one stands alone with merged_event_ids its own id (the
// field was missing from such rows: "m1 s1 a1 0").
func TestOneADay(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	actor := func(code string) *dyad.Actor {
		if code == "" {
			return nil
		}
		return &dyad.Actor{Code: code, Country: code[:3], Name: code}
	}
	type ev struct {
		src, cameo, tgt, date, prec string
		status                      dyad.Status
	}
	day := func(src, cameo, tgt, date string) ev { return ev{src, cameo, tgt, date, dyad.Day, dyad.Asserted} }
	articles := []struct {
		outlet string
		evs    []ev
	}{
		{"Reuters", []ev{day("RUSMIL", "194", "UKR", "2024-03-04"), day("RUS", "042", "UKR", "2024-03-04")}},
		{"AP", []ev{day("RUS", "194", "UKR", "2024-03-04"), day("RUS", "194", "UKR", "2024-03-05")}},
		{"AFP", []ev{day("RUS", "195", "UKR", "2024-03-04"), {"RUS", "194", "UKR", "2024-03", dyad.Month, dyad.Asserted}}},
		{"BBC", []ev{day("RUS", "194", "UKR", "2024-03-04"), {"UKR", "194", "RUS", "2024-03-04", dyad.Day, dyad.Denied}}},
		{"DW", []ev{day("RUS", "190", "", "2024-03-04")}},
		// one country on both sides: full codes keep the acts apart
		{"SANA", []ev{day("SYRMIL", "194", "SYRREB", "2024-03-04"), day("KENCOP", "173", "KENCVL", "2024-03-04")}},
		{"Al Jazeera", []ev{day("SYRREB", "194", "SYRGOV", "2024-03-04"), day("KENCOP", "173", "KENOPP", "2024-03-04"), day("SYRMIL", "195", "SYRREB", "2024-03-04")}},
	}
	for i, a := range articles {
		text := fmt.Sprintf("Story %d about the shelling of Kharkiv told by %s.", i, a.outlet)
		art := &dyad.Article{ID: dyad.ArticleID(fmt.Sprintf("https://example.org/%d", i), ""), URL: fmt.Sprintf("https://example.org/%d", i),
			Source: a.outlet, Published: "2024-03-05", Body: []string{text}}
		var evs []dyad.Event
		for j, e := range a.evs {
			evs = append(evs, dyad.Event{ID: fmt.Sprintf("e%d.%d", i, j), ArticleID: art.ID, Date: e.date, DatePrecision: e.prec,
				Source: actor(e.src), Target: actor(e.tgt), CAMEO: e.cameo, CAMEORoot: e.cameo[:2], Status: e.status,
				Evidence: dyad.Evidence{Text: text, Verb: "shelled", Span: [2]int{0, 5}}})
		}
		if _, err := db.SaveArticle(ctx, art, evs); err != nil {
			t.Fatal(err)
		}
	}
	row := func(e StoredEvent) string {
		tgt := "-"
		if e.Target != nil {
			tgt = e.Target.Code
		}
		return fmt.Sprintf("%s %s %s %s %s m%d s%d a%d %v", e.Date, e.Source.Code, e.CAMEO, tgt, e.Status, e.NumMentions, e.NumSources, e.NumArticles, len(e.Merged))
	}
	all, err := db.Events(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]int64{}
	for _, e := range all {
		ids[row(e)] = e.GlobalEventID
	}
	for _, tc := range []struct {
		name string
		f    Filter
		want []string
	}{
		{"all", Filter{}, []string{
			// RUS 194 UKR (AP, BBC: 2 mentions) stands for RUSMIL 194
			// and RUS 195 of that day
			"2024-03-04 RUS 042 UKR asserted m1 s1 a1 1",
			"2024-03-04 RUS 194 UKR asserted m4 s4 a4 3",
			"2024-03-05 RUS 194 UKR asserted m1 s1 a1 1",
			"2024-03 RUS 194 UKR asserted m1 s1 a1 1",
			"2024-03-04 UKR 194 RUS denied m1 s1 a1 1",
			"2024-03-04 RUS 190 - asserted m1 s1 a1 1",
			"2024-03-04 SYRMIL 194 SYRREB asserted m2 s2 a2 2",
			"2024-03-04 KENCOP 173 KENCVL asserted m1 s1 a1 1",
			"2024-03-04 SYRREB 194 SYRGOV asserted m1 s1 a1 1",
			"2024-03-04 KENCOP 173 KENOPP asserted m1 s1 a1 1",
		}},
		{"limit", Filter{Limit: 2}, []string{
			"2024-03-04 RUS 042 UKR asserted m1 s1 a1 1",
			"2024-03-04 RUS 194 UKR asserted m4 s4 a4 3",
		}},
		{"root filter", Filter{Root: "19", To: "2024-03-04"}, []string{
			"2024-03-04 RUS 194 UKR asserted m4 s4 a4 3",
			"2024-03 RUS 194 UKR asserted m1 s1 a1 1",
			"2024-03-04 UKR 194 RUS denied m1 s1 a1 1",
			"2024-03-04 RUS 190 - asserted m1 s1 a1 1",
			"2024-03-04 SYRMIL 194 SYRREB asserted m2 s2 a2 2",
			"2024-03-04 SYRREB 194 SYRGOV asserted m1 s1 a1 1",
		}},
		{"after", Filter{After: 4}, []string{
			// ids 1–5 are the shelling's three codings, RUS 042 and the
			// next day's; the group stands under id 3, not above 4
			"2024-03 RUS 194 UKR asserted m1 s1 a1 1",
			"2024-03-04 UKR 194 RUS denied m1 s1 a1 1",
			"2024-03-04 RUS 190 - asserted m1 s1 a1 1",
			"2024-03-04 SYRMIL 194 SYRREB asserted m2 s2 a2 2",
			"2024-03-04 KENCOP 173 KENCVL asserted m1 s1 a1 1",
			"2024-03-04 SYRREB 194 SYRGOV asserted m1 s1 a1 1",
			"2024-03-04 KENCOP 173 KENOPP asserted m1 s1 a1 1",
		}},
	} {
		var got []string
		var merged []int64
		err := OneADay(ctx, db, tc.f, func(e StoredEvent) error {
			got = append(got, row(e))
			if len(e.Merged) == 3 {
				merged = e.Merged
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, strings.Join(got, "\n     "), strings.Join(tc.want, "\n     "))
		}
		if merged != nil && merged[0] != ids["2024-03-04 RUS 194 UKR asserted m2 s2 a2 0"] {
			t.Errorf("%s: merged ids %v do not start with the representative's", tc.name, merged)
		}
	}
}

// TestOneADayDistinctSources: a group's NumSources and NumArticles count
// its mentions' distinct outlets and articles, as one event's do (a
// Reuters story telling two codings of one act is one source, one
// article), while NumMentions is summed over its events.
func TestOneADayDistinctSources(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	type ev struct{ src, cameo string }
	for i, a := range []struct {
		outlet string
		evs    []ev
	}{
		{"Reuters", []ev{{"RUSMIL", "194"}, {"RUS", "195"}}},
		{"Reuters", []ev{{"RUS", "194"}}},
		{"AP", []ev{{"RUS", "194"}}},
	} {
		u := fmt.Sprintf("https://example.org/%d", i)
		art := &dyad.Article{ID: dyad.ArticleID(u, ""), URL: u, Source: a.outlet, Published: "2024-03-05",
			Body: []string{fmt.Sprintf("Story %d: Russian forces shelled Kharkiv, %s reported.", i, a.outlet)}}
		var evs []dyad.Event
		for j, e := range a.evs {
			evs = append(evs, dyad.Event{ID: fmt.Sprintf("e%d.%d", i, j), ArticleID: art.ID, Sentence: j, Date: "2024-03-04", DatePrecision: dyad.Day,
				Source: &dyad.Actor{Code: e.src, Country: "RUS"}, Target: &dyad.Actor{Code: "UKR", Country: "UKR"},
				CAMEO: e.cameo, CAMEORoot: "19", Status: dyad.Asserted,
				Evidence: dyad.Evidence{Text: art.Body[0], Verb: "shelled", Span: [2]int{0, 5}}})
		}
		if _, err := db.SaveArticle(ctx, art, evs); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	if err := OneADay(ctx, db, Filter{}, func(e StoredEvent) error {
		got = append(got, fmt.Sprintf("%s %s m%d s%d a%d merged %d", e.Source.Code, e.CAMEO, e.NumMentions, e.NumSources, e.NumArticles, len(e.Merged)))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	// summed, the group was 4 sources and 4 articles: Reuters and its
	// first story counted twice
	if want := "RUS 194 m4 s2 a3 merged 3"; strings.Join(got, "; ") != want {
		t.Errorf("got %s; want %s", strings.Join(got, "; "), want)
	}
}
