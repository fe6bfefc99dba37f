package events_test

import "testing"

// TestStateForcesAssassinate codes, on sentences written for this test, a
// state's police or troops shooting dead one office holder as an
// assassination (186, events/statekillings.go), and the near misses:
// civilians and an unnamed fighter they shoot dead stay conventional
// force (190).
func TestStateForcesAssassinate(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"An off-duty Iranian police officer shot dead Azerbaijan's ambassador in Tehran on Friday.",
			[]string{"IRNCOP 186 AZEGOV asserted"}},
		{"A Pakistani soldier shot dead India's envoy in Karachi on Monday.",
			[]string{"PAKMIL 186 INDGOV asserted"}},
		// near misses
		{"Israeli troops shot dead five Palestinians near Jenin on Monday.",
			[]string{"ISRMIL 190 PSECVL asserted"}},
		{"Israeli troops shot dead a Hamas commander near Jenin on Monday.",
			[]string{"ISRMIL 190 PSEREB asserted"}},
	}, false)
}

// TestGunmenKillOfficeHolder codes, on sentences written for this test,
// gunmen or militants killing one office holder named by a title as an
// assassination (186, killCode in events/intent.go; the gold sets code
// "Gunmen shot dead the mayor of …" 186), and the near misses: a crowd,
// policemen or an office holder in a list stay 180.
func TestGunmenKillOfficeHolder(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Masked gunmen shot dead the mayor of a small Colombian town on Thursday.",
			[]string{"COLUAF 186 COLGOV asserted"}},
		{"Gunmen killed a provincial governor in Afghanistan's Helmand province on Sunday.",
			[]string{"AFGUAF 186 AFGGOV asserted"}},
		// near misses
		{"Gunmen shot dead six villagers in a small Colombian town on Thursday.",
			[]string{"COLUAF 180 COLCVL asserted"}},
		{"Gunmen killed four policemen in Afghanistan's Helmand province on Sunday.",
			[]string{"AFGUAF 180 AFGCOP asserted"}},
	}, false)
}
