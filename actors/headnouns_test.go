package actors_test

import "testing"

// TestSectorFromHeadNoun checks that the noun a nationality adjective
// qualifies gives the actor's sector: a patrol is the state's military,
// football fans civilians. A patrol noun
// that only modifies another noun, and an adjective before a thing, stay
// modifiers.
func TestSectorFromHeadNoun(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-07-13", "Cambodian troops opened fire on a Thai patrol.", "Cambodian troops=KHMMIL | Thai patrol=THAMIL"},
		{"2024-07-13", "Venezuelan soldiers ambushed Guyanese patrols near the river.", "Venezuelan soldiers=VENMIL | Guyanese patrols=GUYMIL"},
		{"2024-07-13", "A gunman shot two Swedish football fans.", "gunman=?UAF | Swedish football fans=SWECVL"},
		{"2024-07-13", "Police arrested three Dutch fans after the match.", "Police=?COP | Dutch fans=NLDCVL"},
		// modifiers stay modifiers
		{"2024-07-13", "A Chinese patrol ship rammed the boat.", "Chinese=~CHN"},
		{"2024-07-13", "Thai farm exports fell.", "Thai=~THA"},
	}, showCode)
}
