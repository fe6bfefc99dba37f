package events_test

import "testing"

// TestBelievedMember: armed men "believed to belong to" a named group are
// that group as the source (sources_believed_member.go); a group the
// dictionary does not know leaves the armed men themselves.
func TestBelievedMember(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Gunmen believed to belong to the Abu Sayyaf group seized a Chinese tourist from a diving resort off Malaysia's Sabah state on Wednesday, police said.",
			[]string{"PHLREB 181 CHNCVL asserted"}},
		{"Gunmen thought to belong to Abu Sayyaf kidnapped two Malaysian fishermen off Sabah on Monday.",
			[]string{"PHLREB 181 MYSCVL asserted"}},
		// near miss: no known group after "belong to"
		{"Gunmen believed to belong to a local clan seized two Malaysian fishermen off Sabah on Monday.",
			[]string{"MYSUAF 181 MYSCVL asserted"}},
	}, false)
}
