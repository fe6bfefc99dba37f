package events_test

import "testing"

// TestMassKillingShapes: a killing of more than 20 counted people who
// were not fighting, by a verb that kills only with the words after it
// ("clubbed to death", "burned to death"), is a mass killing (202), and
// a count after "at least" is the verb's object past a subject with a
// participle before or after it ("Armed separatists killed at least 22
// people", "Gunmen armed with machetes killed at least 30 villagers").
// Soldiers killed in a fight, a small count and people abducted keep
// their codes (mass_killing.go, falseevents_objpart.go).
func TestMassKillingShapes(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// verbs that kill only with the words after them
		{"Janjaweed militiamen clubbed to death at least 30 villagers in a raid in Darfur, Sudan, on Friday.", []string{"SDNUAF 202 SDNCVL asserted"}},
		{"Militiamen burned to death more than 40 villagers in their homes in Ituri province, Congo, on Sunday.", []string{"CODUAF 202 CODCVL asserted"}},
		{"Militiamen clubbed to death six villagers in a raid in Darfur, Sudan, on Friday.", []string{"SDNUAF 1823 SDNCVL asserted"}},
		// a count after "at least" is the verb's object, past a participle
		{"Armed separatists killed at least 22 people in an overnight attack on a village in Cameroon's Northwest region.", []string{"CMRREB 202 CMRCVL asserted"}},
		{"Gunmen armed with machetes killed at least 30 villagers in Ituri province, Congo, on Sunday.", []string{"CODUAF 202 CODCVL asserted"}},
		{"Armed rebels abducted at least 25 passengers from a bus in Cameroon on Monday.", []string{"CMRREB 181 CMRCVL asserted"}},
		{"Armed separatists killed at least 12 soldiers in an ambush in Cameroon's Northwest region.", []string{"CMRREB 190 CMRMIL asserted"}},
		{"Nigerian troops killed 40 Boko Haram fighters in Borno state on Sunday.", []string{"NGAMIL 190 NGAREB asserted"}},
	}, false)
}
