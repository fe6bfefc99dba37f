package events_test

import "testing"

// TestStopSupporting codes support or arms given to a party and stopped,
// told by a gerund after stop/halt/end/cease (data/verbs.txt), as
// reduced material aid (162) or military aid (1622) to that party; an
// "agreed to" takes it as a decision, as "agreed to ban" is, never an
// intent to cooperate (030) nor the arming itself (0332). Support kept up
// is no cut, and "stop backing" is left out (it cost a held-out line).
func TestStopSupporting(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Qatar and the UAE agreed on Tuesday to stop supporting rival militias in Libya.",
			[]string{"QAT 162 LBYUAF asserted", "ARE 162 LBYUAF asserted"}},
		{"Eritrea agreed on Tuesday to stop arming the Tigrayan rebels.",
			[]string{"ERI 1622 ETHREB asserted"}},
		{"Sudan stopped supporting the SPLA rebels on Tuesday.",
			[]string{"SDN 162 SDNREB asserted"}},
		// near misses: support kept up, and a plain agreement with nothing stopped
		{"Eritrea agreed on Tuesday to keep supporting the Tigrayan rebels.",
			nil},
		{"Qatar and the UAE agreed on Tuesday to stop hostile media campaigns.",
			[]string{"QAT 030 ARE future", "ARE 030 QAT future"}},
	}, false)
}
