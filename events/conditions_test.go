package events_test

import "testing"

// TestLonelyConditions codes sentences written for this test: an act
// supposed in an if- or unless-clause is coded hypothetical only when the
// sentence codes something that hangs on it (a threat, an offer, a
// refusal); a remark on what would follow ("the crisis will ease", "it
// would be the first visit") makes no event (conditions.go).
func TestLonelyConditions(t *testing.T) {
	c := newCoder(t)
	tests := []datedCase{
		// nothing hangs on the supposed act
		{"2024-07-13", "If Russia withdraws its troops from the border, the crisis will ease quickly, diplomats said.", nil},
		{"2024-07-13", "It would be the first such visit in a decade if the Chinese president travels to Japan next month.", nil},
		{"2024-07-13", "Unless Israel lifts its blockade of Gaza, the aid will run out within days, the agency said.", nil},
		// an offer, a refusal or a threat hangs on it
		{"2024-07-13", "Iran said on Wednesday it was ready to resume talks if Washington lifted sanctions.", []string{"IRN 036 USA future", "USA 085 - hypothetical"}},
		{"2024-07-13", "Russia warned on Tuesday that it would respond if Finland joined NATO.", []string{"RUS 130 FIN asserted", "FIN 050 IGOWSTNAT hypothetical"}},
	}
	checkPublished(t, c, tests)
}
