package events_test

import "testing"

// TestGroupPeopleNoStackedCode checks, on sentences written for this
// test, that people named "of" a non-state group give a bare agent noun
// beside them the group's state, not the group's code: one role each,
// never two stacked (CODREBAGR). Near misses: the group named alone or
// before its people keeps the same codes, and "of the M23 movement"
// before the verb still finds its subject.
func TestGroupPeopleNoStackedCode(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Rebels of the Allied Democratic Forces abducted 15 farmers from their fields near Beni on Friday.",
			[]string{"CODREB 181 CODAGR asserted 2024-07-12"}},
		{"Fighters of the Allied Democratic Forces kidnapped farmers near Beni on Friday.",
			[]string{"CODREB 181 CODAGR asserted 2024-07-12"}},
		{"Militants of the Allied Democratic Forces abducted dozens of farmers in North Kivu on Friday.",
			[]string{"CODREB 181 CODAGR asserted 2024-07-12"}},
		{"Gunmen of the Allied Democratic Forces seized 20 students near Beni on Friday.",
			[]string{"CODREB 181 CODEDU asserted 2024-07-12"}},
		{"Rebels of the M23 kidnapped farmers near Goma on Friday.",
			[]string{"CODREB 181 CODAGR asserted 2024-07-12"}},
		// near misses
		{"The Allied Democratic Forces abducted 15 farmers near Beni on Friday.",
			[]string{"CODREB 181 CODAGR asserted 2024-07-12"}},
		{"Rebels of the M23 movement seized the town of Uvira in eastern Congo on Friday.",
			[]string{"CODREB 192 COD asserted 2024-07-12"}},
	}, true)
}
