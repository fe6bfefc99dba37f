package events_test

import "testing"

// TestAidSentTo: aid whose object is the givers' own personnel or
// equipment goes to the state of the place it is sent to, past a
// direction or a plight before the place's name and through a list; aid
// sent to the giver's own provinces, and aid sent to a named state,
// keep what they had.
func TestAidSentTo(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Egypt flew doctors and a field hospital to flood-hit eastern Libya on Wednesday.", []string{"EGY 073 LBY asserted"}},
		{"Algeria and Tunisia flew medics, rescue teams and tonnes of flour to Morocco on Saturday.", []string{"DZA 073 MAR asserted", "TUN 073 MAR asserted"}},
		{"Jordan's king promised on Monday to send doctors and nurses to northern Syria.", []string{"JORGOV 0333 SYR future"}},
		// near misses: the giver's own provinces; a state named right after "to"
		{"Pakistan sent doctors to its flooded southern provinces on Monday.", []string{"PAK 073 PAKHLH asserted"}},
		{"India sent medicine and doctors to Sri Lanka on Friday.", []string{"IND 073 LKA asserted"}},
	}, false)
}
