package events_test

import "testing"

// TestProtestingThey: a "they" opening an "as"/"while" clause of protest
// right after a crowd acted on is that crowd, not the force acting; a
// protest against the deaths of the state's own people is aimed at its
// government, not at the dead. A capital after "in" is where the crowd
// was, not the crowd; "tried to hold a rally" and "after they stoned
// cars" are the crowd's too; an "after they" clause of no protest is
// not. Invented sentences.
func TestProtestingThey(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Belarusian police detained dozens of students on Saturday as they marched in Minsk against rising tuition fees.", []string{
			"BLRCOP 173 BLREDU asserted", "BLREDU 141 BLRGOV asserted"}},
		{"Kenyan police arrested 40 opposition supporters on Friday while they demonstrated in Nairobi against a tax bill.", []string{
			"KENCOP 173 KENOPP asserted", "KENOPP 1412 KENGOV asserted"}},
		{"Peruvian students protested in Lima on Monday against the deaths of army recruits in a training camp.", []string{
			"PEREDU 141 PERGOV asserted"}},
		{"Belarusian police detained about 40 students in Minsk on Saturday as they marched against rising tuition fees.", []string{
			"BLRCOP 173 BLREDU asserted", "BLREDU 141 BLRGOV asserted"}},
		{"Georgian police detained 25 activists in central Tbilisi on Monday as they tried to hold a rally against the foreign agents law.", []string{
			"GEOCOP 173 GEOCVL asserted", "GEOCVL 141 GEOGOV asserted"}},
		{"Kenyan riot police arrested 30 students in Nairobi on Tuesday after they stoned cars during a protest against higher fees.", []string{
			"KENCOP 173 KENEDU asserted", "KENEDU 145 KENGOV asserted"}},
		{"Kenyan police detained 40 activists after they arrived in Nairobi on Monday.", []string{
			"KENCOP 173 KENCVL asserted"}},
	}, false)
}
