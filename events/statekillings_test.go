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
		// captives only in the victims' own phrase; civilians shot dead by
		// a state's forces are 190 too (as the open judged real news fixes them)
		{"2024-03-05", "Syrian soldiers shot dead two prisoners in Homs.", []string{"SYRMIL 1823 SYRCVL asserted"}},
		{"2024-03-05", "Police shot dead two escaped prisoners in Lagos.", []string{"NGACOP 190 NGACVL asserted"}},
		{"2024-03-05", "Police shot dead three gunmen who had freed prisoners from a jail in Lagos.", []string{"NGACOP 190 NGAUAF asserted"}},
		{"2024-03-05", "Iraqi troops shot dead four militants who had taken captives in Mosul.", []string{"IRQMIL 190 IRQREB asserted"}},
		{"2024-03-05", "Myanmar soldiers shot dead 10 villagers on Sunday.", []string{"MMRMIL 190 MMRCVL asserted"}},
		// the subject before a participle phrase with an infinitive
		{"2024-03-05", "Israeli troops trying to arrest a wanted militant in Hebron shot a Palestinian man on Monday.", []string{"ISRMIL 173 PSEREB hypothetical", "ISRMIL 193 PSECVL asserted"}},
		{"2024-03-05", "Israeli troops trying to arrest a wanted Hamas member in Hebron shot two Palestinian men on Monday.", []string{"ISRMIL 173 PSEREB hypothetical", "ISRMIL 193 PSECVL asserted"}},
		{"2024-03-05", "Turkish soldiers sent to guard the border shot two Syrian migrants on Sunday.", []string{"TURMIL 193 SYRREF asserted"}},
	}
	checkPublished(t, c, tests)
}

// TestUnnamedCaptivesShot codes sentences written for this test: victims
// no dictionary names ("five men") whose own relative clause says they
// were captives are executed (1823) too, as named ones are; unnamed
// victims with no such clause stay 180 on the place's civilians
// (refine.go, statekillings.go).
func TestUnnamedCaptivesShot(t *testing.T) {
	c := newCoder(t)
	tests := []datedCase{
		{"2016-07-13", "Saudi police shot dead five men who were handcuffed, a rights group said.", []string{"SAUCOP 1823 SAUCVL asserted"}},
		{"2016-07-13", "Egyptian police shot dead three men who were blindfolded, the group said on Monday.", []string{"EGYCOP 1823 EGYCVL asserted"}},
		{"2016-07-13", "Saudi police shot dead five men in Qatif on Monday.", []string{"SAUCOP 180 SAUCVL asserted"}},
	}
	checkPublished(t, c, tests)
}
