package events_test

import (
	"testing"

	"github.com/dyad-events/dyad"
)

// TestTakenThingsAndTimesOver: "took X for questioning" detains only
// people (173), not the laptops of journalists (thingOfTarget in
// lexconflict.go), and "fired missiles over" is a show of force (150)
// only over a place, not "over the weekend" (overTime in hits.go). Before, the first two gave TURCOP/KENCOP 173
// TURMED/KENMED, and "fired missiles over the weekend" matched "fire
// missiles over" (the code, 195 after refine, was right by chance).
// Invented sentences.
func TestTakenThingsAndTimesOver(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Turkish police took the laptops of two journalists for examination and questioning on Monday.", nil},
		{"Kenyan police took the phones of two journalists for inspection after questioning them on Monday.", nil},
		{"Russia fired dozens of missiles over the weekend, killing 20 people in Kyiv.",
			[]string{"RUS 195 UKR asserted"}},
		// near misses: people taken, a country flown over
		{"Kenyan police took dozens of protesters for questioning on Monday.",
			[]string{"KENCOP 173 KENCVL asserted"}},
		{"Kenyan police took two members of the opposition party for questioning on Monday.",
			[]string{"KENCOP 173 KENOPP asserted"}},
		{"North Korea fired a ballistic missile over Japan on Tuesday.",
			[]string{"PRK 150 JPN asserted"}},
	}, false)
}

// TestOverTheWeekendEvidence: "over the weekend" fills no "over" slot, so
// the missiles' evidence is "fired dozens of missiles", not "… over".
func TestOverTheWeekendEvidence(t *testing.T) {
	c := newCoder(t)
	for _, tc := range []struct{ sentence, verb string }{
		{"Russia fired dozens of missiles over the weekend, killing 20 people in Kyiv.", "fired dozens of missiles"},
		{"North Korea fired a ballistic missile over Japan on Tuesday.", "fired a ballistic missile over"},
	} {
		evs := c.Code(&dyad.Article{ID: "t", Published: "2024-05-08", Body: []string{tc.sentence}})
		if len(evs) == 0 || evs[0].Evidence.Verb != tc.verb {
			t.Errorf("%q: events %+v, want the first with verb %q", tc.sentence, evs, tc.verb)
		}
	}
}
