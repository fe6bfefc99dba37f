package events_test

import "testing"

// TestVenuePlaceCompound codes a capital before a noun of talks or
// accords ("the Doha negotiations", "the Madrid peace talks") as the
// venue, never a party: the act has no target from it. Parties named as
// such, a capital as the subject and a capital as a verb's object still
// code.
func TestVenuePlaceCompound(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The Palestinians walked out of the Doha negotiations on Sunday.", []string{"PSECVL 164 - asserted"}},
		{"Ethiopia walked out of the Washington talks on the Nile dam on Friday.", []string{"ETH 164 - asserted"}},
		{"Sudan's army pulled out of the Jeddah negotiations on Sunday.", []string{"SDNMIL 164 - asserted"}},
		{"Israel and Syria resumed the Madrid peace talks on Monday.", []string{"ISR 046 SYR asserted", "SYR 046 ISR asserted"}},
		// near misses: a capital as subject or object stands for its state
		{"Moscow rejected the talks on Tuesday.", []string{"RUS 125 - asserted"}},
		{"Kyiv accused Moscow of sabotaging the talks on Tuesday.", []string{"UKR 112 RUS asserted"}},
	}, false)
}
