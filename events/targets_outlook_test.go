package events_test

import "testing"

// TestOutlookTarget: an expression of optimism or pessimism is about the
// one other party its content clause names, as the complement's subject
// or after "with"; a content naming two parties, only the speaker's own
// capital or no party at all keeps the target null.
func TestOutlookTarget(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Japan's foreign minister said on Friday she was hopeful that Beijing would lift its ban on Japanese seafood.", []string{"JPNGOV 013 CHN asserted"}},
		{"Egypt's foreign minister expressed optimism on Sunday that talks with Ethiopia over the Nile dam would resume.", []string{"EGYGOV 013 ETH asserted"}},
		{"The Kremlin said on Tuesday it was confident that Washington would respond to its proposals.", []string{"RUSGOV 013 USA asserted"}},
		{"Iraq's prime minister said on Saturday he was confident that Baghdad and Washington would reach a deal on U.S. troops.", []string{"IRQGOV 013 USA asserted"}},
		{"Armenia's prime minister voiced hope on Monday that a peace treaty with Azerbaijan could be signed this year.", []string{"ARMGOV 013 AZE asserted"}},
		// near misses: two parties; no party; a modifier inside the subject
		{"Qatar's prime minister said on Friday he was optimistic that Israel and Hamas would agree to a truce.", []string{"QATGOV 013 - asserted"}},
		{"Ukraine's president voiced hope on Monday that the war would end soon.", []string{"UKRGOV 013 - asserted"}},
		{"South Korea's president said he was optimistic that a deal on U.S. troop costs would be reached this year.", []string{"KORGOV 013 - asserted"}},
	}, false)
}
