package events_test

import (
	"testing"
)

// approxAgoCases: an approximate count of years ago ("more than five
// years ago", "nearly two decades ago") dates its clause as the bare
// count does, history; weeks ago stay news. The exact events each
// sentence gives ("SOURCE CAMEO TARGET status"; nil: none).
var approxAgoCases = []familyCase{
	// an approximate count of years ago dates its clause as the bare count does: history
	{"approx-ago", "More than five years ago, Hezbollah fighters attacked an Israeli patrol near the border.", nil},
	{"approx-ago", "About three years ago, Turkey expelled the Dutch ambassador.", nil},
	{"approx-ago", "Nearly two decades ago, Russian troops invaded Georgia.", nil},
	{"approx-ago", "At least four years ago, Iran seized a British tanker in the Gulf.", nil},
	{"approx-ago", "Nearly two weeks ago, Turkey expelled the Dutch ambassador.", []string{"TUR 161 NLDGOV asserted"}},
	{"approx-ago", "Turkey expelled the Dutch ambassador about two weeks ago.", []string{"TUR 161 NLDGOV asserted"}},
}

// TestApproxYearsAgo codes each case as a one-sentence article published
// on 2024-03-14 and compares its events exactly.
func TestApproxYearsAgo(t *testing.T) { checkFamilies(t, "", approxAgoCases, false) }
