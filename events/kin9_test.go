package events_test

import "testing"

// TestKin9 checks, on sentences written for this test, kin as actors:
// parents, a mother, a father and family members are private people
// (CVL) of the state they appeal to, accuse or sue, or of the kin they
// are named by ("the mother of a Dutch hostage"); with neither, they are
// no actor. A kin noun heads its subject over the "of" phrase and over an
// apposition after a name ("The parents of Tom Hardy, a Briton held by
// Kurdish forces in Syria, have accused"), and an aside that names a
// place with its region ("speaking from Lahore, north-east Pakistan,")
// is not the subject.
func TestKin9(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-07-13", []coverageCase{
		{"The parents of Tom Hardy, a Briton held by Kurdish forces in Syria, have accused the Foreign Office of abandoning their son.",
			[]string{"GBRCVL 112 GBRGOV asserted"}},
		{"Her mother, speaking from Lahore, north-east Pakistan, accused the Canadian authorities on Monday of failing her daughter.",
			[]string{"CANCVL 112 CANGOV asserted"}},
		{"The father of a jailed blogger urged the Egyptian government on Monday to free his son.",
			[]string{"EGYCVL 0253 EGYGOV asserted"}},
		{"Family members of the detained journalists urged the Turkish government on Monday to release them.",
			[]string{"TURCVL 0253 TURGOV asserted"}},
		{"The mother of a jailed Briton has lodged a claim against the UK government.",
			[]string{"GBRCVL 115 GBRGOV asserted"}},
		{"The mother of a Dutch hostage urged Mali's junta on Monday to free her son.",
			[]string{"NLDCVL 0253 MLIGOV asserted"}},
		// kin as the victims of an act: where it happened
		{"Gunmen killed a mother and her two children in Nigeria's Kaduna state on Monday.",
			[]string{"NGAUAF 180 NGACVL asserted"}},
		// no state said: no actor
		{"The mother of the missing soldier accused the army of lying to her.", nil},
	})
}
