package dyad_test

import (
	"fmt"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/sentences"
)

// TestLocateRepeated places a sentence the article tells twice — a
// thanks told again in the same paragraph and standing inside an earlier
// sentence, a quote repeated in a later paragraph, a title repeated as
// the first body line — where the event's sentence index (the coder's
// split) stands, not at its first occurrence; an index whose sentence no
// longer holds the text falls back to the first occurrence.
func TestLocateRepeated(t *testing.T) {
	const (
		thanks = "Kenya thanked Japan."
		quote  = `"We will not forget this help," the minister said.`
	)
	a := &dyad.Article{Title: "Kenya thanks Japan for flood aid", Body: []string{
		"Kenya thanks Japan for flood aid",                                              // sentence 0
		"NAIROBI — Officials said Kenya thanked Japan. The aid arrived by air.",         // 1, 2
		"Kenya thanked Japan. It was the second flight this week. Kenya thanked Japan.", // 3, 4, 5
		quote,                                  // 6
		"Aid workers unloaded tents. " + quote, // 7, 8
	}}
	d := dyad.NewDoc(a, sentences.SplitText)
	ev := func(i int, text string, verb, src, tgt [2]int) *dyad.Event {
		return &dyad.Event{Sentence: i, Evidence: dyad.Evidence{Text: text, Span: verb},
			Source: &dyad.Actor{Span: src}, Target: &dyad.Actor{Span: tgt}}
	}
	none := [2]int{}
	for _, c := range []struct {
		ev   *dyad.Event
		want string // paragraph, sentence, verb, source, target
	}{
		{ev(3, thanks, [2]int{6, 13}, [2]int{0, 5}, [2]int{14, 19}), "2 [0 20] [6 13] [0 5] [14 19]"},
		{ev(5, thanks, [2]int{6, 13}, [2]int{0, 5}, [2]int{14, 19}), "2 [57 77] [63 70] [57 62] [71 76]"},
		{ev(6, quote, [2]int{45, 49}, [2]int{32, 44}, none), "3 [0 50] [45 49] [32 44] [-1 -1]"},
		{ev(8, quote, [2]int{45, 49}, [2]int{32, 44}, none), "4 [28 78] [73 77] [60 72] [-1 -1]"},
		{ev(0, a.Title, [2]int{6, 12}, [2]int{0, 5}, [2]int{13, 18}), "0 [0 32] [6 12] [0 5] [13 18]"},
		{ev(-1, a.Title, [2]int{6, 12}, [2]int{0, 5}, [2]int{13, 18}), "-1 [0 32] [6 12] [0 5] [13 18]"},
		// sentence 4 does not hold the thanks: its first occurrence,
		// inside sentence 1 (after the dateline's 3-byte dash)
		{ev(4, thanks, [2]int{6, 13}, [2]int{0, 5}, [2]int{14, 19}), "1 [27 47] [33 40] [27 32] [41 46]"},
		// beyond the article's sentences: the first occurrence too
		{ev(9, quote, [2]int{45, 49}, [2]int{32, 44}, none), "3 [0 50] [45 49] [32 44] [-1 -1]"},
	} {
		p := d.Locate(c.ev)
		if got := fmt.Sprint(p.Paragraph, " ", p.Sentence, " ", p.Verb, " ", p.Source, " ", p.Target); got != c.want {
			t.Errorf("sentence %d %q: %s, want %s", c.ev.Sentence, c.ev.Evidence.Text, got, c.want)
		}
	}
	// Without the split, the first occurrence: sentence 5 inside sentence 1.
	if p := dyad.NewDoc(a, nil).Locate(ev(5, thanks, [2]int{6, 13}, none, none)); p.Paragraph != 1 || p.Sentence != [2]int{27, 47} {
		t.Errorf("no split: %+v, want paragraph 1, sentence [27 47]", p)
	}
}

