package events_test

import (
	"testing"
)

// TestStateShooting codes sentences written for this test: a state's
// troops or police who shoot people dead use conventional force (190),
// captives shot dead are executed (1823), gunmen and militants keep 180
// and police shooting protesters 175; and a subject followed by a
// participle phrase with an infinitive ("troops trying to arrest a
// wanted militant in Hebron shot …") is the source of the verb after it.
func TestStateShooting(t *testing.T) {
	c := newCoder(t)
	tests := []datedCase{
		{"2024-03-05", "Indian security forces shot dead eight suspected militants in Kashmir on Sunday.", []string{"INDCOP 190 INDREB asserted"}},
		{"2024-03-05", "Israeli soldiers shot dead two Palestinian gunmen near Jenin on Friday.", []string{"ISRMIL 190 PSEUAF asserted"}},
		{"2024-03-05", "Russian soldiers shot dead three Ukrainian soldiers who had surrendered near Pokrovsk.", []string{"RUSMIL 1823 UKRMIL asserted"}},
		{"2024-03-05", "Militants shot dead 26 tourists in Pahalgam in Indian-administered Kashmir on Tuesday.", []string{"INDREB 180 INDCVL asserted"}},
		{"2024-03-05", "Kenyan police shot dead at least five protesters in Nairobi on Tuesday.", []string{"KENCOP 175 KENCVL asserted"}},
		// the subject before a participle phrase with an infinitive
		{"2024-03-05", "Israeli troops trying to arrest a wanted militant in Hebron shot a Palestinian man on Monday.", []string{"ISRMIL 173 PSEREB hypothetical", "ISRMIL 193 PSECVL asserted"}},
		{"2024-03-05", "Israeli troops trying to arrest a wanted Hamas member in Hebron shot two Palestinian men on Monday.", []string{"ISRMIL 173 PSEREB hypothetical", "ISRMIL 193 PSECVL asserted"}},
		{"2024-03-05", "Turkish soldiers sent to guard the border shot two Syrian migrants on Sunday.", []string{"TURMIL 193 SYRREF asserted"}},
	}
	checkPublished(t, c, tests)
}
