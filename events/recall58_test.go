package events_test

import "testing"

// TestSanctionsImposedOnTarget: sanctions named by a reduced relative
// clause ("the sanctions they had imposed on Niger") are lifted on the
// party after the clause's "on", as in "lift sanctions on Niger"
// (sanctions_imposed_on.go); the clause's subject is no target.
func TestSanctionsImposedOnTarget(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"African Union leaders agreed on Friday to lift the economic sanctions they had imposed on Niger in August.", []string{"IGOAFRAFU 0354 NER future 2024-07-12"}},
		{"The European Union lifted on Friday the travel sanctions the bloc imposed on Belarus in 2021.", []string{"IGOEUREEC 085 BLR asserted 2024-07-12"}},
		// near miss: no clause of imposing, no target after it
		{"African Union leaders agreed on Friday to lift the economic sanctions they had discussed at length.", []string{"IGOAFRAFU 0354 - future 2024-07-12"}},
	}, true)
}

// TestHandedToPolice: a person a state hands to police is judicial
// cooperation (063) with "over" or without (the "state" flag,
// source_kind.go), and the recipient after "to" stays the
// target past a name set off by commas (aside_recipient.go).
func TestHandedToPolice(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Peru handed a senior Shining Path commander to Bolivian police at the border on Friday.", []string{"PER 063 BOLCOP asserted 2024-07-12"}},
		{"Thailand handed over the deputy leader of the Karen National Union, Saw Kwe Htoo, to Myanmar police on Friday.", []string{"THA 063 MMRCOP asserted 2024-07-12"}},
		// near misses: a letter handed to a president is no judicial act,
		// nor are villagers handing a thief to the police (a state's act)
		{"The minister handed a letter to the Kenyan president on Friday.", nil},
		{"Villagers handed a suspected cattle thief to Kenyan police on Friday.", nil},
	}, true)
}

// TestGovernmentTroopsOfRebels: "government troops" a rebel group of a
// named state accuses are that state's, not the venue's of talks abroad
// (actors_forces.go rebelsState); a named group fighting abroad leaves
// the government soldiers to the place.
func TestGovernmentTroopsOfRebels(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Myanmar's largest ethnic rebel group pulled out of ceasefire talks in Bangkok on Friday, accusing government troops of shelling its bases in Kachin state.", []string{
			"MMRREB 164 - asserted 2024-07-12", "MMRREB 112 MMRMIL asserted 2024-07-12", "MMRMIL 194 MMRREB alleged 2024-07-13"}},
		// near miss: a named group's victims in Kenya are Kenya's soldiers
		{"Al Shabaab militants killed 12 government soldiers in an ambush in northern Kenya on Friday.", []string{"SOMREB 190 KENMIL asserted 2024-07-12"}},
	}, true)
}

// TestToldByTelephone: "told X by telephone" is a call between the two,
// one 041 per direction, like "spoke by telephone with X".
func TestToldByTelephone(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"German Chancellor Olaf Scholz told Polish Prime Minister Donald Tusk by telephone on Friday that Berlin would send more air defences.", []string{
			"DEUGOV 041 POLGOV asserted 2024-07-12", "POLGOV 041 DEUGOV asserted 2024-07-12", "DEU 0332 - future 2024-07-12"}},
		// near miss: told reporters, no call
		{"German Chancellor Olaf Scholz told reporters on Friday that Berlin would send more air defences.", []string{"DEU 0332 - future 2024-07-12"}},
	}, true)
}

// TestSaidItWasBehind: a group saying it was behind an act claims it
// (015) and does the act (claims.go saidBehindVerb); a state saying
// another was behind an attack claims nothing.
func TestSaidItWasBehind(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Al Shabaab said it was behind a suicide car bomb that hit a hotel in Mogadishu on Friday.", []string{
			"SOMREB 015 - asserted 2024-07-13", "SOMREB 1832 SOMCVL asserted 2024-07-12"}},
		// near miss: an accusation, no claim
		{"Kyiv said Moscow was behind a drone attack on a power plant on Friday.", nil},
	}, true)
}

// TestCaptivesHandedTo: captives handed to the Red Cross or a mission are
// released (0841), "over" or not; the released are the target, not the
// body they are handed to; a hostage proposal handed over is none.
func TestCaptivesHandedTo(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"FARC rebels handed their last 12 captive police officers and soldiers to a Red Cross mission in the jungle on Friday.", []string{
			"COLREB 0841 COLCOP asserted 2024-07-12", "COLREB 0841 COLMIL asserted 2024-07-12"}},
		{"Hamas handed three Israeli hostages to the Red Cross in Gaza on Friday.", []string{"PSEREB 0841 ISRCVL asserted 2024-07-12"}},
		// near miss: a proposal about hostages is no release
		{"Qatar handed a new hostage proposal to Israel on Friday.", nil},
	}, true)
}
