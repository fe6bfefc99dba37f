package events_test

import (
	"testing"
)

// TestExpelledOrganisation checks, on sentences written for this test,
// that an aid or rights organisation expelled, or its team or head, is an
// organisation expelled (aid agencies 1663, a rights group 166), while
// migrants and a diplomat keep their own codes.
func TestExpelledOrganisation(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2025-07-13", []coverageCase{
		{"Eritrea expelled Doctors Without Borders on Friday.",
			[]string{"ERI 1663 NGOHLHMSF asserted"}},
		{"Burundi expelled a team of the Red Cross on Thursday.",
			[]string{"BDI 1663 NGOHLHIRC asserted"}},
		{"Chad expelled the head of Human Rights Watch's mission on Friday.",
			[]string{"TCD 166 NGOHRIHRW asserted"}},
		// people keep 174, envoys 161
		{"Libya expelled hundreds of Chadian migrants on Friday.",
			[]string{"LBY 174 TCDREF asserted"}},
		{"Chad expelled Sudan's ambassador on Friday.",
			[]string{"TCD 161 SDNGOV asserted"}},
	})
}

// TestExpelledHighCommissioner checks, on sentences written for this
// test, that a high commissioner expelled is a diplomat expelled (161),
// not a person deported (174).
func TestExpelledHighCommissioner(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2025-07-13", []coverageCase{
		{"Fiji expelled the Australian high commissioner on Tuesday.",
			[]string{"FJI 161 AUSGOV asserted"}},
		{"Pakistan expelled India's deputy high commissioner on Friday.",
			[]string{"PAK 161 INDGOV asserted"}},
	})
}
