package events_test

import "testing"

// TestIntentPhrasing codes team-written sentences for the complement
// rules of intent.go and roles.go: an infinitive after a coordinated verb
// takes the first verb's subject ("met … and agreed to reopen"), a quoted
// infinitive ("vowed to “always stand with”"), a threat with no named
// target aims at the party its source has just attacked, and a means
// gerund ("by hosting") takes the subject of the verb it modifies. Each
// want lists every event of the sentence as "SOURCE CAMEO TARGET status"
// ("-" for no target), in any order.
func TestIntentPhrasing(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Thai and Cambodian negotiators met in Kuala Lumpur on Monday and agreed to reopen border crossings.",
			[]string{"THAGOV 044 KHMGOV asserted", "KHMGOV 044 THAGOV asserted", "THAGOV 0351 KHMGOV future", "KHMGOV 0351 THAGOV future"}},
		{"The Houthis shelled Saudi border posts on Monday and vowed to impose a naval blockade on the kingdom.",
			[]string{"YEMREB 194 SAUMIL asserted", "YEMREB 1381 SAU asserted"}},
		{`Serbian President Aleksandar Vucic vowed to "always stand with" Moscow.`,
			[]string{"SRBGOV 032 RUS future"}},
		{"Brazil's president defied Washington on Monday by hosting Russian President Vladimir Putin in Brasilia.",
			[]string{"BRAGOV 128 USA asserted", "BRAGOV 043 RUSGOV asserted", "RUSGOV 042 BRAGOV asserted"}},
		// tagger: a demonym's noun ("a Palestinian state") is no speech
		// verb, nor a base form before "warrant" a verb
		{"Egypt said on Tuesday it would soon recognise a Palestinian state.",
			[]string{"EGY 032 PSE future"}},
		{"Police searched the compound with a search warrant on Monday.",
			nil},
	}, false)
}

// TestVictimCodes codes team-written sentences for killCode (intent.go)
// and the clause rules around protests: a named person killed is
// assassinated (186), one shot in an assassination attempt is the
// attempt (185), thirty or more people killed a mass killing (202); a
// participle ", demanding …" tells a protest's aim; a clause opened by
// ", before" is no part of the demand before it; "them" is never a place.
func TestVictimCodes(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Gunmen shot dead Mexican senator Luis Ortega outside his home on Monday.",
			[]string{"MEXUAF 186 MEXLEG asserted"}},
		{"A gunman shot and wounded Brazilian President Lula in an assassination attempt in Brasilia on Friday.",
			[]string{"BRAUAF 185 BRAGOV asserted"}},
		{"Jihadists killed at least 35 villagers in northern Burkina Faso on Sunday.",
			[]string{"BFAREB 202 BFACVL asserted"}},
		{"Jihadists killed 12 villagers in northern Burkina Faso on Sunday.",
			[]string{"BFAREB 180 BFACVL asserted"}},
		{"Boko Haram fighters killed a Nigerian soldier on Monday.",
			[]string{"NGAREB 190 NGAMIL asserted"}},
		{"Dozens of students held a sit-in outside parliament in Kampala, demanding the right to vote, before Ugandan police dispersed them with batons.",
			[]string{"UGAEDU 1413 UGAGOV asserted", "UGACOP 175 UGAEDU asserted"}},
	}, false)
}

// TestHolderTarget codes team-written sentences for holderTarget: a
// demand or appeal for people's release or return is addressed to the
// state that holds them when the text names it after the people.
func TestHolderTarget(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Armenia demanded the return of Armenian soldiers captured by Azerbaijan.",
			[]string{"ARM 1053 AZE asserted"}},
		{"Kyiv demanded the return of civilians deported to Belarus.",
			[]string{"UKR 1053 BLR asserted"}},
		{"The European Parliament demanded the immediate release of political prisoners in Belarus.",
			[]string{"IGOEUREEC 1053 BLR asserted"}},
		{"Britain demanded the release of a British journalist.",
			[]string{"GBR 1053 GBRMED asserted"}},
	}, false)
}

// TestAuthorTarget codes team-written sentences for authorTarget: a
// rejected or criticised thing's author named by "proposed/drafted by"
// is the target; a participle with no "by" names none.
func TestAuthorTarget(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Russia rejected a peace plan proposed by Ukraine.",
			[]string{"RUS 127 UKR asserted"}},
		{"China criticised a resolution drafted by France.",
			[]string{"CHN 111 FRA asserted"}},
		{"Iran condemned the sanctions imposed on Monday.",
			[]string{"IRN 111 - asserted"}},
	}, false)
}

