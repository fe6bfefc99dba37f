package events_test

import (
	"testing"
)

// TestCoordinatedReactions codes sentences written by the dyad team for
// events/reactions.go: a criticism in a clause opened by "and" whose
// object restates the first clause's act ("the move", "the shooting")
// targets the act's author; a rejection of a restated report ("rejected
// the report", "called the reports fake news") is a denial of the
// reporter, who accuses the act's source, and the act is denied. A
// reaction in the first clause, a report the reporter's own state
// rejects and a move the reacting actor made itself take nothing from
// the rule. Each sentence is published on 2024-07-13 (a Saturday); each
// want lists every event as "SOURCE CAMEO TARGET status date", in any
// order; nil means no event.
func TestCoordinatedReactions(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// an act called a hostile act: the first clause's subject
		{"Ghana recognised the breakaway region on Monday, and Nigeria called the move an act of aggression.",
			[]string{"NGA 111 GHA asserted 2024-07-13"}},
		// a listed subject gives one target each
		{"Chile and Peru expelled Venezuelan diplomats on Tuesday, and Caracas called the decision a reward for terrorism.",
			[]string{"CHL 161 VENGOV asserted 2024-07-09", "PER 161 VENGOV asserted 2024-07-09", "VEN 111 CHL asserted 2024-07-13", "VEN 111 PER asserted 2024-07-13"}},
		// an adjective of blame
		{"The Mongolian parliament raised fuel taxes on Friday, and the Kazakh government called the decision short-sighted.",
			[]string{"KAZGOV 111 MNGLEG asserted 2024-07-13"}},
		// a rejected report: denial of the reporter, the reporter's
		// accusation, the act denied
		{"Amnesty International said Egyptian police had tortured detainees in Cairo, and Egypt rejected the report.",
			[]string{"NGOHRIAMN 112 EGYCOP asserted 2024-07-13", "EGYCOP 1822 EGYCVL denied 2024-07-13", "EGY 016 NGOHRIAMN asserted 2024-07-13"}},
		// reports called untrue
		{"Armenian officials said Azerbaijani troops had shelled a border village, and Baku called the reports \"fabricated\".",
			[]string{"ARMGOV 112 AZEMIL asserted 2024-07-13", "AZEMIL 194 - denied 2024-07-13", "AZE 016 ARMGOV asserted 2024-07-13"}},
		// a reaction in the first clause names no act's author
		{"Nigeria condemned the move on Monday.",
			[]string{"NGA 111 - asserted 2024-07-08"}},
		// "and" joining two subjects is no coordinated clause
		{"Ghana and Nigeria condemned the move on Monday.",
			[]string{"GHA 111 - asserted 2024-07-08", "NGA 111 - asserted 2024-07-08"}},
		// a report on the rejecting state's own reporter is no denial
		{"Kenya rejected the report on Tuesday.",
			[]string{"KEN 120 - asserted 2024-07-09"}},
	}, true)
}

// TestDenialOfListedAccusers codes sentences written by the dyad team for
// deniedAccusers (events/reactions.go): a denial that answers an
// accusation by two or more accusers denies each of them (CODING.md: one
// 016 per accuser); one accuser gives one denial.
func TestDenialOfListedAccusers(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Armenia and France accused Azerbaijan of shelling border villages, a charge Baku rejected.",
			[]string{"ARM 112 AZE asserted 2024-07-13", "FRA 112 AZE asserted 2024-07-13", "AZE 194 ARM denied 2024-07-13",
				"AZE 016 ARM asserted 2024-07-13", "AZE 016 FRA asserted 2024-07-13"}},
		{"Armenia accused Azerbaijan of shelling border villages, a charge Baku rejected.",
			[]string{"ARM 112 AZE asserted 2024-07-13", "AZE 194 ARM denied 2024-07-13", "AZE 016 ARM asserted 2024-07-13"}},
	}, true)
}
