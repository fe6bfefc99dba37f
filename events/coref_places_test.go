package events_test

import (
	"testing"
)

// TestVictimsWhereItHappened checks, on sentences written for this test,
// that soldiers killed by an armed group serve the state where it
// happened, and that "Niger State" is in Nigeria.
func TestVictimsWhereItHappened(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"JNIM fighters killed 30 soldiers in an ambush in Niger on Sunday.",
			[]string{"MLIREB 190 NERMIL asserted"}},
		{"Al-Shabaab fighters killed five soldiers near Mogadishu on Tuesday.",
			[]string{"SOMREB 190 SOMMIL asserted"}},
		{"Gunmen kidnapped 15 farmers in Niger State on Friday.",
			[]string{"NGAUAF 181 NGAAGR asserted"}},
	}, false)
}

// TestSurnameNoPlace checks, on sentences written for this test, that a
// place name right after a known given name is a surname, no place an
// actor takes its state from (coref_places.go personNameBefore): the
// activist pardoned in Cairo is Egyptian, not of the Syrian town Douma;
// the town itself is still a place.
func TestSurnameNoPlace(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Egyptian President Abdel Fattah al-Sisi pardoned activist Ahmed Douma on Wednesday.",
			[]string{"EGYGOV 0841 EGYCVL asserted"}},
		{"The court sentenced activist Ahmed Douma to 15 years.", nil},
		{"Syrian jets bombed Douma on Monday.",
			[]string{"SYRMIL 195 SYRCVL asserted"}},
	}, false)
}
