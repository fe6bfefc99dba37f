package events_test

import "testing"

// TestSources46: dictionary entries added by act46 give their events the
// actor gold codes: the Russian Navy's fleets named in lower case
// (institutions.txt, RUSMIL) and Hong Kong's chief executive (HKGGOV);
// the adjectives Djiboutian (DJI) and Dominican (DOM) of countries.txt;
// agents.txt's spy planes (MIL) and a sprinter (CVL).
// Invented sentences.
func TestSources46(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2024-05-03", "Russia's Baltic fleet held live-fire drills in the Baltic Sea on Friday.", []string{"RUSMIL 150 - asserted"}},
		{"2014-10-03", "Hong Kong's chief executive refused on Friday to meet student leaders.", []string{"HKGGOV 125 HKGEDU asserted"}},
		{"2008-06-13", "Eritrean and Djiboutian troops clashed along their disputed border on Friday.", []string{"ERIMIL 190 DJIMIL asserted", "DJIMIL 190 ERIMIL asserted"}},
		{"2024-07-13", "Dominican troops deported 500 Haitians on Friday.", []string{"DOMMIL 174 HTIREF asserted"}},
		{"2023-07-14", "Kim Yo Jong warned on Friday that the army would shoot down U.S. spy planes.", []string{"PRKGOV 138 USAMIL asserted"}},
		{"2021-08-06", "Poland granted asylum on Friday to a Belarusian sprinter.", []string{"POL 075 BLRCVL asserted"}},
	})
}
