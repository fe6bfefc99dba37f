package events_test

import "testing"

// TestActors7Events checks, on sentences written for this test, the
// events of actor gaps found by users: a state's envoy to the UN, a
// flag state named in "-flagged", navy people, a police watchdog, a
// compound "-patrolled" that names no actor, and named counterparts and
// governments that must keep their role.
func TestActors7Events(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-06-04", []coverageCase{
		{"The US ambassador to the UN, Linda Thomas-Greenfield, condemned Russia on Tuesday.",
			[]string{"USAGOV 111 RUS asserted"}},
		{"Houthi rebels attacked a Marshall Islands-flagged tanker on Tuesday.",
			[]string{"YEMREB 190 MHL asserted"}},
		{"Somali naval personnel arrested Kenyan fishermen on Tuesday.",
			[]string{"SOMMIL 173 KENCVL asserted"}},
		{"Yemen's internationally recognised government condemned the Houthis on Tuesday.",
			[]string{"YEMGOV 111 YEMREB asserted"}},
		{"Modi criticised Pakistan on Tuesday.",
			[]string{"INDGOV 111 PAK asserted"}},
		{"Xi praised Russia on Tuesday.",
			[]string{"CHNGOV 051 RUS asserted"}},
		{"North Korean leader Kim Jong Un visited Russia on Tuesday. Kim praised Putin on Tuesday.",
			[]string{"PRKGOV 042 RUS asserted", "RUS 043 PRKGOV asserted", "PRKGOV 051 RUSGOV asserted"}},
		{"Kim praised Putin on Tuesday.", nil},
		{"His Chinese counterpart Wang Yi praised Russia on Tuesday.",
			[]string{"CHNGOV 051 RUS asserted"}},
		{"Lakurawa militants attacked Nigerian soldiers on Tuesday.",
			[]string{"NGAREB 190 NGAMIL asserted"}},
		{"A panel of UN experts accused Israel of genocide on Tuesday.",
			[]string{"IGOUNO 112 ISR asserted", "ISR 202 ISRCVL alleged"}},
		// the UN that patrols the zone is no actor, not even a target
		{"Israeli troops fired at the U.N.-patrolled buffer zone on Tuesday.",
			[]string{"ISRMIL 190 - asserted"}},
	})
	checkDated(t, c, "2025-06-04", []coverageCase{
		{"Pope Leo XIV urged Israel to end the war on Tuesday.",
			[]string{"VATGOV 020 ISR asserted"}},
	})
}
