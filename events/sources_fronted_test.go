package events_test

import (
	"testing"
)

// TestFrontedPhraseComma codes sources_fronted.go's frontedPhraseComma: a
// phrase opening the sentence with a preposition ends at its comma, and
// the actor inside it is no first item of the subject list after it;
// lists after a preposition with no subject clause stay whole.
func TestFrontedPhraseComma(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Despite criticism from human rights groups, Saudi Arabia and the United States signed an arms agreement on Tuesday.",
			[]string{"SAU 057 USA asserted", "USA 057 SAU asserted"}},
		{"Despite protests from Beijing, Japan and the Philippines signed a defence pact on Monday.",
			[]string{"JPN 057 PHL asserted", "PHL 057 JPN asserted"}},
		{"After talks with Seoul, Tokyo and Washington agreed to share missile warning data on Friday.",
			[]string{"JPN 0314 USA future", "USA 0314 JPN future"}},
		// no list across the comma to cut: unchanged
		{"Despite protests from Beijing, the Philippines signed a defence pact with Japan on Monday.",
			[]string{"PHL 057 JPN asserted", "JPN 057 PHL asserted"}},
		{"Talks between Russia, Ukraine and the United States ended on Monday.",
			[]string{"RUS 046 - asserted", "UKR 046 - asserted", "USA 046 - asserted"}},
		{"Leaders of Egypt, Jordan and Qatar met in Cairo on Monday.",
			[]string{"EGYGOV 040 - asserted", "JORGOV 040 - asserted", "QATGOV 040 - asserted"}},
		// a fronted phrase closed by no comma: the comma is the list's own,
		// and the list keeps its first member
		{"In a joint statement Britain, France and Germany condemned Iran.",
			[]string{"GBR 111 IRN asserted", "FRA 111 IRN asserted", "DEU 111 IRN asserted"}},
		{"At the summit China, Russia and Iran condemned the United States.",
			[]string{"CHN 111 USA asserted", "RUS 111 USA asserted", "IRN 111 USA asserted"}},
	}, false)
}
