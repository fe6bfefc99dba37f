package events_test

import "testing"

// TestPassiveLikeActive: a passive sentence gives the events of its
// active form, exactly (source, code, target, status).
func TestPassiveLikeActive(t *testing.T) {
	c := newCoder(t)
	pairs := []struct {
		active, passive string
		want            []string
	}{
		{"The European Union imposed sanctions on Iran on Monday.", "Sanctions were imposed on Iran by the European Union on Monday.",
			[]string{"IGOEUREEC 163 IRN asserted"}},
		{"Pakistan expelled an Indian diplomat on Monday.", "An Indian diplomat was expelled by Pakistan on Monday.",
			[]string{"PAK 161 INDGOV asserted"}},
		{"Police in Tbilisi beat protesters on Monday.", "Protesters were beaten by police in Tbilisi on Monday.",
			[]string{"GEOCOP 175 GEOCVL asserted"}},
		{"Serbia banned a Kosovo party on Monday.", "A Kosovo party was banned by Serbia on Monday.",
			[]string{"SRB 1722 KSVPTY asserted"}},
		{"Russian forces shelled Kharkiv on Monday.", "Kharkiv was shelled by Russian forces on Monday.",
			[]string{"RUSMIL 194 UKR asserted"}},
		{"Mexico extradited a drug lord to the United States on Monday.", "A drug lord was extradited to the United States by Mexico on Monday.",
			[]string{"MEX 063 USA asserted"}},
		{"Chinese coast guard ships rammed a Philippine boat on Monday.", "A Philippine boat was rammed by Chinese coast guard ships on Monday.",
			[]string{"CHNMIL 190 PHL asserted"}},
	}
	for _, p := range pairs {
		checkSentences(t, c, []coverageCase{{p.active, p.want}, {p.passive, p.want}}, false)
	}
}

// ofByAgentCases: a headline's bare act noun with "of" and a by-agent is
// done by the by-agent, not by the headline verb's subject (passive.go
// ofByAgent); the exact events each sentence gives.
var ofByAgentCases = []familyCase{
	// a headline's bare act noun with "of" and a by-agent is done by the
	// by-agent, not by the headline verb's subject (passive.go ofByAgent)
	{"ofby", "EU welcomes release of Israeli hostages by Hamas.", []string{"PSEREB 0841 ISRCVL asserted"}},
	{"ofby", "EU condemns killing of protesters by Iranian police.", []string{"IGOEUREEC 111 IRNCOP asserted", "IRNCOP 175 IRNCVL asserted"}},
	{"ofby", "France welcomed the release of the sailors by Iran.", []string{"FRA 051 IRN asserted"}},
	{"ofby", "Hamas released two Israeli hostages on Sunday.", []string{"PSEREB 0841 ISRCVL asserted"}},
}

// TestOfByAgent codes each case as an article published on 2024-03-14,
// one paragraph per sentence, and compares its events exactly.
func TestOfByAgent(t *testing.T) { checkFamilies(t, "", ofByAgentCases, true) }

// witnessPatientCases: "saw X <participle>": X is the patient and the
// source whoever the sentence names as doing it, else there is no event
// (passive.go witnessVerb). The exact events each article gives, one
// paragraph per sentence.
var witnessPatientCases = []familyCase{
	// "saw X <participle>": X is the patient; the source is whoever the
	// sentence names as doing it, else there is no event
	{"saw-participle", "Violent protests broke out in Paris on Saturday. The riots saw police officers assaulted and shops looted.", nil},
	{"saw-participle", "Violent protests broke out in Paris on Saturday. The riots saw police officers assaulted by protesters.", []string{"FRACVL 182 FRACOP asserted"}},
	{"saw-participle", "The weekend saw shops looted and police officers assaulted in Paris.", nil},
	{"saw-participle", "Local people in Nairobi witnessed protesters beaten by riot police.", []string{"KENCOP 175 KENCVL asserted"}},
	{"saw-participle", "French police assaulted protesters in Paris on Saturday.", []string{"FRACOP 175 FRACVL asserted"}},
	{"saw-participle", "Israel and Hamas agreed on Wednesday to a ceasefire that would see hostages freed in exchange for Palestinian prisoners.", []string{"ISR 0871 PSEREB asserted", "PSEREB 0871 ISR asserted"}},
}

