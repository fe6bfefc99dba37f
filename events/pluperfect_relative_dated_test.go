package events_test

import "testing"

// TestPluperfectRelativeDated checks, on sentences written for this test,
// that an act in a restrictive relative clause in the past perfect dated to
// an earlier month ("two gunmen who had attacked a checkpoint last month")
// describes its antecedent and is no event of the day, while the main
// clause's act still codes, and near cases still code: the simple past in
// the clause, the past perfect dated this month, and a date on the main
// clause.
func TestPluperfectRelativeDated(t *testing.T) {
	c := newCoder(t)
	tests := []datedCase{
		// the past perfect in a restrictive relative dated last month: background
		{"2017-08-09", "Israeli forces demolished the homes of two Palestinians who had attacked Israeli police officers in Jerusalem last month.", []string{"ISRMIL 1712 PSECVL asserted"}},
		{"2019-05-20", "Police in Kenya arrested three men who had attacked a Ugandan convoy in April.", []string{"KENCOP 173 KENCVL asserted"}},
		{"2019-05-20", "Nigerian troops killed ten rebels who had kidnapped Nigerian soldiers last month.", []string{"NGAMIL 190 NGAREB asserted"}},
		// near misses: the simple past, a date in the publication's month, no relative
		{"2019-05-20", "Nigerian troops killed ten rebels who kidnapped Nigerian soldiers last month.", []string{"NGAMIL 190 NGAREB asserted", "NGAREB 181 NGAMIL asserted"}},
		{"2017-08-09", "Two Palestinians who had attacked Israeli police officers in Jerusalem on Saturday were shot dead.", []string{"PSECVL 190 ISRCOP asserted"}},
		{"2017-08-09", "Two Palestinians had attacked Israeli police officers in Jerusalem last month.", []string{"PSECVL 190 ISRCOP asserted"}},
	}
	checkPublished(t, c, tests)
}
