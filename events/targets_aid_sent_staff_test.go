package events_test

import "testing"

// TestAidSentStaff: aid personnel named by a bare noun ("70 doctors", "a
// team of doctors", "medics") are the giver's own, whatever state the
// sentence's places lend them, so the aid goes to the place they are
// sent to, or to the place of the purpose clause after "to"; sent to the
// giver's own provinces or to help people with no place, they keep what
// they had.
func TestAidSentStaff(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Cuba flew a team of 70 doctors to the flooded Haitian city of Gonaives on Sunday.", []string{"CUB 073 HTI asserted"}},
		{"Jordan sent a team of 20 doctors to the Gaza Strip on Tuesday.", []string{"JOR 073 PSE asserted"}},
		{"Algeria flew 40 rescue workers to the quake-hit Moroccan town of Amizmiz on Sunday.", []string{"DZA 073 MAR asserted"}},
		{"Turkey sent 50 engineers and medics to rebuild clinics in Syria's Idlib province on Tuesday.", []string{"TUR 073 SYR asserted"}},
		{"India flew 60 medics to treat the injured in Nepal's Gorkha district on Sunday.", []string{"IND 073 NPL asserted"}},
		// near misses: the giver's own provinces; a purpose with no place
		{"Pakistan sent 40 doctors to treat flood victims in its southern provinces on Monday.", []string{"PAK 073 PAKHLH asserted"}},
		{"Egypt sent 30 doctors to help Sudanese refugees on Monday.", []string{"EGY 073 EGYHLH asserted"}},
	}, false)
}
