package events_test

import "testing"

// scopeCases are sentences written by the team for the causes of false
// events found by judging a sample of coded real news in November 2026
// (events/scope.go and the idioms of events/precision.go), each false
// event's sentence beside a near one that must still code, with the
// exact events as "SOURCE CAMEO TARGET status".
var scopeCases = []coverageCase{
	// a present obligation is no deed; "had to" says it happened
	{"The Danish government has to call an election by January.", []string{"DNKGOV 0831 - hypothetical"}},
	{"Turkey had to withdraw its troops from the town.", []string{"TUR 0874 - asserted"}},
	// a bare infinitive under a purpose "to help"
	{"The US will stay in Syria to help Kurdish fighters repel Turkey's attack.", []string{"SYRREB 190 TUR hypothetical"}},
	{"Turkey helped Syrian rebels seize the town on Monday.", []string{"SYRREB 192 - asserted"}},
	// a prepared or planned offensive is a threat, not an attack
	{"Russia is preparing an offensive in Idlib.", []string{"RUS 138 SYR future"}},
	{"Russia launched an offensive in Idlib on Monday.", []string{"RUS 190 SYR asserted"}},
	// an undated participle describing the subject
	{"The peace talks brokered by Russia and Iran have gone nowhere.", nil},
	{"Israel and Hezbollah agreed to a ceasefire brokered by France on Tuesday.", []string{"ISR 0871 LBNREB asserted", "LBNREB 0871 ISR asserted", "FRA 045 ISR asserted", "FRA 045 LBNREB asserted"}},
	// "negotiating" before a noun describes it
	{"She sat on the national negotiating committee for the union.", nil},
	{"Some experts said Kim wanted to push Washington to the negotiating table.", nil},
	{"The Nigerian government has been negotiating with Boko Haram for months.", []string{"NGAGOV 046 NGAREB asserted", "NGAREB 046 NGAGOV asserted"}},
	// recognition needs someone recognised
	{"The Japanese government recognises the urgency of the climate crisis.", nil},
	{"Spain recognised a Palestinian state on Tuesday.", []string{"ESP 054 PSE asserted"}},
	// "charge ahead", "charge a fee": no indictment
	{"India is charging ahead on its climate commitments under the Paris agreement.", nil},
	{"Indian police charged three Pakistani men with murder on Monday.", []string{"INDCOP 173 PAKCVL asserted"}},
	// an adjectival participle before a common-noun actor
	{"The Syrian army freed the civilians and surrendering fighters on Monday.", []string{"SYRMIL 0841 SYRCVL asserted"}},
	{"Isis fighters were surrendering to the Syrian army on Monday.", []string{"IMGMOSISL 0874 SYRMIL asserted"}},
}

func TestScope(t *testing.T) {
	checkSentences(t, newCoder(t), scopeCases, false)
}
