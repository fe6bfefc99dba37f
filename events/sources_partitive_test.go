package events_test

import "testing"

// TestPartitiveRoleAside: a partitive appositive of a role noun between
// the subject and its verb (", most of them women,") is passed, and the
// head acts in its own role; one that names a people (", most of them
// Syrians,") still gives the subject (sources_partitive.go).
func TestPartitiveRoleAside(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		// gold W49027 (INDBUS: the demand names the plantation companies, employer_demand.go)
		{"2015-09-13", "Tea pluckers on plantations around Munnar in India's Kerala state, most of them women, blockaded the main road to the town for a fifth day on Thursday, demanding a bonus of 20 percent from the plantation companies.",
			[]string{"INDLAB 1442 INDBUS asserted"}},
		{"2015-09-13", "Tea pickers in India's Assam state, most of them women, blocked a highway on Thursday.",
			[]string{"INDLAB 144 INDGOV asserted"}},
		{"2015-09-13", "Thousands of Kenyan teachers, many of them women, marched on parliament on Thursday.",
			[]string{"KENEDU 141 KENLEG asserted"}},
		// a people in the appositive: it stays the subject
		{"2015-09-13", "Thousands of migrants, most of them Syrians, protested at the border on Monday.",
			[]string{"SYRCVL 141 - asserted"}},
	})
}
