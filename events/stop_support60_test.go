package events_test

import "testing"

// TestStopSupporting codes arms given to a party and stopped, told by a
// gerund after stop/halt/end/cease (data/verbs.txt), as reduced military
// aid (1622) to that party; an "agreed to" takes it as a decision, as
// "agreed to ban" is, never the arming itself (0332). Support kept up is
// no cut, and "stop supporting" and "stop backing" are left as they were.
func TestStopSupporting(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Eritrea agreed on Tuesday to stop arming the Tigrayan rebels.",
			[]string{"ERI 1622 ETHREB asserted"}},
		// near misses: support kept up, and a plain agreement with nothing stopped
		{"Eritrea agreed on Tuesday to keep supporting the Tigrayan rebels.",
			nil},
		{"Qatar and the UAE agreed on Tuesday to stop hostile media campaigns.",
			[]string{"QAT 030 ARE future", "ARE 030 QAT future"}},
	}, false)
}
