package events_test

import "testing"

// TestCoupsByArmedForces codes a seizure of power by soldiers, in its
// wire wordings, as a coup (170) aimed at the state's government
// (coups.go): power taken, seized or grabbed, the government taken over,
// a coup staged, launched or attempted; a partitive head before the force
// ("a faction of Turkey's military") still names it.
func TestCoupsByArmedForces(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Madagascar's army took power on Tuesday, days after the president fled the country.",
			[]string{"MDGMIL 170 MDGGOV asserted"}},
		{"Soldiers in Sudan grabbed power on Monday, days after mass protests.",
			[]string{"SDNMIL 170 SDNGOV asserted"}},
		{"Myanmar's military took over the government on Monday.",
			[]string{"MMRMIL 170 MMRGOV asserted"}},
		{"The Thai army took control of the government in a coup on Thursday.",
			[]string{"THAMIL 170 THAGOV asserted"}},
		{"Mutinous troops in Mali staged a coup on Tuesday.",
			[]string{"MLIMIL 170 MLIGOV asserted"}},
		{"Army officers in Guinea-Bissau launched a coup against President Umaro Sissoco Embalo on Thursday.",
			[]string{"GNBMIL 170 GNBGOV asserted"}},
		{"A faction of Turkey's military attempted a coup late on Friday.",
			[]string{"TURMIL 170 TURGOV asserted"}},
	}, false)
}

// TestCoupNearMisses: office handed over is no coup, a coup told with the
// arrest of the leader is the arrest alone, and a coup someone is accused
// of is the accusation (coups.go).
func TestCoupNearMisses(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"An interim government is scheduled to take power in Kabul this weekend.", nil},
		{"The new administration would assume power on December 22, an official said.", nil},
		{"Rebel officers in Chad said they had seized power and detained the interior minister.",
			[]string{"TCDREB 173 TCDGOV asserted"}},
		{"Guinea's army seized power on Sunday and arrested President Alpha Conde.",
			[]string{"GINMIL 173 GIN asserted"}},
		{"Kenya's President William Ruto accused opposition leader Raila Odinga on Monday of attempting a coup.",
			[]string{"KENGOV 112 KENOPP asserted"}},
	}, false)
}
