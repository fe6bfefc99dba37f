package events_test

import "testing"

// TestRefusedToRuleOutForce codes a refusal to rule out force (combine.go
// refusedForce): declining to exclude force is a threat of it (138,
// asserted), with the party the force is named against as target, as
// "has never ruled out using force" is; the refusal (120), the ruling out
// and the force itself are not coded. A refusal to rule out anything else
// is no event (refusedRuleOut): the option is kept open, nothing rejected.
func TestRefusedToRuleOutForce(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Trump refused on Wednesday to rule out using military force to take Greenland.",
			[]string{"USA 138 GRL asserted"}},
		{"Biden refused to rule out strikes on Iran.",
			[]string{"USAGOV 138 IRN asserted"}},
		{"Netanyahu refused to rule out a new offensive in Gaza.",
			[]string{"ISRGOV 138 PSE asserted"}},
		// the force's own target, or the first actor named in the phrase
		// ruled out, a named actor before a place; the force itself
		// ("military force") is no target
		{"Pakistan refused to rule out military action against the Taliban.",
			[]string{"PAK 138 AFGGOV asserted"}},
		{"Nigeria refused to rule out force against the junta in Niger.",
			[]string{"NGA 138 NERGOV asserted"}},
		{"Israel refused to rule out a war with Hezbollah.",
			[]string{"ISR 138 LBNREB asserted"}},
		{"Turkey refused to rule out an offensive against the PKK in northern Iraq.",
			[]string{"TUR 138 TURREB asserted"}},
		{"Kenya refused to rule out military action against al-Shabaab.",
			[]string{"KEN 138 SOMREB asserted"}},
		{"Saudi Arabia refused to rule out strikes against the Houthis in Yemen.",
			[]string{"SAU 138 YEMREB asserted"}},
		// the phrase ruled out ends at a subordinator: another party's
		// act after it is an event of its own
		{"Israel refused to rule out strikes on Iran after Tehran fired 200 missiles at Israel.",
			[]string{"ISR 138 IRN asserted", "IRN 195 ISR asserted"}},
		{"Netanyahu refused to rule out an offensive in Rafah as Hamas fired rockets at Ashkelon.",
			[]string{"ISRGOV 138 PSE asserted", "PSEREB 194 ISR asserted"}},
		{"Trump refused to rule out force when Iran seized a British tanker.",
			[]string{"USA 138 - asserted", "IRN 171 GBR asserted"}},
		{"Russia refused to rule out an attack on Moldova after Ukraine shelled Belgorod.",
			[]string{"RUS 138 MDA asserted", "UKR 194 RUS asserted"}},
		{"India refused to rule out strikes on Pakistan as militants killed five soldiers in Kashmir.",
			[]string{"IND 138 PAK asserted", "INDREB 190 INDMIL asserted"}},
		// near misses: other things refused or ruled out; a refusal to
		// rule out anything but force is an option kept open, no event
		// (refusedRuleOut), and an act after the phrase stays
		{"Putin refused to rule out talks with Ukraine.",
			nil},
		{"Britain's finance minister refused on Tuesday to rule out tax rises next year.",
			nil},
		{"The Dutch prime minister refused to rule out sending more tanks to Ukraine on Friday.",
			nil},
		{"Britain's finance minister refused on Tuesday to rule out tax rises, a day after rebels attacked a convoy in Mali.",
			[]string{"MLIREB 190 MLI asserted"}},
		{"Iran refused to release the British tanker.",
			[]string{"IRN 1243 GBR asserted"}},
		{"China has never ruled out using force against Taiwan.",
			[]string{"CHN 138 TWN asserted"}},
	}, false)
}

// TestAppealsToMediate codes appeals for a third party to mediate or to
// step into a dispute (combine.go requestRules, verbs.txt "intervene in
// {dispute…}"): an appeal for mediation (028), not for talks (026), a
// weekday between "called" and "for" included. An appeal to intervene in
// a place stays a plain appeal, and an appeal for talks stays 026.
func TestAppealsToMediate(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Bangladesh urged the United Nations to mediate with Myanmar's military rulers.",
			[]string{"BGD 028 IGOUNO asserted"}},
		{"Armenia asked Russia to intervene in its dispute with Azerbaijan.",
			[]string{"ARM 028 RUS asserted"}},
		{"Sudan and Egypt called on Wednesday for the U.N. Security Council to intervene in their dispute with Ethiopia over the Nile dam.",
			[]string{"SDN 028 IGOUNO asserted", "EGY 028 IGOUNO asserted"}},
		// near misses
		{"Pakistan appealed to the UN Security Council on Tuesday to intervene in Kashmir.",
			[]string{"PAK 020 IGOUNO asserted"}},
		{"Kenya urged Uganda to hold talks with Rwanda.",
			[]string{"KEN 026 UGA asserted"}},
	}, false)
}
