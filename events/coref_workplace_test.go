package events_test

import "testing"

// TestStaffWorkplace codes the staff of a hospital, not the hospital,
// as the source of their strike ("Nurses at a hospital in Freetown");
// a hospital that is itself hit stays its country's place.
func TestStaffWorkplace(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Nurses at the main public hospital in Freetown walked off the job on Wednesday to demand that the health ministry pay allowances owed since January, a hospital administrator said.", []string{"SLEHLH 1432 SLEGOV asserted"}},
		{"Nurses at a hospital in Freetown went on strike on Wednesday.", []string{"SLEHLH 143 SLEGOV asserted"}},
		// near misses: the hospital hit, the staff attacked there
		{"Russian forces shelled a maternity hospital in Kherson on Monday.", []string{"RUSMIL 194 UKR asserted"}},
		{"Gunmen attacked doctors at a hospital in Kabul on Monday.", []string{"AFGUAF 190 AFGHLH asserted"}},
	}, false)
}
