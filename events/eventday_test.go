package events_test

import "testing"

// TestRolesOnEventDay checks, on sentences written for this test, that a
// leader whose office ended on the day the sentence names, before the
// story's publication day, keeps the office in that sentence's events
// (the day of an ouster or a resignation counts in office), while the
// same leader called "former", named in an undated sentence or on a day
// after the office ended is the country alone.
func TestRolesOnEventDay(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2019-04-12", []coverageCase{
		{"Soldiers detained President Omar al-Bashir at his palace in Khartoum on Thursday.",
			[]string{"SDNMIL 173 SDNGOV asserted"}},
		// near miss: "former" dates the person, not the act
		{"Soldiers detained former President Omar al-Bashir at his palace in Khartoum on Thursday.",
			[]string{"SDNMIL 173 SDN asserted"}},
	})
	checkDated(t, c, "2019-04-13", []coverageCase{
		// near miss: no date of its own, the publication day decides
		{"Soldiers detained President Omar al-Bashir at his palace in Khartoum.",
			[]string{"SDNMIL 173 SDN asserted"}},
	})
	checkDated(t, c, "2019-04-16", []coverageCase{
		// near miss: a day after the ouster
		{"Soldiers detained President Omar al-Bashir at his palace in Khartoum on Monday.",
			[]string{"SDNMIL 173 SDN asserted"}},
	})
	checkDated(t, c, "2017-11-22", []coverageCase{
		{"Lawmakers began impeachment proceedings against President Robert Mugabe in Harare on Tuesday.",
			[]string{"ZWELEG 173 ZWEGOV asserted"}},
		{"Robert Mugabe resigned as Zimbabwe's president on Tuesday.",
			[]string{"ZWEGOV 0831 - asserted"}},
	})
	checkDated(t, c, "2019-11-11", []coverageCase{
		{"Bolivia's police chief urged President Evo Morales on Sunday to resign.",
			[]string{"BOLCOP 0241 BOLGOV asserted"}},
	})
	checkDated(t, c, "2013-07-04", []coverageCase{
		{"Egyptian troops detained President Mohamed Mursi in Cairo on Wednesday.",
			[]string{"EGYMIL 173 EGYGOV asserted"}},
		// near miss: called deposed, ousted or toppled, as "former"
		// (the country alone, not EGYGOV); his supporters are the
		// opposition to the new rulers, who protest against them
		// (supporters.go)
		{"Deposed President Mohamed Morsi criticised the army in a statement on Wednesday.",
			[]string{"EGY 111 - asserted"}},
		{"Supporters of deposed President Mohamed Morsi protested in Cairo on Wednesday.",
			[]string{"EGYOPP 141 EGYGOV asserted"}},
	})
	checkDated(t, c, "2019-04-12", []coverageCase{
		{"Soldiers detained deposed President Omar al-Bashir at his palace in Khartoum on Thursday.",
			[]string{"SDNMIL 173 SDN asserted"}},
		{"Police arrested supporters of toppled President Omar al-Bashir in Khartoum on Thursday.",
			[]string{"SDNCOP 173 SDNOPP asserted"}},
	})
	checkDated(t, c, "2014-11-01", []coverageCase{
		{"Protesters in Ouagadougou demanded on Friday that President Blaise Compaore step down.",
			[]string{"BFACVL 1041 BFAGOV asserted"}},
	})
	checkDated(t, c, "2023-08-31", []coverageCase{
		{"Gabonese army officers placed President Ali Bongo under house arrest in Libreville on Wednesday.",
			[]string{"GABMIL 173 GABGOV asserted"}},
	})
}
