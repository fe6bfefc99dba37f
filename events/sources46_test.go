package events_test

import "testing"

// TestSources46: dictionary entries added by act46 give their events the
// actor gold codes: the Russian Navy's fleets named in lower case
// (institutions.txt, RUSMIL) and Hong Kong's chief executive (HKGGOV).
// Invented sentences.
func TestSources46(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2024-05-03", "Russia's Baltic fleet held live-fire drills in the Baltic Sea on Friday.", []string{"RUSMIL 150 - asserted"}},
		{"2014-10-03", "Hong Kong's chief executive refused on Friday to meet student leaders.", []string{"HKGGOV 125 HKGEDU asserted"}},
	})
}
