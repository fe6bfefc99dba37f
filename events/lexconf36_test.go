package events_test

import "testing"

// TestLexConf36 codes sentences written by the dyad team for the session
// 36 patterns of roots 10–20 in events/data/verbs.txt (and the spying
// craft of conflict.go flownCraft): a spy balloon flown over a state, a
// court ordering compensation, foreign troops ordered out, a capital
// seized, a missile launch named as an object, NGOs closed, warships
// encircling an island in drills; and the near misses that stay no event. Each sentence is
// published on 2024-07-13 (a Saturday).
func TestLexConf36(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// 15 a spying craft flown over a state shows force; a leader flying
		// over a region, or balloons of rubbish, do not
		{"Belarus flew a surveillance balloon over Lithuania on Tuesday.",
			[]string{"BLR 150 LTU asserted 2024-07-09"}},
		{"Putin flew over the flooded region in a helicopter on Monday.", nil},
		{"North Korea flew balloons carrying rubbish into South Korea on Sunday.", nil},
		// 11 a court ordering a party to compensate or pay damages finds it
		// liable
		{"A Brazilian court ordered a German carmaker on Monday to compensate six former workers.",
			[]string{"BRAJUD 116 DEUBUS asserted 2024-07-08"}},
		{"A Tokyo court ordered a South Korean steelmaker to pay damages to three families on Friday.",
			[]string{"JPNJUD 116 KORBUS asserted 2024-07-12"}},
		// 16 foreign troops ordered to leave are expelled; a state's own
		// troops ordered out of a city are no expulsion
		{"Niger ordered French soldiers on Thursday to leave its territory within a month.",
			[]string{"NER 166 FRAMIL asserted 2024-07-11"}},
		{"Russia ordered its troops to leave the city of Kherson on Wednesday.", nil},
		// 19 a capital seized is territory occupied
		{"M23 rebels seized the provincial capital Bukavu on Sunday.",
			[]string{"CODREB 192 COD asserted 2024-07-07"}},
		// 15 a state's missile launch, the object of a condemnation
		{"Seoul condemned North Korea's launch of an intercontinental ballistic missile on Friday.",
			[]string{"KOR 111 PRK asserted 2024-07-12", "PRK 150 - asserted 2024-07-12"}},
		// 17 NGOs closed
		{"Belarus's parliament closed 30 more non-governmental organisations on Thursday.",
			[]string{"BLRLEG 172 BLRNGO asserted 2024-07-11"}},
		// 15 warships encircling an island in drills
		{"Chinese warships encircled Taiwan on Tuesday in live-fire drills.",
			[]string{"CHNMIL 150 TWN asserted 2024-07-09"}},
	}, true)
}
