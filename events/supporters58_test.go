package events_test

import "testing"

// TestSupportersAsTarget codes, on sentences written for this test, a
// leader's supporters as the target of an act as they are coded as its
// source (supporters.go): the supporters of a sitting president are the
// state's people (CVL), not the president's government, and those of a
// deposed one its opposition (OPP, as the open gold codes Mursi's and
// Zelaya's); near miss: the president named without a supporters noun
// stays the government.
func TestSupportersAsTarget(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2021-01-12", "Police fired tear gas at supporters of President Yoweri Museveni in Kampala on Monday.",
			[]string{"UGACOP 175 UGACVL asserted"}},
		{"2021-01-12", "Police arrested dozens of loyalists of President Yoweri Museveni in Kampala on Monday.",
			[]string{"UGACOP 173 UGACVL asserted"}},
		{"2021-01-12", "Supporters of President Yoweri Museveni rallied in Kampala on Monday.",
			[]string{"UGACVL 141 - asserted"}},
		{"2023-08-01", "Police in Niamey arrested dozens of supporters of ousted President Mohamed Bazoum on Monday.",
			[]string{"NERCOP 173 NEROPP asserted"}},
		// near miss: the president himself
		{"2021-01-12", "Opposition leaders criticised President Yoweri Museveni in Kampala on Monday.",
			[]string{"UGAOPP 111 UGAGOV asserted"}},
	})
}
