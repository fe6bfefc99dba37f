package events_test

import "testing"

// TestPreventedFrom59: the act a verb of preventing keeps from happening
// ("prevented X from attacking", past a relative clause on X) is no
// event; the preventing verb keeps its own code, and a plain gerund
// after "from" that nothing prevents is coded.
func TestPreventedFrom59(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2019-02-01", "International powers could lift the embargo that prevents the forces that defeated Isis from defending themselves.",
			nil},
		{"2019-02-01", "Zambian police prevented opposition supporters from storming the electoral commission on Monday.",
			nil},
		{"2019-02-01", "Hungary blocked the EU from imposing sanctions on Russia.",
			[]string{"HUN 129 IGOEUREEC asserted"}},
		// near miss: a gerund after "from" that no verb prevents
		{"2019-02-01", "Turkey refrained on Monday from attacking the Kurdish town, but Turkish jets struck Syrian army positions near Afrin.",
			[]string{"TURMIL 195 SYRMIL asserted"}},
		// a purpose "to stop X from" keeps the act from happening too
		{"2019-02-01", "Georgian police used water cannon on Saturday to stop protesters from storming the presidential palace.",
			[]string{"GEOCOP 175 GEOCVL asserted"}},
		// left as before: a finite "stopped X from" keeps its act negated
		{"2019-02-01", "Israeli forces stopped Palestinian protesters from marching on the checkpoint.",
			[]string{"PSECVL 141 - negated"}},
	}, false)
}
