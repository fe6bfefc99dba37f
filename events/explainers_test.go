package events_test

import "testing"

// TestExplainerBlurbs codes a feed's or page's explainer blurb ("Everything
// you need to know about …", "What we know about …", "Explained: …", "…:
// all you need to know") as no event, and keeps the events of sentences
// that only use "know" or tell the act after a heading (explainers.go).
// Each case is a short article published on 2024-07-13 (a Saturday); want
// lists every event of the last paragraph as eventLine(e, true), in any
// order.
func TestExplainerBlurbs(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		{[]string{"Everything you need to know about the inquiry into Chinese hacking of Australian ministries, plus the latest news"},
			nil},
		{[]string{"What we know so far about the drone strikes on the Ukrainian port of Odesa"},
			nil},
		{[]string{"All you need to know about Venezuela's seizure of the Guyanese oil field"},
			nil},
		{[]string{"Explained: why Ethiopia sent troops into Somalia"},
			nil},
		{[]string{"Serbian troops on the Kosovo border: what we know"},
			nil},
		// near-misses: "know" inside a told act, and an assertion after "What we know is"
		{[]string{"What we know is that Russian forces shelled Kharkiv on Friday."},
			[]string{"RUSMIL 194 UKR asserted 2024-07-12"}},
		{[]string{"Border row: what we know of the army's plan.", "India shelled Pakistani posts on Friday."},
			[]string{"IND 194 PAKMIL asserted 2024-07-12"}},
		{[]string{"Japan scrambled fighter jets on Friday."},
			[]string{"JPN 150 - asserted 2024-07-12"}},
	})
}
