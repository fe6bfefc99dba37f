package events_test

import "testing"

// TestAppositionRoles codes sentences written by the dyad team for
// appositionRoles (apposed.go): a title followed by a person the
// dictionary knows takes the person's dated code (Nicola Sturgeon led the
// SNP at Holyrood, GBROPP, in 2005), and a body whose apposition calls it
// an opposition or rebel group takes that role.
func TestAppositionRoles(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2005-01-20", []coverageCase{
		{"The Scottish National Party's Holyrood leader, Nicola Sturgeon, criticised the government.",
			[]string{"GBROPP 111 GBRGOV asserted"}},
		{"Scotland's nationalist leader, Nicola Sturgeon, accused the government of betrayal.",
			[]string{"GBROPP 112 GBRGOV asserted"}},
		// the name's role already decides: unchanged
		{"The SNP's leader at Holyrood, Nicola Sturgeon, criticised the government.",
			[]string{"GBROPP 111 GBRGOV asserted"}},
	})
	checkDated(t, c, "2024-03-14", []coverageCase{
		{"The Democratic Party's leader, Lee Jae-myung, criticised the government.",
			[]string{"KOROPP 111 KORGOV asserted"}},
		{"South Korea's main opposition leader, Lee Jae-myung, criticised the government.",
			[]string{"KOROPP 111 KORGOV asserted"}},
		// a title and a person of the same role: unchanged
		{"Russia's foreign minister, Sergei Lavrov, criticised the United States.",
			[]string{"RUSGOV 111 USA asserted"}},
	})
	checkDated(t, c, "2018-01-16", []coverageCase{
		{"The Syrian Negotiations Commission, Syria's umbrella opposition group, criticised Russia.",
			[]string{"SYROPP 111 RUS asserted"}},
		{"The Syrian National Council, the main opposition alliance, criticised Russia.",
			[]string{"SYROPP 111 RUS asserted"}},
		{"The Syrian National Council, an opposition group, criticised Russia.",
			[]string{"SYROPP 111 RUS asserted"}},
		{"The Syrian National Council, a rebel coalition, criticised Russia.",
			[]string{"SYRREB 111 RUS asserted"}},
		// no apposition of a group: the body keeps its code
		{"The Syrian National Council, which opposes the government, criticised Russia.",
			[]string{"SYRGOV 111 RUS asserted"}},
		{"The Syrian National Council, the opposition group's ally, criticised Russia.",
			[]string{"SYRGOV 111 RUS asserted"}},
	})
}
