package events_test

import "testing"

// TestProjectAid codes a school, hospital, road, port or water network
// that a state funds, finances, pays for or rebuilds in another state as
// economic aid (071; 0331 when pledged or agreed), the place's state the
// target; a project at home is none.
func TestProjectAid(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Japan pledged on Monday to finance a new power plant in Bangladesh.",
			[]string{"JPN 0331 BGD future 2024-07-08"}},
		{"Kuwait agreed on Tuesday to pay for the reconstruction of the port in the Yemeni city of Aden.",
			[]string{"KWT 0331 YEM future 2024-07-09"}},
		{"China rebuilt three bridges in Laos on Friday.",
			[]string{"CHN 071 LAO asserted 2024-07-12"}},
		{"Turkey helped restore electricity in the Syrian city of Aleppo on Monday.",
			[]string{"TUR 071 SYR asserted 2024-07-08"}},
		{"Saudi Arabia promised on Sunday to rebuild roads in Sudan.",
			[]string{"SAU 0331 SDN future 2024-07-07"}},
		// near misses: projects at home
		{"Kenya rebuilt roads in Nairobi on Monday.",
			nil},
		{"Ukraine restored electricity in Kharkiv on Monday.",
			nil},
		{"Egypt finished repairing the Aswan power station on Monday.",
			nil},
	}, true)
}

// TestLookedIntoCrimes codes an inquiry into looting, theft or extortion
// ("looking into the looting of houses") as a criminal investigation
// (091); looking into a proposal is none.
func TestLookedIntoCrimes(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Ukrainian prosecutors said on Tuesday they were looking into the looting of shops in Kherson.",
			[]string{"UKRJUD 091 - asserted 2024-07-09"}},
		{"Kenyan police are investigating the theft of fuel from the pipeline.",
			[]string{"KENCOP 091 - asserted 2024-07-13"}},
		{"Ukrainian officials said on Tuesday they were looking into a proposal to extend the grain deal.",
			nil},
	}, true)
}