// TestWitnessPatient codes each case of witnessPatientCases as an article
// published on 2024-03-14, one paragraph per sentence, and compares its
// events exactly.
func TestWitnessPatient(t *testing.T) { checkFamilies(t, "", witnessPatientCases, true) }

// TestAfterBeingPassive codes a passive participle after "after being": it
// targets the subject of the clause it modifies. Each case is a short
// article (paragraphs in order) published on 2024-07-13 (a Saturday); want
// lists every event of the last paragraph as eventLine(e, true), in any
// order.
func TestAfterBeingPassive(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		// 9: a passive participle after "after being" targets the subject
		// of the clause it modifies
		{[]string{"The Arab League adopted a tough stance on Sunday after being urged by the United States on Friday to isolate Iran."},
			[]string{"USA 020 IGOMEAARL asserted 2024-07-12"}},
		{[]string{"Hungary dropped its veto after being pressed by Germany."},
			[]string{"HUN 080 - asserted 2024-07-13", "DEU 020 HUN asserted 2024-07-13"}},
	})
}

// TestParticipleBeforeVerb codes a participle between a subject and its
// verb: passive, the noun before it the act's target ("diplomats expelled
// from Germany returned"); the verb keeps its subject. Each case is a
// short article (paragraphs in order) published on 2024-07-13 (a
// Saturday); want lists every event of the last paragraph as eventLine(e,
// true), in any order.
func TestParticipleBeforeVerb(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		// 15: a participle between a subject and its verb is passive: the
		// noun before it is the act's target
		{[]string{"The family of a former British soldier arrested in Turkey after fighting against Isis have begged the prime minister for help."},
			nil},
		{[]string{"Two Iranian diplomats expelled from Germany last week returned to Tehran on Friday."},
			[]string{"DEU 161 IRNGOV asserted 2024-07"}},
		{[]string{"The four Britons freed from US custody are expected to return home."},
			[]string{"USA 0841 GBRCVL asserted 2024-07-13"}},
		{[]string{"Turkey rejected on Thursday a European Union demand to withdraw its ship."},
			[]string{"TUR 1246 IGOEUREEC asserted 2024-07-11", "IGOEUREEC 1056 TUR asserted 2024-07-13"}}, // the verb keeps its subject; the demand it answers is coded
		{[]string{"Kenyan doctors went on strike on Monday over unpaid wages."},
			[]string{"KENHLH 143 KENGOV asserted 2024-07-08"}},
	})
}

// TestConjoinedPassiveDefenders codes a passive whose subject is shared
// with the verb before it through "but" or "and": the defenders a
// by-phrase lists each fight the attackers ("Rebels attacked Bangui but
// were repulsed by government troops, Rwandan forces and U.N.
// peacekeepers": one 190 per defender against the rebels, as the gold
// sets code repelled attacks), and the attack keeps its own target.
func TestConjoinedPassiveDefenders(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Rebels attacked the town of Bunia on Monday but were repelled by Congolese troops and U.N. peacekeepers.",
			[]string{"CODREB 190 COD asserted", "CODMIL 190 CODREB asserted", "IGOUNO 190 CODREB asserted"}},
		{"Jihadist fighters stormed an army post near Timbuktu and were repulsed by Malian soldiers.",
			[]string{"MLIREB 190 MLIMIL asserted", "MLIMIL 190 MLIREB asserted"}},
		{"Islamist militants were repulsed by the Nigerian army in Borno state on Friday.",
			[]string{"NGAMIL 190 NGAREB asserted"}},
		{"Malian soldiers repulsed jihadist fighters near Timbuktu on Sunday.",
			[]string{"MLIMIL 190 MLIREB asserted"}},
		// no actor repelled: no event
		{"The new policy repelled foreign investors.", nil},
	}, false)
}
