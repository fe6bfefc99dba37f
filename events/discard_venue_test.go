package events_test

import "testing"

// TestSportVenuePlace codes an act whose place phrase names a sport
// venue ("in a football stadium"): the venue's words do not make the
// sentence a sports result. A sentence that tells a match or its result
// is still set aside, venue or not.
func TestSportVenuePlace(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Afghanistan's Taliban authorities flogged 12 people, including three women, in a football stadium in the eastern province of Logar on Wednesday for theft and adultery, a provincial spokesman said.", []string{"AFGGOV 182 AFGCVL asserted"}},
		{"Gunmen abducted four men from a football stadium in Karachi on Sunday.", []string{"PAKUAF 181 PAKCVL asserted"}},
		// near misses: a match and its result, with or without a venue
		{"Arsenal beat Chelsea 2-1 in a football match at the Emirates stadium on Sunday, with the striker scoring twice.", nil},
		{"The striker scored twice as the club won the league title on Sunday.", nil},
	}, false)
}
