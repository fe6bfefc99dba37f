package events_test

import "testing"

// TestWeaponsTestsHalted: weapons tests, launches or firings halted,
// suspended, frozen, ended or put under a moratorium are de-escalation
// (087, no target as a test has none; a stated intent to halt them 0356),
// not a show of force (150); tests resumed or carried out stay 150, and a
// test noun compounded on ("the test ban treaty") halts no test
// (verbs.txt $TEST_HALT, testhalt.go).
func TestWeaponsTestsHalted(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Pyongyang has frozen its rocket launches since April, officials in Seoul said.",
			[]string{"PRK 087 - asserted"}},
		{"Tehran announced on Tuesday it would pause ballistic missile tests.",
			[]string{"IRN 0356 - future"}},
		{"North Korea stopped test-firing cruise missiles in June.",
			[]string{"PRK 087 - asserted"}},
		{"North Korea has ended its nuclear and missile launches, Seoul's spy agency said on Friday.",
			[]string{"PRK 087 - asserted"}},
		// passive, moratorium, coordinated
		{"Missile launches were suspended by North Korea on Thursday.",
			[]string{"PRK 087 - asserted"}},
		{"Pakistan declared a moratorium on nuclear testing on Wednesday.",
			[]string{"PAK 087 - asserted"}},
		// guards: tests resumed or carried out, a treaty suspended
		{"North Korea resumed missile launches on Monday.",
			[]string{"PRK 150 - asserted"}},
		{"Iran carried out missile tests on Sunday.",
			[]string{"IRN 150 - asserted"}},
		{"Russia suspended its nuclear test ban treaty on Tuesday.",
			[]string{"RUS 160 - asserted"}},
	}, false)
}
