package events_test

import "testing"

// TestLexCoop36 codes sentences written by the dyad team for the session
// 36 lines of events/data/verbs.txt (inspectors sent, a truce approved,
// money promised and pledges raised, inspections allowed) and for the
// coordinated infinitive after a weekday ("agreed on Tuesday to halt …
// and allow …": both halves planned). The silent cases keep the words in
// readings that give no such event. Each want lists every event of the
// sentence as "SOURCE CAMEO TARGET status date", in any order; the story
// is dated Saturday 2024-07-13.
func TestLexCoop36(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// 09 inspectors sent to a site investigate (090, no target)
		{"The International Atomic Energy Agency sent inspectors to the Khmelnytskyi power plant on Tuesday.",
			[]string{"IGOUNOIAE 090 - asserted 2024-07-09"}},
		// 08 a truce approved is agreed (0871, the approver's; the other side after "with")
		{"Thailand's cabinet approved a truce with the Malay separatists on Friday.",
			[]string{"THAGOV 0871 THAREB asserted 2024-07-12"}},
		{"Chile's cabinet approved a ceasefire with Mapuche rebels on Friday.",
			[]string{"CHLGOV 0871 CHLREB asserted 2024-07-12"}},
		{"The U.N. Security Council approved a ceasefire resolution on Friday.", nil},
		{"Ecuador's cabinet approved the truce budget on Monday.", nil},
		// 03 money promised, a pledge raised (0331; 033 with "in aid")
		// (the place of the purpose is the recipient, targets_aid_purpose.go, as gold W14005 "for housing and roads in Gaza" PSE)
		{"Norway promised $40 million on Tuesday for flood relief in Bangladesh.",
			[]string{"NOR 0331 BGD future 2024-07-09"}},
		{"Canada raised its aid pledge to $90 million on Wednesday.",
			[]string{"CAN 0331 - future 2024-07-10"}},
		{"Denmark promised $20 million in aid on Monday.",
			[]string{"DNK 033 - future 2024-07-08"}},
		// 03 inspections allowed as the second half of an agreed plan (0355)
		{"Iran agreed on Tuesday to halt enrichment and allow snap inspections.",
			[]string{"IRN 0355 - future 2024-07-09"}},
		{"Hungary agreed on Friday to lift the blockade and free two Slovak truck drivers.",
			[]string{"HUN 0353 SVKLAB future 2024-07-12"}},
		// a finite second verb is a second act, done
		{"Peru agreed on Monday to talks and freed two Chilean fishermen.",
			[]string{"PER 0841 CHLCVL asserted 2024-07-08"}},
	}, true)
}
