package events_test

import "testing"

// prec9Cases exercise the third 2026-11-30 precision pass on real news
// with the team's own sentences: the exact events each must give
// ("SOURCE CAMEO TARGET status"; nil: none), with true events of the same
// shapes beside the false ones.
var prec9Cases = []familyCase{
	// an approximate count of years ago dates its clause as the bare count does: history
	{"approx-ago", "More than five years ago, Hezbollah fighters attacked an Israeli patrol near the border.", nil},
	{"approx-ago", "About three years ago, Turkey expelled the Dutch ambassador.", nil},
	{"approx-ago", "Nearly two decades ago, Russian troops invaded Georgia.", nil},
	{"approx-ago", "At least four years ago, Iran seized a British tanker in the Gulf.", nil},
	{"approx-ago", "Nearly two weeks ago, Turkey expelled the Dutch ambassador.", []string{"TUR 161 NLDGOV asserted"}},
	{"approx-ago", "Turkey expelled the Dutch ambassador about two weeks ago.", []string{"TUR 161 NLDGOV asserted"}},
}

// TestPrec9Families codes each case as a one-sentence article published on
// 2024-03-14 and compares its events exactly.
func TestPrec9Families(t *testing.T) { checkFamilies(t, "", prec9Cases, false) }
