package events_test

import "testing"

// TestCorpusFrames codes sentences written by the dyad team for the verb
// frames that a count over ../shared/corpora found frequent in real news
// and uncoded (the "corpus frames" block of events/data/verbs.txt): rockets
// launched with no target, boycotts imposed, states of siege, name-calling,
// support of a party's bid or plan, car bombs rammed into a target, military
// intervention, vows to fight and attribution verbs the tagger did not
// know. Their guards are the no-event lines: a company's rocket, an
// unnamed target of name-calling, support with no party, a central bank's
// intervention, a cause fought for.
// Each sentence is published on 2024-07-13 (a Saturday); each want lists
// every event as "SOURCE CAMEO TARGET status date", in any order; nil means
// no event.
func TestCorpusFrames(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// 15 a rocket launched with no target is a show of force; aimed at
		// a party it stays an attack; a company launching one is no event
		{"North Korea launched two short-range rockets into the sea on Wednesday.",
			[]string{"PRK 150 - asserted 2024-07-10"}},
		{"Hamas launched rockets at Tel Aviv on Monday.",
			[]string{"PSEREB 195 ISR asserted 2024-07-08"}},
		{"SpaceX launched a rocket carrying 20 satellites on Tuesday.", nil},
		// 16 a boycott imposed on a state is a sanction, one per source
		{"Bahrain and Egypt imposed a trade boycott on Qatar on Tuesday.",
			[]string{"BHR 163 QAT asserted 2024-07-09", "EGY 163 QAT asserted 2024-07-09"}},
		// 17 a state of siege is emergency rule
		{"Peru's government declared a state of siege in Lima on Thursday.",
			[]string{"PERGOV 1724 - asserted 2024-07-11"}},
		// 11 name-calling of a named actor; of an act or by fans, nothing
		{"Venezuela's foreign minister called the Guyanese president a puppet on Friday.",
			[]string{"VENGOV 111 GUYGOV asserted 2024-07-12"}},
		{"The French president called the shooting a terrorist act.", nil},
		{"Fans called the referee a clown after the match on Sunday.", nil},
		// 05 support of a party's bid or plan is endorsement; support with
		// no party named, or of a party itself, stays uncoded
		{"Germany on Monday supported Poland's bid to host the summit.",
			[]string{"DEU 051 POL asserted 2024-07-08"}},
		{"Japan supports the resettlement of refugees.", nil},
		// the verb "support" must not reach into the name of the Rapid
		// Support Forces
		{"Rapid Support Forces fighters shelled El Obeid on Monday.",
			[]string{"SDNREB 194 SDN asserted 2024-07-08"}},
		// 18 a car bomb rammed into a target
		{"Al-Shabaab militants rammed a truck laden with explosives into a Somali army base on Sunday.",
			[]string{"SOMREB 1832 SOMMIL asserted 2024-07-07"}},
		// 19 military intervention; a central bank's is no event
		{"Rwanda intervened militarily in Congo on Thursday.",
			[]string{"RWA 190 COD asserted 2024-07-11"}},
		{"The central bank intervened in the currency market on Monday.", nil},
		// 13 a vow to fight a party is a threat of force, as a threat to
		// fight is; a cause fought for is no party
		{"Iran vowed on Monday to fight Israel.",
			[]string{"IRN 138 ISR asserted 2024-07-08"}},
		{"Sudan's army chief vowed on Monday to keep fighting the Rapid Support Forces.",
			[]string{"SDNMIL 138 SDNREB asserted 2024-07-08"}},
		{"Iran vowed vengeance against Israel on Monday.",
			[]string{"IRN 138 ISR asserted 2024-07-08"}},
		{"The prime minister vowed to fight for British jobs.", nil},
		// attribution verbs: the reported event is coded, the verb is not
		{"Putin argued that Ukraine had attacked Russian villages.",
			[]string{"UKR 190 RUS asserted 2024-07-13"}},
	}, true)
}
