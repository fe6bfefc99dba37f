package events_test

import "testing"

// TestProtestingThey: a "they" opening an "as"/"while" clause of protest
// right after a crowd acted on is that crowd, not the force acting; a
// protest against the deaths of the state's own people is aimed at its
// government, not at the dead. Invented sentences.
func TestProtestingThey(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Belarusian police detained dozens of students on Saturday as they marched in Minsk against rising tuition fees.", []string{
			"BLRCOP 173 BLREDU asserted", "BLREDU 141 BLRGOV asserted"}},
		{"Kenyan police arrested 40 opposition supporters on Friday while they demonstrated in Nairobi against a tax bill.", []string{
			"KENCOP 173 KENOPP asserted", "KENOPP 1412 KENGOV asserted"}},
		{"Peruvian students protested in Lima on Monday against the deaths of army recruits in a training camp.", []string{
			"PEREDU 141 PERGOV asserted"}},
	}, false)
}
