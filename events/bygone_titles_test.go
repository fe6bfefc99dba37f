package events_test

import "testing"

// TestBygoneTitles: a person named after a preposition and the words of a
// bygone title ("loyal to former president X") is the preposition's
// object, not the subject of the verb after it; militiamen and gunmen
// loyal to a person out of office are UAF, and a sitting leader's stay
// his forces (bygone_titles.go, roles.go loyalForces).
func TestBygoneTitles(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		// gold W44038
		{"1997-07-11", "Militiamen loyal to former president Denis Sassou Nguesso shelled the centre of Brazzaville on Tuesday, killing at least 20 people.",
			[]string{"COGUAF 194 COG asserted"}},
		{"2020-07-11", "Gunmen loyal to ousted President Laurent Gbagbo attacked a police station in Abidjan.",
			[]string{"CIVUAF 190 CIVCOP asserted"}},
		{"2012-03-02", "Gunmen loyal to deposed president Hosni Mubarak attacked protesters in Cairo on Friday.",
			[]string{"EGYUAF 190 EGYCVL asserted"}},
		// a sitting leader's militiamen are his forces
		{"2020-07-11", "Militiamen loyal to President Salva Kiir attacked villagers in Unity state.",
			[]string{"SSDMIL 190 SSDCVL asserted"}},
		// no preposition before the title: the former president acts
		{"2020-07-11", "Former president Ali Abdullah Saleh accused Saudi Arabia of war crimes.",
			[]string{"YEM 112 SAU asserted"}},
	})
}
