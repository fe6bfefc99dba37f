package events_test

import "testing"

// TestMassKillingDozens: "dozens of" victims killed or executed by a
// force or armed group is a mass killing (202) as "hundreds of" is, also
// of "dozens of ethnic" members of a people and of "young men"; gunmen
// "in" a place are plural attackers whatever the place's name ends with;
// "in protest" saying how another clause's act was done is no protest
// scene making the killing repression; a count of soldiers stays combat.
// Invented sentences.
func TestMassKillingDozens(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Armed men in Congo's Ituri province killed dozens of ethnic Hemas on Friday.", []string{"CODUAF 202 CODCVL asserted"}},
		{"Gunmen in Nigeria's Plateau state killed dozens of young men in a raid on a village on Sunday.", []string{"NGAUAF 202 NGACVL asserted"}},
		{"Syrian troops killed 40 villagers near Homs on Friday, and France recalled its ambassador in protest.", []string{"SYRMIL 202 SYRCVL asserted", "FRA 161 SYR asserted"}},
		{"JNIM militants killed dozens of soldiers in northern Burkina Faso on Friday.", []string{"MLIREB 190 BFAMIL asserted"}},
	}, false)
}
