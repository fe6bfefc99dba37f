package events_test

import "testing"

// TestElectTitle: a lone surname after an "-elect" title is the person
// about to take office, the state's code alone until then (elect.go);
// with no such office soon after the story's date, no actor.
func TestElectTitle(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2024-11-26", "President-elect Trump warned on Monday that he would impose steep tariffs on Brazil.",
			[]string{"USA 1312 BRA asserted"}},
		{"2023-11-22", "President-elect Milei vowed on Tuesday to cut ties with Cuba.",
			[]string{"ARG 1313 CUB asserted"}},
		{"2012-03-01", "President-elect Trump vowed on Tuesday to cut ties with Cuba.", nil},
	})
}

// TestSelfRuleRegion: the authorities of a people's self-governing region
// its state's constitution sets up are that state's government
// (coref_people.go selfRule); a people's self-rule the state does not
// recognise, or a people named alone, gives no state actor.
func TestSelfRuleRegion(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Iraqi Kurdish authorities arrested four activists in Duhok on Sunday.",
			[]string{"IRQGOV 173 IRQCVL asserted"}},
		{"Syrian Kurdish authorities arrested four activists in Hasakah on Sunday.", nil},
		{"Kurdish authorities arrested four activists in Duhok on Sunday.", nil},
	}, false)
}
