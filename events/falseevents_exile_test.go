package events_test

import "testing"

// TestExileFlight: flying into exile is no visit (falseevents_exile.go);
// flying into a country is one.
func TestExileFlight(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Liberian President Charles Taylor resigned on Monday and flew into exile in Nigeria.",
			[]string{"LBR 0831 - asserted 2024-07-08"}},
		{"Liberian President Charles Taylor flew to exile in Nigeria on Monday.", nil},
		{"Liberian President Charles Taylor flew into Nigeria on Monday.",
			[]string{"LBR 042 NGA asserted 2024-07-08", "NGA 043 LBR asserted 2024-07-08"}},
	}, true)
}
