package events_test

import "testing"

// TestGroupsAndAgents74b: groups and role nouns the dictionaries lacked
// (session 74, c74b). The Paraguayan People's Army is PRYREB, Ivory
// Coast's New Forces CIVREB until they became the state's army (2011),
// a party's "representatives" its own people as its negotiators are,
// and a state's "security chief" its government. Near miss: "New
// forces" in lower case is no group.
func TestGroupsAndAgents74b(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2016-08-26", "Paraguayan soldiers killed three suspected members of the Paraguayan People's Army in a clash near Horqueta on Friday.",
			[]string{"PRYMIL 190 PRYREB asserted"}},
		{"2005-06-12", "The Ivorian government and the New Forces rebels signed a disarmament accord in Pretoria on Sunday.",
			[]string{"CIVGOV 057 CIVREB asserted", "CIVREB 057 CIVGOV asserted"}},
		{"2005-06-12", "New forces arrived in Abidjan on Sunday.",
			nil},
		{"2019-02-26", "Sudanese government negotiators and rebel representatives signed a peace agreement in Juba on Tuesday.",
			[]string{"SDNGOV 057 SDNREB asserted", "SDNREB 057 SDNGOV asserted"}},
		{"2019-02-26", "Afghan officials and Taliban representatives opened talks in Doha on Tuesday.",
			[]string{"AFGGOV 046 AFGREB asserted", "AFGREB 046 AFGGOV asserted"}},
		{"1996-08-31", "Russia's security chief met the Chechen rebel leader in Khasavyurt on Saturday.",
			[]string{"RUSGOV 040 RUSREB asserted", "RUSREB 040 RUSGOV asserted"}},
	})
}
