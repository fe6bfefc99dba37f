package events_test

import "testing"

// TestDemandedBusiness checks, on sentences written for this test (and
// dev W48026, W49027), that a strike or protest by workers or farmers
// whose purpose or demand names a business of their state is aimed at
// it (employer_demand.go), while one that names none, or names the
// government, keeps the government.
func TestDemandedBusiness(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2022-02-06", []coverageCase{
		{"Tea pickers on estates in Zimbabwe's eastern Chipinge district went on strike on Thursday to press estate owners for a wage paid in U.S. dollars rather than local currency.",
			[]string{"ZWELAB 143 ZWEBUS asserted"}},
		{"Tea pluckers on plantations around Munnar in India's Kerala state, most of them women, blockaded the main road to the town for a fifth day on Thursday, demanding a bonus of 20 percent from the plantation companies.",
			[]string{"INDLAB 1442 INDBUS asserted"}},
		{"Cocoa farmers in Ghana blocked roads on Thursday to demand higher prices from exporters.",
			[]string{"GHAAGR 1442 GHABUS asserted"}},
		{"Miners in Chile went on strike on Thursday to press the government for higher pensions.",
			[]string{"CHLLAB 143 CHLGOV asserted"}},
		{"Dockworkers in Kenya went on strike on Thursday over pay.",
			[]string{"KENLAB 143 KENGOV asserted"}},
	})
}
