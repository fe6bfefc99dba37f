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

// historyRetoldCases: an act of history told again by an official or a
// pronoun ("…, officials said", "In 2014, he said, …", "according to
// officials") stays history; a finding disclosed now by an inquiring
// body or a verb of finding is news (falseevents_history.go
// reportsFinding).
var historyRetoldCases = []familyCase{
	{"retold", "Russia annexed Crimea in 2014.", nil},
	{"retold", "Russia annexed Crimea in 2014, officials said.", nil},
	{"retold", "In 2014, he said, Russia annexed Crimea.", nil},
	{"retold", "Russia annexed Crimea in 2014, according to officials.", nil},
	{"retold", "Ukraine's foreign minister said Russia annexed Crimea in 2014.", nil},
	{"retold", "Iraq invaded Kuwait in 1990, the minister told reporters.", nil},
	{"retold", "Russia annexed Crimea on Monday, officials said.", []string{"RUS 192 UKR asserted"}},
	{"finding", "UN investigators said Syrian forces used chemical weapons in 2017.", []string{"SYRMIL 2041 SYRCVL asserted"}},
	{"finding", "The OPCW said Syrian government forces used chlorine in an attack on Douma in 2018.", []string{"SYRMIL 2041 SYRCVL asserted"}},
}

// TestHistoryRetold codes each case as a one-sentence article published
// on 2024-03-14 and compares its events exactly.
func TestHistoryRetold(t *testing.T) { checkFamilies(t, "", historyRetoldCases, false) }
