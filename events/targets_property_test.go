package events_test

import "testing"

// TestPropertyDestroyedOwner codes property set on fire, burned, razed or
// torched, in its wire wordings, as a destruction of property (1712)
// with its owner as target (targets_property.go): the state of the place
// it stands in, that state's civilians when the source's own state's
// force or people destroyed it, the state when an armed group did.
func TestPropertyDestroyedOwner(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Israeli settlers set fire to a mosque in a West Bank village on Tuesday.",
			[]string{"ISRCVL 1712 PSE asserted"}},
		{"Myanmar's army burned Rohingya villages in Rakhine state.",
			[]string{"MMRMIL 1712 MMRCVL asserted"}},
		{"Sudanese paramilitaries burned down a market in El Geneina on Friday.",
			[]string{"SDNUAF 1712 SDN asserted"}},
		{"Militants set fire to a school in northern Nigeria on Tuesday.",
			[]string{"NGAREB 1712 NGA asserted"}},
		{"Russian soldiers set houses on fire in the Ukrainian village of Yahidne, residents said.",
			[]string{"RUSMIL 1712 UKR asserted"}},
		{"Israeli settlers torched cars and homes in the Palestinian village of Burin on Sunday.",
			[]string{"ISRCVL 1712 PSE asserted"}},
	}, false)
}

// TestPropertyDestroyedNearMisses: protesters who set fire to a state's or a
// party's building riot (145, with the police or party as target), a
// destruction with no place read and no owner named is none, and the bare
// "destroyed" needs its owner named ("corralled and destroyed in Idlib").
func TestPropertyDestroyedNearMisses(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Protesters in Tehran set fire to police vehicles on Wednesday.",
			[]string{"IRNCVL 145 IRNCOP asserted"}},
		{"Protesters set fire to the ruling party's offices in Dhaka on Monday.",
			[]string{"BGDCVL 145 BGDGOV asserted"}},
		{"Israeli troops set fire to houses on Monday.", nil},
		{"The strategy is to expel the rebels until they are corralled and destroyed in Idlib.", nil},
	}, false)
}
