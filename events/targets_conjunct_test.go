package events_test

import "testing"

// TestConjunctPronounTargets codes targets_conjunct.go: a second verb of
// one subject whose object is a pronoun or opens with one takes the
// first verb's direct object as target when the pronoun fits it; the
// actor's own things, a defence of its own, a nearer non-actor object,
// an aside between and a pronoun that cannot fit give none.
func TestConjunctPronounTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// "its": a party, an organisation
		{"Egypt banned the opposition Wafd party on Wednesday and seized its offices.",
			[]string{"EGY 1722 EGYOPP asserted", "EGY 171 EGYOPP asserted"}},
		// "his": a person named, or named by a title, when the subject
		// is no person
		{"Hungary expelled the Russian ambassador and criticised his remarks.",
			[]string{"HUN 161 RUSGOV asserted", "HUN 111 RUSGOV asserted"}},
		{"Ugandan police arrested opposition leader Kizza Besigye on Monday and raided his home.",
			[]string{"UGACOP 173 UGAOPP asserted", "UGACOP 091 UGAOPP asserted"}},
		// "their": a plural object
		{"The Taliban detained two British aid workers and seized their vehicles.",
			[]string{"AFGGOV 173 GBRCVL asserted", "AFGGOV 171 GBRCVL asserted"}},
		// the actor's own: troops moved, a programme defended
		{"Israel struck Hezbollah on Sunday and moved its troops north.",
			[]string{"ISR 190 LBNREB asserted", "ISR 154 - asserted"}},
		{"Iran met the IAEA chief on Monday and defended its nuclear programme.",
			[]string{"IRN 040 IGOUNOIAE asserted", "IGOUNOIAE 040 IRN asserted", "IRN 052 - asserted"}},
		// a non-actor object nearer than the actor: the figures' assets
		{"Mexico sent 29 cartel figures to the United States on Thursday and froze their assets.",
			[]string{"MEX 063 USA asserted", "MEX 163 - asserted"}},
		// a place and a circumstance between the object and the second verb
		{"Police arrested Besigye in Kampala after a rally in Gulu on Monday and raided his home.",
			[]string{"UGACOP 173 UGAOPP asserted"}},
	}, false)
}

// TestConjunctPronounPersonSubject: when the subject is a person, "his",
// "her" or "him" in the second verb's object may mean the subject as well
// as the first verb's object, so the second verb keeps no target.
func TestConjunctPronounPersonSubject(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Modi received the Japanese prime minister and rebuked his ministers over the delays.",
			[]string{"INDGOV 043 JPNGOV asserted", "JPNGOV 042 INDGOV asserted", "INDGOV 111 - asserted"}},
		{"Biden hosted the Israeli prime minister and later scolded his aides.",
			[]string{"USAGOV 043 ISRGOV asserted", "ISRGOV 042 USAGOV asserted", "USAGOV 111 - asserted"}},
		{"Erdogan received the Swedish prime minister and lashed out at his critics at home.",
			[]string{"TURGOV 043 SWEGOV asserted", "SWEGOV 042 TURGOV asserted", "TURGOV 111 - asserted"}},
		{"Macron met the Italian president on Tuesday and criticised his government's budget.",
			[]string{"FRAGOV 040 ITAGOV asserted", "ITAGOV 040 FRAGOV asserted", "FRAGOV 111 - asserted"}},
		{"Putin received the Hungarian prime minister and later criticised his generals.",
			[]string{"RUSGOV 043 HUNGOV asserted", "HUNGOV 042 RUSGOV asserted", "RUSGOV 111 - asserted"}},
		{"Clinton met Mursi on Wednesday and praised his role.",
			[]string{"USA 040 EGY asserted", "EGY 040 USA asserted", "USA 051 - asserted"}},
	}, false)
}

// TestConvictedAndSentencedTargets codes the charge between a verb of
// judging's object and a second verb (targets_conjunct.go
// chargeComplement): "convicted X of genocide and sentenced him" is
// aimed at X whatever charge stands between, and a former office holder
// no dictionary knows (the state alone) is a person "him" may stand for.
func TestConvictedAndSentencedTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"A Guatemalan court convicted former dictator Efrain Rios Montt of genocide and crimes against humanity on Friday and sentenced him to 80 years in prison.",
			[]string{"GTMJUD 116 GTM asserted", "GTMJUD 173 GTM asserted"}},
		{"A Bangladeshi court convicted a former army general of war crimes on Tuesday and sentenced him to death.",
			[]string{"BGDJUD 116 BGD asserted", "BGDJUD 173 BGD asserted"}},
		{"An Egyptian court found a former opposition lawmaker guilty of inciting violence and sentenced him to five years.",
			[]string{"EGYJUD 116 EGY asserted", "EGYJUD 173 EGY asserted"}},
	}, false)
}
