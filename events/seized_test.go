package events_test

import "testing"

// TestSeizedFrom codes team-written sentences for seized.go and the
// "from" side of occupy.go: ground taken (192) from an armed side names
// that side as the target, an army, rebels, a gang or an international
// group of no sector (Islamic State), however long the place phrase
// before "from"; control wrested or taken of a place "from" such a side
// keeps its event. Near misses: control taken of no ground gives none,
// and a side that is no armed group (a party) is not the target.
func TestSeizedFrom(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Iraqi counter-terrorism forces retook the village of Bazwaya on the eastern edge of Mosul from Islamic State on Thursday, an army commander told state television.",
			[]string{"IRQMIL 192 IMGMOSISL asserted"}},
		{"Rebels wrested control of the northern city of Aleppo from government forces on Monday.",
			[]string{"SYRREB 192 SYRMIL asserted"}},
		{"Kurdish fighters wrested control of the town of Kobani from Islamic State on Monday.",
			[]string{"SYRREB 192 IMGMOSISL asserted"}},
		{"Venezuelan troops retook control of Tocoron prison from the Tren de Aragua gang on Wednesday.",
			[]string{"VENMIL 192 VENCRM asserted"}},
		// near misses: no ground, no armed side
		{"The rebels took control of the agenda from the opposition on Monday.",
			nil},
	}, false)
}
