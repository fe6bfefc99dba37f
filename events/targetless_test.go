package events_test

import "testing"

// TestTargetlessRetelling codes sentences where one actor does one kind
// of act twice on one day, once with a named target and once without:
// the targetless telling folds into the targeted one. Another day,
// another source, a sibling code (a curfew after a crackdown, martial
// law after arrests) or a denied act stay apart.
func TestTargetlessRetelling(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// one riot on the police, told by two verbs
		{"Rioters threw stones at police officers in Leeds on Tuesday and set fire to a patrol car.",
			[]string{"GBRCVL 145 GBRCOP asserted"}},
		// "condemned what it called X's …": one condemnation of X
		{`The Foreign Office condemned what it called Iran's "reckless and illegal" seizure of a British tanker.`,
			[]string{"GBRGOV 111 IRN asserted"}},
		// a criticism and the participle that names its target
		{"Serbia's foreign ministry criticised the decision, calling Kosovo's move a provocation.",
			[]string{"SRBGOV 111 KSV asserted"}},
		// near misses: a sibling code is another act
		{"Indian troops fired on protesters in Srinagar on Friday and imposed a curfew.",
			[]string{"INDMIL 175 INDCVL asserted", "INDMIL 1723 - asserted"}},
		{"Myanmar's army arrested dozens of students in Yangon on Friday and imposed martial law.",
			[]string{"MMRMIL 173 MMREDU asserted", "MMRMIL 1724 - asserted"}},
		// another day: two acts
		{"Police arrested an opposition leader in Lagos on Friday and made further arrests on Sunday.",
			[]string{"NGACOP 173 NGAOPP asserted", "NGACOP 173 - asserted"}},
		// another source
		{"Russia condemned the new sanctions on Monday, and Iran condemned Israel's strike on Tuesday.",
			[]string{"RUS 111 - asserted", "IRN 111 ISR asserted"}},
		// another status: the denied act is not the asserted one
		{"Ukraine's military said it shot down 20 Russian drones overnight and denied that it had shelled Belgorod.",
			[]string{"UKRMIL 190 RUSMIL asserted", "UKRMIL 016 - asserted", "UKRMIL 194 RUS denied"}},
	}, false)
}
