package events_test

import "testing"

// TestVisitedCity: a government's visit to a city of another state
// that is no capital is a visit to that state, which hosts it
// (visited_city.go); a leader's trip within his own state is none.
func TestVisitedCity(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"German Chancellor Olaf Scholz arrived in Shanghai on Tuesday for a three-day visit.",
			[]string{"DEUGOV 042 CHN asserted", "CHN 043 DEUGOV asserted"}},
		{"Spain's foreign minister travelled to Casablanca on Monday.",
			[]string{"ESPGOV 042 MAR asserted", "MAR 043 ESPGOV asserted"}},
		{"Indian Prime Minister Narendra Modi arrived in Mumbai on Tuesday for a two-day visit.",
			nil},
	}, false)
}
