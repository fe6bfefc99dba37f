package events_test

import "testing"

// TestRejectedThreatCriticism: a threat or a criticism a party rejects is
// its maker's act aimed at the rejecter (rejectedRequest): the threat
// coded by what it threatens, asserted; a danger named "the X threat" or
// "the threat from" is no threat made. The rejection takes the maker as
// its target.
func TestRejectedThreatCriticism(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Iran rejected on Monday a threat by Israel to strike its nuclear sites.",
			[]string{"IRN 120 ISR asserted", "ISR 138 IRN asserted"}},
		{"Iran rejected Israel's threat to strike its nuclear sites on Monday.",
			[]string{"IRN 120 ISR asserted", "ISR 138 IRN asserted"}},
		{"China dismissed U.S. criticism of its military drills on Monday.",
			[]string{"CHN 120 USA asserted", "USA 111 CHN asserted"}},
		{"Kazakhstan's foreign ministry rejected on Tuesday criticism by the European Parliament of its media law.",
			[]string{"KAZGOV 120 IGOEUREEC asserted", "IGOEUREEC 111 KAZGOV asserted"}},
		{"Japan dismissed the North Korean threat on Monday.",
			[]string{"JPN 120 PRK asserted"}},
	}, false)
}

// TestRejectedProtestLongMaker: a state's protest a party dismisses is
// the state's formal complaint aimed at it (114); a street protest
// rejected is none. A demand's maker may be a long name before its
// possessive ("the regional bloc ECOWAS's demand").
func TestRejectedProtestLongMaker(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"China rejected a South Korean protest over the arrest of two fishermen on Friday.",
			[]string{"CHN 120 KOR asserted", "KOR 114 CHN asserted"}},
		{"Niger's military rulers on Tuesday rejected the regional bloc ECOWAS's demand that they free the president.",
			[]string{"NERGOV 1243 IGOWAFECO asserted", "IGOWAFECO 1053 NERGOV asserted"}},
		{"Chile's government rejected student protests against the tuition rise on Monday.",
			[]string{"CHLGOV 120 - asserted"}},
	}, false)
}
