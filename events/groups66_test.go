package events_test

import "testing"

// TestGroups66 codes team-written sentences whose actors are the groups
// actors/data/agents.txt gained in session 66: passenger drivers (LAB),
// street and market sellers (BUS), wives and widows and cow protectors
// (CVL). The near miss: a bare "drivers" names no group, and the act has
// no source.
func TestGroups66(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Hundreds of Guinean motorcycle taxi drivers blocked roads in the capital Conakry on Tuesday in protest at the killing of a colleague by a soldier at a checkpoint.",
			[]string{"GINLAB 144 GINMIL asserted"}},
		{"Rickshaw drivers in Dhaka went on strike on Monday against a ban on their vehicles on main roads.",
			[]string{"BGDLAB 143 BGDGOV asserted"}},
		{"Street vendors clashed with police in Lima on Monday after the city tried to clear them from the historic centre.",
			[]string{"PERBUS 145 PERCOP asserted"}},
		{"Market women in Conakry went on strike on Monday against a tax on imported cloth.",
			[]string{"GINBUS 143 GINGOV asserted"}},
		{"A mob of self-styled cow protectors beat a Muslim dairy farmer to death on a highway in Rajasthan's Alwar district on Saturday, police said.",
			[]string{"INDCVL 1823 INDAGR asserted"}},
		// near miss: "drivers" alone is no group
		{"Drivers in Dhaka went on strike on Monday against a ban on their vehicles on main roads.",
			nil},
	}, false)
}
