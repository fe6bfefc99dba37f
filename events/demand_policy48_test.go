package events_test

import "testing"

// TestDemandPolicy48: a demand whose demanded act has no event of its own
// takes its code from the verb of the that-clause or infinitive: a policy
// stopped, scrapped, withdrawn or cut is a demand for a policy change
// (1042), a military act stopped or suspended one for de-escalation (1056),
// whether the verb follows the pattern or ends it ("ordered Syria to
// suspend"), and an act named as a gerund after stop is what is stopped;
// other demands stay 100, and a protest's purpose demand stays the protest
// (demand_policy.go). Invented sentences.
func TestDemandPolicy48(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"China demanded on Monday that Canada stop interfering in its internal affairs.", []string{"CHN 1042 CAN asserted"}},
		{"The Kenyan opposition demanded on Friday that the government withdraw the new finance bill.", []string{"KENOPP 1042 KENGOV asserted"}},
		{"India demanded on Sunday that Pakistan take action against militant groups on its soil.", []string{"IND 1042 PAK asserted"}},
		{"Ukraine demanded on Tuesday that Russia halt its military operations near the Zaporizhzhia plant.", []string{"UKR 1056 RUS asserted"}},
		{"Spain demanded on Tuesday that Britain explain the incident.", []string{"ESP 100 GBR asserted"}},
		// "ordered X to" with the demanded verb inside the pattern
		{"Turkey ordered Syria on Thursday to immediately suspend its military operations near the border.", []string{"TUR 1056 SYR asserted"}},
		// a gerund after stop is the act to be stopped, not the one asked for (was 1053, 106)
		{"Seoul demanded on Friday that Pyongyang stop releasing trash balloons across the border.", []string{"KOR 1042 PRK asserted"}},
		{"Turkey demanded on Monday that Sweden stop hosting Kurdish militant leaders.", []string{"TUR 1042 SWE asserted"}},
		{"Pakistan urged India on Monday to stop releasing water from the dam.", []string{"PAK 020 IND asserted"}},
		{"Teachers marched in Nairobi on Monday to demand that the government scrap the new tax.", []string{"KENEDU 1412 KENGOV asserted"}},
	}, false)
}