// TestTellingsOwnActors: a further telling that carries its own actors (a
// broader telling folded in: "Russia" for the record's RUSMIL, no target
// named) is stored with them, copies of them; one that carries none has
// the record's codes with their words located in its sentence.
func TestTellingsOwnActors(t *testing.T) {
	rus := &dyad.Actor{Code: "RUS", Name: "Russia", Text: "Russia", Span: [2]int{0, 6}}
	ev := &dyad.Event{Sentence: 0,
		Source:   &dyad.Actor{Code: "RUSMIL", Name: "Russia", Text: "Russian forces", Span: [2]int{0, 14}},
		Target:   &dyad.Actor{Code: "UKR", Name: "Ukraine", Text: "Kharkiv", Span: [2]int{23, 30}},
		Evidence: dyad.Evidence{Text: "Russian forces shelled Kharkiv on Monday."},
		Also: []dyad.Mention{
			{Sentence: -1, Evidence: dyad.Evidence{Text: "Russia shells Kharkiv"}, Source: rus},
			{Sentence: 2, Evidence: dyad.Evidence{Text: "Russian forces hit Kharkiv again, the governor said."}},
		},
	}
	actor := func(a *dyad.Actor) string {
		if a == nil {
			return "-"
		}
		return fmt.Sprintf("%s %q %v", a.Code, a.Text, a.Span)
	}
	var got []string
	tes := dyad.Tellings(ev, "m")
	for _, te := range tes {
		got = append(got, fmt.Sprintf("%s %s / %s", te.ID, actor(te.Source), actor(te.Target)))
	}
	want := `[m@-1 RUS "Russia" [0 6] / - m@2 RUSMIL "Russian forces" [0 14] / UKR "Kharkiv" [19 26]]`
	if fmt.Sprint(got) != want {
		t.Errorf("tellings\n got %s\nwant %s", got, want)
	}
	if tes[0].Source == rus {
		t.Error("the telling shares the mention's actor; want a copy")
	}
}

// TestEachTellingStreams: EachTelling yields the tellings Tellings
// returns, in the same order, one at a time (a page repeating a sentence
// many times is stored and exported without holding them all), leaving
// out the event's own sentence and sentences met before; a caller may
// stop early; NumTellings counts them without building them.
func TestEachTellingStreams(t *testing.T) {
	const text = "Peru recalled its envoy to Chile."
	src := &dyad.Actor{Code: "PER", Text: "Peru", Span: [2]int{0, 4}}
	tgt := &dyad.Actor{Code: "CHL", Text: "Chile", Span: [2]int{27, 32}}
	ev := &dyad.Event{Sentence: 2, Source: src, Target: tgt, CAMEO: "161", Evidence: dyad.Evidence{Text: text, Verb: "recalled"}}
	for _, s := range []int{0, 2, 5, 0, 9, 5, 11} {
		ev.Also = append(ev.Also, dyad.Mention{Sentence: s, Evidence: dyad.Evidence{Text: text, Verb: "recalled"}})
	}
	var got []string
	for te := range dyad.EachTelling(ev, "m1") {
		got = append(got, fmt.Sprintf("%s %d %s %v", te.ID, te.Sentence, te.Source.Code, te.Target.Span))
	}
	want := []string{"m1@0 0 PER [27 32]", "m1@5 5 PER [27 32]", "m1@9 9 PER [27 32]", "m1@11 11 PER [27 32]"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("EachTelling: %q, want %q", got, want)
	}
	all := dyad.Tellings(ev, "m1")
	if len(all) != len(want) || all[1].ID != "m1@5" || dyad.NumTellings(ev) != len(want) {
		t.Errorf("Tellings %d (second %q), NumTellings %d; want %d", len(all), all[1].ID, dyad.NumTellings(ev), len(want))
	}
	n := 0
	for range dyad.EachTelling(ev, "m1") {
		if n++; n == 2 {
			break
		}
	}
	if once := (&dyad.Event{Sentence: 1}); dyad.Tellings(once, "x") != nil || dyad.NumTellings(once) != 0 {
		t.Errorf("an event told once has tellings")
	}
}

// TestSentenceSet: a set of sentence indices, the title (-1) and the
// body's sentences, dense or far apart; Add reports a new index.
func TestSentenceSet(t *testing.T) {
	var s dyad.SentenceSet
	var got []bool
	for _, i := range []int{-1, 0, 63, 64, 1_000_000, -1, 63, 64, 1_000_000, 5, -3, -3} {
		got = append(got, s.Add(i))
	}
	want := []bool{true, true, true, true, true, false, false, false, false, true, true, false}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Add: %v, want %v", got, want)
	}
}
