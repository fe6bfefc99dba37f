package events_test

import "testing"

// TestCallPurpose codes team-written sentences for call_purpose.go: what
// a caller says in a telephone call, told as the call's purpose
// ("telephoned X to congratulate him"), is asserted, from the caller to
// the one called; "called X to discuss" is the call itself (041 both
// ways); an appeal ("called on X to discuss") stays an appeal.
func TestCallPurpose(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"French President Emmanuel Macron telephoned Brazilian President Luiz Inacio Lula da Silva on Monday to congratulate him.",
			[]string{"FRAGOV 041 BRAGOV asserted", "BRAGOV 041 FRAGOV asserted", "FRAGOV 051 BRAGOV asserted"}},
		{"Jordan's King Abdullah telephoned Turkish President Recep Tayyip Erdogan on Tuesday to offer condolences over the earthquake.",
			[]string{"JORGOV 041 TURGOV asserted", "TURGOV 041 JORGOV asserted", "JORGOV 018 TURGOV asserted"}},
		{"Kenya's president called Tanzania's president on Friday to discuss the border dispute.",
			[]string{"KENGOV 041 TZAGOV asserted", "TZAGOV 041 KENGOV asserted"}},
		// near miss: "called on" is an appeal, not a call
		{"Kenya's president called on Tanzania on Friday to discuss the border dispute.",
			[]string{"KENGOV 026 TZA asserted"}},
	}, false)
}
