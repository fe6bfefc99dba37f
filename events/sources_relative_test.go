package events_test

import "testing"

// TestWhoPastIslandAndDate: "who" past a date and an island place phrase
// with "on" ("on Sicily on Friday who") names the people before them, the
// protesters; the people fired at stay the repression's target.
func TestWhoPastIslandAndDate(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Italian police fired water cannon at fishermen on Sicily on Friday who were protesting against fuel prices.",
			[]string{"ITACOP 175 ITACVL asserted", "ITACVL 141 ITAGOV asserted"}},
		{"Italian police fired water cannon at migrants on Lampedusa on Friday who were protesting against conditions in the camp.",
			[]string{"ITACOP 175 ITAREF asserted", "ITAREF 141 ITAGOV asserted"}},
	}, false)
}
