package events_test

import "testing"

// TestUnionStrikes: a named workers' union is labour (LAB); the strike it
// begins or joins is its 143 against its government, and a strike it
// threatens is 133 (dissent threatened), not a threat of force (138),
// which an army's threatened strike stays.
func TestUnionStrikes(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Peru's state employees' union began a 72-hour strike over pensions on Monday.",
			[]string{"PERLAB 143 PERGOV asserted"}},
		{"A Nigerian oil workers' union joined a general strike against fuel price rises on Monday.",
			[]string{"NGALAB 143 NGAGOV asserted"}},
		{"Bolivia's mineworkers' union threatened on Friday to strike at tin mines if wages were cut.",
			[]string{"BOLLAB 133 - asserted"}},
		{"Bolivia's army threatened on Friday to strike rebel camps.",
			[]string{"BOLMIL 138 - asserted"}},
	}, false)
}
