package events_test

import "testing"

// TestLexConf37ThreatAs codes sentences written by the dyad team for the
// $VIEW_AS patterns of events/data/verbs.txt: a party that says it will
// view, treat or regard another's act as an escalation or an act of war,
// or another's forces as legitimate targets, threatens force (138); a
// request treated as a priority is no threat. Each sentence is published
// on 2024-07-13 (a Saturday).
func TestLexConf37ThreatAs(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Iran said on Tuesday it would treat any blockade of its ports as an act of war.",
			[]string{"IRN 138 - future 2024-07-09"}},
		{"China warned on Friday that it would regard foreign warships in the strait as legitimate targets.",
			[]string{"CHN 138 - asserted 2024-07-12"}},
		{"Moscow said it would view the arrival of Western instructors in Ukraine as an escalation.",
			[]string{"RUS 138 - future 2024-07-13"}},
		{"Belarus said it would see the deployment of allied jets on its border as an act of aggression.",
			[]string{"BLR 138 - future 2024-07-13"}},
		// no hostile act named: no threat
		{"The ministry said it would treat the request as a priority.", nil},
		{"Officials view the talks as a step forward.", nil},
	}, true)
}
