package events_test

import "testing"

// TestInquirySuspectTargets codes an investigation (root 09) whose "into"
// phrase names the suspect with "by" after the act looked into (past the
// possessive of a place that gives an official's state: "by Valencia's
// regional government"), or as the subject of a "whether" clause, with
// that suspect as target
// (targets_inquiry.go); a victim, a place, the investigator named with
// "by" before "into" and an "into" phrase with no agent give no target.
func TestInquirySuspectTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// the agent of the act looked into, with "by"
		{"Ukraine's prosecutor general opened an investigation into the breach of the Kakhovka dam as a possible war crime by Russian forces.",
			[]string{"UKRJUD 090 RUSMIL asserted"}},
		{"Philippine senators opened an investigation into alleged kickbacks paid by contractors on flood control projects.",
			[]string{"PHLLEG 090 PHLBUS asserted"}},
		{"Nepal's parliament opened an inquiry into bribes paid by Indian contractors on a dam project.",
			[]string{"NPLLEG 091 INDBUS asserted"}},
		// a conglomerate is a business (actors/data/agents.txt)
		{"Nigerian prosecutors opened an investigation on Monday into bribes paid by a state-owned conglomerate.",
			[]string{"NGAJUD 091 NGABUS asserted"}},
		// an official placed by a city or region the dictionary lacks,
		// named with its possessive (src47); a thing of the place is none
		{"Spanish judges opened an investigation on Wednesday into possible negligence by Valencia's regional government.",
			[]string{"ESPJUD 091 ESPGOV asserted"}},
		{"Spanish judges opened an investigation on Wednesday into Seville's mayor.",
			[]string{"ESPJUD 091 ESPGOV asserted"}},
		{"Spanish judges opened an investigation on Wednesday into Seville's budget.",
			[]string{"ESPJUD 091 - asserted"}},
		// the subject of a "whether" clause, past a weekday
		{"Brazil's Supreme Court opened an inquiry on Friday into whether President Jair Bolsonaro leaked classified police documents.",
			[]string{"BRAJUD 091 BRA asserted"}},
		{"The European Commission opened an investigation on Monday into whether Hungary misused EU funds.",
			[]string{"IGOEUREEC 090 HUN asserted"}},
		// near misses: a victim, a place, no agent
		{"Colombian prosecutors opened an investigation into the killing of a journalist in Cali.",
			[]string{"COLJUD 093 - asserted"}},
		{"Mexico's attorney general opened an inquiry into the disappearance of 43 students.",
			[]string{"MEXJUD 091 - asserted"}},
		{"Thai police opened an investigation into the death of a Cambodian worker, the embassy said.",
			[]string{"THACOP 091 - asserted"}},
	}, false)
}

// TestInquiryClaimTargets codes an investigation whose object is a claim
// noun with a "that" clause, "into allegations that …" or "investigating
// reports on Monday that …", with the clause's subject as target, the
// investigating state's own government and party too; the agent named
// with "by" may be the investigator's own state (targets_inquiry.go
// claimClause). A claim noun with no "that" clause, or one whose clause
// names no actor, gives no target.
func TestInquiryClaimTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Peru's prosecutors opened an inquiry into allegations that Chilean firms paid bribes to officials.",
			[]string{"PERJUD 091 CHLBUS asserted"}},
		{"Colombia's electoral council began investigating reports on Monday that the ruling party had bought votes in Cali.",
			[]string{"COLGOV 090 COLGOV asserted"}},
		{"Uganda's anti-corruption commission opened an investigation on Friday into the sale of public land by the finance ministry.",
			[]string{"UGAGOV 091 UGAGOV asserted"}},
		// near misses
		{"Peru's prosecutors opened an inquiry into allegations of bribery at the port.",
			[]string{"PERJUD 091 - asserted"}},
		{"Peru's prosecutors opened an inquiry into claims that ballots had gone missing.",
			[]string{"PERJUD 091 - asserted"}},
	}, false)
}

// TestInquiryOwnedOfficialTargets codes an investigation "into" an
// official named after the possessive of common nouns that are no
// mention ("the Croat canton's governor", "the province's governor"):
// the official is the suspect (targets_inquiry.go pastPlaceOwner); the
// owner's thing, no official, gives no target.
func TestInquiryOwnedOfficialTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Bosnia's state prosecutor opened an inquiry on Friday into the Croat canton's prime minister for ignoring court rulings.",
			[]string{"BIHJUD 091 BIHGOV asserted"}},
		{"Kenyan prosecutors launched an investigation on Monday into the county's governor over missing road funds.",
			[]string{"KENJUD 091 KENGOV asserted"}},
		{"Kenyan prosecutors launched an investigation on Monday into the county's budget.",
			[]string{"KENJUD 091 - asserted"}},
	}, false)
}

// TestInquiryHarmPlaceTargets codes an inquiry into harm named with no
// victims in a country's region ("into reported killings in Sudan's Darfur
// region") with target null, also when a pattern codes the inquiry by the
// body sent ("sent a fact-finding team … to look into",
// targets_inquiry_place.go): a place names no one investigated (gold
// README item 50). An act the possessive state did names it.
func TestInquiryHarmPlaceTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The African Union sent a fact-finding team on Friday to look into killings in Mozambique's Cabo Delgado province.",
			[]string{"IGOAFRAFU 092 - asserted"}},
		{"The United Nations opened an inquiry on Friday into reported killings in Sudan's Darfur region.",
			[]string{"IGOUNO 093 - asserted"}},
		{"Sudan's government opened an inquiry on Friday into killings in Sudan's Darfur region.",
			[]string{"SDNGOV 093 - asserted"}},
	}, false)
}
