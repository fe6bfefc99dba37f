package events_test

import "testing"

// TestStrikeEnded: a labour strike, walkout, stoppage or sit-in ended,
// suspended, abandoned or called off eases dissent (082) against the
// strikers' own government; a military strike so ended is de-escalation
// (087), and a date after "on" makes no strike military.
func TestStrikeEnded(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenyan nurses suspended their strike on Monday.",
			[]string{"KENHLH 082 KENGOV asserted"}},
		{"Lebanese teachers ended a two-month strike on Tuesday.",
			[]string{"LBNEDU 082 LBNGOV asserted"}},
		{"Greek dockworkers abandoned their stoppage on Wednesday.",
			[]string{"GRCLAB 082 GRCGOV asserted"}},
		{"Doctors in Peru called off their walkout after the health ministry agreed to raise pay.",
			[]string{"PERHLH 082 PERGOV asserted"}},
		// passive, fronted, coordinated
		{"The strike was called off by Nigerian unions on Monday.",
			[]string{"NGALAB 082 NGAGOV asserted"}},
		{"After three weeks, Chilean copper miners ended their strike on Thursday.",
			[]string{"CHLLAB 082 CHLGOV asserted"}},
		{"Bolivian miners ended their strike and returned to work on Thursday.",
			[]string{"BOLLAB 082 BOLGOV asserted"}},
		// guards: a military strike called off or halted de-escalates
		{"President Biden called off a strike on Iran on Thursday.",
			[]string{"USAGOV 087 - asserted"}},
		{"Israel suspended its drone strikes.",
			[]string{"ISR 087 - asserted"}},
		{"Greek dockworkers called off a strike on Wednesday.",
			[]string{"GRCLAB 082 GRCGOV asserted"}},
	}, false)
}
