package actors_test

import "testing"

// TestSingularPeople65 checks the singulars added in session 65 on
// sentences written for this test: one farmer is AGR and one fisherman,
// peasant or detainee CVL, as their plurals are, with a
// nationality before them or alone; the near misses keep their codes:
// "prisoner" before a noun is no person, and a nationality before
// another noun stays the bare state.
func TestSingularPeople65(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2025-03-05", "Israeli troops shot dead a Palestinian farmer near the fence.", "Israeli troops=ISRMIL | Palestinian farmer=PSEAGR"},
		{"2025-03-05", "Settlers beat an elderly Palestinian farmer in his olive grove.", "Settlers=?CVL | Palestinian farmer=PSEAGR"},
		{"2025-03-05", "Indian police arrested a farmer over the protest.", "Indian police=INDCOP | farmer=?AGR"},
		{"2025-03-05", "Pirates freed a Kenyan fisherman on Monday.", "Pirates=?CRM | Kenyan fisherman=KENCVL"},
		{"2025-03-05", "A Guatemalan peasant was shot dead by soldiers.", "Guatemalan peasant=GTMCVL | soldiers=?MIL"},
		{"2025-03-05", "Police beat a Sri Lankan detainee in Tokyo.", "Police=?COP | Sri Lankan detainee=LKACVL | Tokyo=JPN"},
		// near misses: a noun after "prisoner", the nationality before a thing
		{"2025-03-05", "Russia and Ukraine held a prisoner swap on Friday.", "Russia=RUS | Ukraine=UKR"},
		{"2025-03-05", "Venezuela seized three Colombian fishing boats.", "Venezuela=VEN | Colombian=~COL"},
	}, showCode)
}
