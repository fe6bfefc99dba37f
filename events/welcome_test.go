package events_test

import "testing"

// TestWelcomedAct codes sentences written by the dyad team for
// welcomeCode (welcome.go): a welcomed act whose author is named is praise
// of the author (051), in the active and the passive, with a possessive or
// a by-agent; people welcomed, talks with a party and a welcome with no
// author named stay optimism (013), a visitor welcomed to a capital 043.
func TestWelcomedAct(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kyrgyzstan on Friday welcomed Tajikistan's decision to reopen their shared border.",
			[]string{"KGZ 051 TJK asserted 2024-07-12"}},
		{"Britain welcomed the decision by India and Pakistan to open a bus link.",
			[]string{"GBR 051 IND asserted 2024-07-13", "GBR 051 PAK asserted 2024-07-13"}},
		{"China welcomed the EU's move on Tuesday.",
			[]string{"CHN 051 IGOEUREEC asserted 2024-07-09"}},
		{"Kenya's offer was welcomed by Uganda on Monday.",
			[]string{"UGA 051 KEN asserted 2024-07-08"}},
		// no author, people, talks: optimism
		{"The Kenyan president welcomed the outcome of the talks.",
			[]string{"KENGOV 013 - asserted 2024-07-13"}},
		{"Lebanon welcomed the Syrian refugees on Monday.",
			[]string{"LBN 013 SYRREF asserted 2024-07-08"}},
		{"The Greek foreign minister welcomed the talks with Turkey.",
			[]string{"GRCGOV 013 TUR asserted 2024-07-13"}},
		// the author after "by" past an "of" phrase, or after an agent's "of"
		{"Britain welcomed the release of the sailors by Iran.",
			[]string{"GBR 051 IRN asserted 2024-07-13"}},
		{"France welcomed the decision of the Indian government to cut tariffs.",
			[]string{"FRA 051 INDGOV asserted 2024-07-13"}},
		// the "of" of a release, return or withdrawal names whom it
		// happened to; a party after the act is no author
		{"Jordan welcomed the return of Syrian refugees.",
			[]string{"JOR 013 SYRREF asserted 2024-07-13"}},
		{"Britain welcomed the release of two British aid workers.",
			[]string{"GBR 013 GBRCVL asserted 2024-07-13"}},
		{"Germany welcomed the withdrawal of Russian troops.",
			[]string{"DEU 013 RUSMIL asserted 2024-07-13"}},
		{"India welcomed the decision to hold talks with Pakistan.",
			[]string{"IND 013 PAK asserted 2024-07-13"}},
	}, true)
}

// possessivePassiveSubjectCases: a passive's by-agent is the source and
// the possessor of its subject ("Kenya's move was welcomed by Uganda") the
// target (welcome.go). The exact events each sentence gives.
var possessivePassiveSubjectCases = []familyCase{
	{"passive", "Kenya's move was welcomed by Uganda.", []string{"UGA 051 KEN asserted"}},
	{"passive", "Kenya's plan was rejected by Somalia on Monday.", []string{"SOM 127 KEN asserted"}},
	{"passive", "Kenya was condemned by Somalia on Monday.", []string{"SOM 111 KEN asserted"}},
}

// TestPossessivePassiveSubject codes each case of
// possessivePassiveSubjectCases as a one-sentence article published on
// 2024-03-14 and compares its events exactly.
func TestPossessivePassiveSubject(t *testing.T) {
	checkFamilies(t, "", possessivePassiveSubjectCases, false)
}
