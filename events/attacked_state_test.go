package events_test

import "testing"

// TestAttackedStateForce (fresh72 F2): troops or gunmen the sentence
// names by no country of their own are not of the state they attack by
// name, nor of the story's country when they attack another state: no
// actor, so no event; an attack on a place inside a state still gives
// the armed men that state's code, and a force named by its country
// keeps it. Sentences written for this test (published Saturday
// 2024-07-13).
func TestAttackedStateForce(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Troops attacked Ukraine on Monday.", nil},
		{"Zorbland troops attacked Ukraine on Monday.", nil},
		{"Gunmen attacked Nigeria on Monday.", nil},
		{"Ukraine said on Sunday that Russian drones struck Kyiv overnight. Gunmen attacked Nigeria on Monday. Mercenaries attacked Poland on Monday.",
			[]string{"RUSMIL 1952 UKR asserted 2024-07-07"}},
		{"Gunmen attacked a village in Nigeria on Monday.",
			[]string{"NGAUAF 190 NGACVL asserted 2024-07-08"}},
		{"Russian troops attacked Ukraine on Monday.",
			[]string{"RUSMIL 190 UKR asserted 2024-07-08"}},
	}, true)
}
