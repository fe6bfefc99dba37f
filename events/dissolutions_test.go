package events_test

import "testing"

// TestLegislaturesAndGroupsDissolved codes sentences written by the dyad
// team for the administrative sanctions of events/data/verbs.txt: a
// parliament dissolved or suspended, an armed group dissolved by decree
// are 172 on the body; a legislature dissolving itself, an executive
// suspended by its company and a parliament dissolved in the passive with
// no agent give nothing. Each sentence is published on 2024-07-13 (a
// Saturday); each want lists every event as "SOURCE CAMEO TARGET status
// date", in any order; nil means no event.
func TestLegislaturesAndGroupsDissolved(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Peru's President dissolved Congress on Monday.",
			[]string{"PERGOV 172 PERLEG asserted 2024-07-08"}},
		{"Sri Lanka's president suspended parliament on Friday for two months.",
			[]string{"LKAGOV 172 LKALEG asserted 2024-07-12"}},
		{"Burkina Faso's junta dissolved the Koglweogo militia on Tuesday.",
			[]string{"BFAGOV 172 BFAUAF asserted 2024-07-09"}},
		{"Kyrgyzstan's parliament voted on Wednesday to dissolve itself.", nil},
		{"The company suspended its chief executive on Friday.", nil},
		{"Parliament was dissolved on Monday ahead of the vote.", nil},
	}, true)
}

// TestCalledWordsOfBlame codes sentences written by the dyad team for the
// criticisms of events/data/verbs.txt: a move called unfair, deranged,
// dangerous, an existential threat or terrorism is 111 on its author; a
// tackle a referee calls dangerous and a threat analysts name are no
// actor's criticism. Each sentence is published on 2024-07-13 (a
// Saturday); each want lists every event as "SOURCE CAMEO TARGET status
// date", in any order; nil means no event.
func TestCalledWordsOfBlame(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Ghana's foreign ministry called the Nigerian import duties \"unfair and unreasonable\" on Tuesday.",
			[]string{"GHAGOV 111 NGA asserted 2024-07-09"}},
		{"Chad's president ordered troops to the capital on Monday, and the opposition called the move \"deranged\".",
			[]string{"TCDGOV 154 - asserted 2024-07-08", "TCDOPP 111 TCDGOV asserted 2024-07-08"}},
		{"Houthi rebels seized a cargo ship in the Red Sea on Sunday, and Israel called it terrorism.",
			[]string{"YEMREB 171 - asserted 2024-07-07", "ISR 111 YEMREB asserted 2024-07-07"}},
		{"The referee called it a dangerous tackle.", nil},
		{"Analysts called the rally an existential threat to the ruling party's majority.", nil},
	}, true)
}
