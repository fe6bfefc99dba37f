package events_test

import "testing"

// TestReactedAuthorTargets codes targets_reacted.go: a reaction with no
// target answers the author of the act its own clause names by a
// possessive or a nationality adjective before an act noun, after "and"
// in a second verb of the same actor or in a warning's "that"
// complement. Two authors of different states, the reactor's own act and
// an act with no author give no target.
func TestReactedAuthorTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// a second verb after "and": the first verb or speech told the act
		{"Hanoi protested against Manila's seizure of the trawler and denied fishing illegally in the shoal.",
			[]string{"VNM 114 PHL asserted", "VNM 016 PHL asserted"}},
		{"Hungary rejected Poland's accusation of stalling aid and warned it would veto the next budget.",
			[]string{"HUN 122 POL asserted", "HUN 130 POL asserted"}},
		{"Minsk said Vilnius's move to shut the crossing was hostile and vowed to respond.",
			[]string{"BLR 130 LTU asserted"}},
		{"Caracas said Bogota's decision was a provocation and warned it would close the border.",
			[]string{"VEN 1381 COL asserted"}},
		// a warning's complement opens with the act
		{"Nairobi has repeatedly warned that any Somali incursion across the frontier would draw retaliation.",
			[]string{"KEN 130 SOM asserted"}},
		{"In a statement on Sunday, Lima warned that any Bolivian blockade of the lake would not go unanswered.",
			[]string{"PER 138 BOL asserted"}},
		{"Tokyo, in a note to Beijing, warned that further Chinese drills near the islets would meet a firm response.",
			[]string{"JPN 130 CHN asserted"}},
		// two authors of different states; the reactor's own act; no author
		{"Ankara said Greece's plan and Cyprus's ban were unlawful and vowed to respond.",
			[]string{"TUR 130 - asserted"}},
		{"Moscow said its own decision was final and denied any wrongdoing.",
			[]string{"RUS 016 - asserted"}},
		{"Havana warned that any new sanctions would be met with a firm response.",
			[]string{"CUB 130 - asserted"}},
		// a demand asked of others or for goods answers no author
		{"Vilnius said Minsk's border provocations were unacceptable and asked its NATO partners for more troops.",
			[]string{"LTU 111 BLR asserted", "LTU 020 IGOWSTNAT asserted"}},
		{"Kyiv said Moscow's strikes on the port were war crimes and demanded more air defences from its allies.",
			[]string{"UKR 100 - asserted"}},
	}, false)
}
