package sqlite

import (
	"context"
	"fmt"
	"testing"

	"github.com/dyad-events/dyad"
)

// datedFrom is fakeCode's events with the publication date's day and
// DateFrom "published", but for the paragraphs in text: dated by their
// sentence (2024-07-13, "on Saturday").
func datedFrom(a *dyad.Article, day string, text map[int]bool) []dyad.Event {
	evs := fakeCode(a)
	for k := range evs {
		evs[k].Date, evs[k].DateFrom = day, "published"
		if text[evs[k].Sentence] {
			evs[k].Date, evs[k].DateFrom = "2024-07-13", "text"
		}
	}
	return evs
}

func TestNextDayCopyAddsMentions(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	a := newArticle("https://example.org/leaflets", "Example Wire", "2024-07-13T06:26:38", story)
	b := newArticle("https://regional.example.net/world/leaflets", "Regional Daily", "2024-07-14T09:00:00", syndicated())
	// b's paragraph 1 is a's paragraph 0 ("on Saturday"), dated by its text.
	res, err := db.SaveBatch(ctx, []Item{
		{Article: a, Events: datedFrom(a, "2024-07-13", map[int]bool{0: true})},
	})
	if err != nil {
		t.Fatal(err)
	}
	if res[0].NewEvents != 6 || res[0].Mentions != 6 {
		t.Fatalf("original %+v", res[0])
	}
	bevs := datedFrom(b, "2024-07-14", map[int]bool{1: true})
	res, err = db.SaveBatch(ctx, []Item{{Article: b, Events: bevs}})
	if err != nil {
		t.Fatal(err)
	}
	if want := (Result{Added: true, DupGroup: a.ID, NearDuplicate: true, NewEvents: 0, Mentions: 5}); res[0] != want {
		t.Fatalf("next-day copy %+v, want %+v", res[0], want)
	}
	if bevs[2].Date != "2024-07-14" {
		t.Errorf("the caller's events were changed: %q", bevs[2].Date)
	}
	want := Counts{Articles: 2, DupGroups: 1, Sentences: 11, Events: 6, Mentions: 11, Actors: 8}
	if got := counts(t, db); got != want {
		t.Fatalf("counts %+v, want %+v", got, want)
	}
	evs, err := db.Events(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range evs {
		got = append(got, fmt.Sprintf("%s %s %d/%d/%d", e.Date, e.CAMEO, e.NumMentions, e.NumSources, e.NumArticles))
	}
	wantEvs := "[2024-07-13 112 2/2/2 2024-07-13 130 2/2/2 2024-07-13 112 2/2/2 2024-07-13 040 2/2/2 2024-07-13 010 2/2/2 2024-07-13 036 1/1/1]"
	if fmt.Sprint(got) != wantEvs {
		t.Fatalf("events %v, want %v", got, wantEvs)
	}
	// The mention keeps its own sentence and evidence; its event takes
	// the group's date.
	ms, err := db.Mentions(ctx, evs[2].GlobalEventID)
	if err != nil {
		t.Fatal(err)
	}
	var ment []string
	for _, m := range ms {
		ment = append(ment, fmt.Sprintf("%v %d %s %s %.20s", m.ArticleID == b.ID, m.Sentence, m.Event.Date, m.Event.DateFrom, m.Event.Evidence.Text))
	}
	wantM := "[false 2 2024-07-13 published South Korean officia true 3 2024-07-13 published South Korean officia]"
	if fmt.Sprint(ment) != wantM {
		t.Fatalf("mentions %v, want %v", ment, wantM)
	}
}

func TestGroupDates(t *testing.T) {
	evs := []dyad.Event{
		{Date: "2024-07-14", DateFrom: "published", CAMEO: "112"},
		{Date: "2024-07-13", DateFrom: "text", CAMEO: "040"},
		{Date: "2024-07-14", DateFrom: "text", CAMEO: "130"},
		{Date: "2024-07", DateFrom: "published", CAMEO: "010"},
		{Date: "", DateFrom: "", CAMEO: "036"},
	}
	tests := []struct {
		published, group string
		want             string
	}{
		{"2024-07-14T09:00:00", "2024-07-13T06:26:38", "[2024-07-13 2024-07-13 2024-07-14 2024-07 ]"},
		{"2024-07-14", "2024-07-13T23:59:00+09:00", "[2024-07-13 2024-07-13 2024-07-14 2024-07 ]"},
		{"2024-07-14", "2024-07-14T01:00:00Z", "[2024-07-14 2024-07-13 2024-07-14 2024-07 ]"},
		{"2024-07-14", "", "[2024-07-14 2024-07-13 2024-07-14 2024-07 ]"},
		{"2024-07-14", "July 13", "[2024-07-14 2024-07-13 2024-07-14 2024-07 ]"},
		{"2024-07-15", "2024-07-13", "[2024-07-14 2024-07-13 2024-07-14 2024-07 ]"},
	}
	for _, tt := range tests {
		out := GroupDates(evs, tt.published, tt.group)
		var got []string
		for _, e := range out {
			got = append(got, e.Date)
		}
		if fmt.Sprint(got) != tt.want {
			t.Errorf("GroupDates(%q, %q) = %v, want %v", tt.published, tt.group, got, tt.want)
		}
		if evs[0].Date != "2024-07-14" {
			t.Fatalf("GroupDates changed its input")
		}
	}
}

func ExampleGroupDates() {
	evs := []dyad.Event{
		{Date: "2017-07-30", DateFrom: "published", CAMEO: "112"}, // no date in the sentence
		{Date: "2017-07-29", DateFrom: "text", CAMEO: "111"},      // "on Saturday"
	}
	for _, ev := range GroupDates(evs, "2017-07-30T09:00:00", "2017-07-29T06:26:38") {
		fmt.Println(ev.Date, ev.DateFrom, ev.CAMEO)
	}
	// Output:
	// 2017-07-29 published 112
	// 2017-07-29 text 111
}
