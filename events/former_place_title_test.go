package events_test

import "testing"

// TestFormerPlaceTitle: "former" before a region's or a city's name and an
// official's title ("former Chiapas governor") puts the person out of
// office, the country alone (CODING.md: a former leader is never GOV), as
// "former Mexican governor" already was; the same title without "former"
// keeps the role.
func TestFormerPlaceTitle(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Zapatista rebels freed former Chiapas governor Absalon Castellanos on Wednesday.",
			[]string{"MEXREB 0841 MEX asserted"}},
		{"Pakistani police arrested former Sindh chief minister Ali Shah on Wednesday.",
			[]string{"PAKCOP 173 PAK asserted"}},
		// without "former": still in office
		{"Zapatista rebels freed Chiapas governor Absalon Castellanos on Wednesday.",
			[]string{"MEXREB 0841 MEXGOV asserted"}},
	}, false)
}