// TestAidCarrier codes team-written sentences for aidCarrier: a state's
// plane, ship or convoy carrying aid that lands or arrives somewhere
// delivers the aid there (073); one carrying people is no event.
func TestAidCarrier(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"A Turkish ship carrying aid arrived in Gaza on Monday.",
			[]string{"TUR 073 PSE asserted"}},
		{"An Emirati plane carrying 40 tonnes of food landed in Khartoum on Friday.",
			[]string{"ARE 073 SDN asserted"}},
		{"A Russian plane carrying diplomats landed in Pyongyang.",
			nil},
	}, false)
}

// TestCallParties codes team-written sentences for callParties and
// attributionBetween: a call named as where something was told holds the
// teller and the one told (041 both ways), also after an appeal whose
// complement the attribution tail ends; reporters told are no party.
func TestCallParties(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Indian Prime Minister Narendra Modi told French President Emmanuel Macron in a phone call on Monday that India would stay neutral.",
			[]string{"INDGOV 041 FRAGOV asserted", "FRAGOV 041 INDGOV asserted"}},
		{"Putin told reporters in a phone call that he was ready.",
			nil},
	}, false)
}

// TestProbeOwner codes team-written sentences for intoActor's possessive
// place: a probe into a state's conduct targets the state; a probe into
// deaths somewhere names no target.
func TestProbeOwner(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"The ICC opened an investigation into Venezuela's conduct during the protests.",
			[]string{"IGOICC 090 VEN asserted"}},
		{"Kenya opened an inquiry into deaths in Nairobi.",
			[]string{"KEN 090 - asserted"}},
	}, false)
}

// TestThreatTargets codes team-written threats whose target stands apart
// from the verb: a warning whose condition names the one warned, a target
// past a quotation ("to strike \"every port\" of Israel"), a threat with
// no target after an accusation (the accused, out of the accusation's
// scope), and a response's target, whom it answers ("retaliate against any
// attack by Israel"). Each want lists every event of the sentence as
// "SOURCE CAMEO TARGET status" ("-" for no target), in any order.
func TestThreatTargets(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Russia warned it would take countermeasures if Finland joined NATO.",
			[]string{"RUS 130 FIN asserted", "FIN 050 IGOWSTNAT hypothetical"}},
		{`Hezbollah threatened on Sunday to strike "every port" of Israel.`,
			[]string{"LBNREB 138 ISR asserted"}},
		{"Hezbollah accused Israel of shelling Lebanese villages and vowed revenge.",
			[]string{"LBNREB 112 ISR asserted", "ISR 194 LBN alleged", "LBNREB 138 ISR asserted"}},
		{"Iran said it would retaliate against any attack by Israel.",
			[]string{"IRN 138 ISR future"}},
	}, false)
}

// TestWarningConditionTarget codes team-written warnings: a warning is
// aimed at the condition's actor when "it" is the speaker itself, and at
// another state as the subject of "that". Each want lists every event of
// the sentence as "SOURCE CAMEO TARGET status date", in any order.
func TestWarningConditionTarget(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// a warning is aimed at the condition's actor when "it" is the
		// speaker itself, and at another state as the subject of "that"
		{"Beijing warned on Monday it would respond firmly if Tokyo sent warships to the strait.",
			[]string{"CHN 130 JPN asserted 2024-07-08", "JPN 154 - hypothetical 2024-07-08"}},
		{"North Korea warned on Friday that South Korea would pay a heavy price for the drills.",
			[]string{"PRK 130 KOR asserted 2024-07-12"}},
	}, true)
}

// TestPromiseFromActor codes a promise from an actor to act: the acts it
// names are the actor's intent. Each case is a short article (paragraphs
// in order) published on 2024-07-13 (a Saturday); want lists every event
// of the last paragraph as eventLine(e, true), in any order.
func TestPromiseFromActor(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		// 13: the acts a promise from an actor names are its intent
		{[]string{"Israel reacted with caution to a promise from Palestinian leader Mahmoud Abbas to hunt down militants and end armed attacks against Israel."},
			[]string{"PSEGOV 0356 ISR future 2024-07-13"}},
	})
}
