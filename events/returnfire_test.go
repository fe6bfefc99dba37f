package events_test

import "testing"

// TestReturnedFire codes fire returned as force (190) aimed at the one
// fired back at, or at the actor of the act of force it answers earlier
// in the sentence (returnfire.go), in any status.
func TestReturnedFire(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"South Korean troops fired back at North Korean soldiers on Monday.",
			[]string{"KORMIL 190 PRKMIL asserted"}},
		{"Israeli soldiers shot back at Palestinian gunmen near Jenin on Friday.",
			[]string{"ISRMIL 190 PSEUAF asserted"}},
		{"North Korea fired dozens of artillery shells at South Korea's Yeonpyeong island on Tuesday, and the South fired back.",
			[]string{"PRK 194 KOR asserted", "KOR 190 PRK asserted"}},
		{"Syrian troops shelled a Turkish border post on Sunday, wounding four soldiers, and Turkey fired back.",
			[]string{"SYRMIL 194 TURMIL asserted", "TUR 190 SYRMIL asserted"}},
		{"Armenian troops opened fire on Azerbaijani positions, and Azerbaijan fired back.",
			[]string{"ARMMIL 193 AZEMIL asserted", "AZE 190 ARMMIL asserted"}},
		{"Iran fired missiles at a U.S. base in Qatar on Monday, and U.S. forces did not return fire.",
			[]string{"IRN 195 USAMIL asserted", "USAMIL 190 IRN negated"}},
	}, false)
}

// TestReturnedFireNearMisses: a retort "fired back" by an unarmed speaker
// at an unarmed party is no force, and fire returned answering no named
// attacker has no target, so no event.
func TestReturnedFireNearMisses(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Trump fired back at Harris on Monday.", nil},
		{"The Kenyan opposition leader shot back at President William Ruto on Tuesday.", nil},
		{"Pakistani troops returned fire on Monday.", nil},
	}, false)
}
