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
		{"The Kremlin said on Thursday it regretted Norway's decision to expel three diplomats and denied running agents in the Arctic.",
			[]string{"RUSGOV 016 NOR asserted"}},
		{"Hungary rejected Poland's accusation of stalling aid and warned it would veto the next budget.",
			[]string{"HUN 122 POL asserted", "HUN 130 POL asserted"}},
		{"Minsk said Vilnius's move to shut the crossing was hostile and vowed to respond.",
			[]string{"BLR 130 LTU asserted"}},
		{"Caracas said Bogota's decision was a provocation and warned it would close the border.",
			[]string{"VEN 1381 COL asserted"}},
		// a warning's complement opens with the act
		{"Cairo warned on Sunday that any Ethiopian move to fill the dam would meet a firm response.",
			[]string{"EGY 130 ETH asserted"}},
		{"Seoul warned that any North Korean launch over its territory would be met with force.",
			[]string{"KOR 130 PRK asserted"}},
		{"Athens warned on Monday that a Turkish deployment near the islands would face consequences.",
			[]string{"GRC 130 TUR asserted"}},
		// two authors of different states; the reactor's own act; no author
		{"Ankara said Greece's plan and Cyprus's ban were unlawful and vowed to respond.",
			[]string{"TUR 130 - asserted"}},
		{"Moscow said its own decision was final and denied any wrongdoing.",
			[]string{"RUS 016 - asserted"}},
		{"Havana warned that any new sanctions would be met with a firm response.",
			[]string{"CUB 130 - asserted"}},
	}, false)
}
