package events_test

import "testing"

// TestWeaponAgentClauseVerb: a weapon noun's strike verb after a
// participle's "by" agent is the clause's verb (weapon_agent.go), the
// agent its source and the object after the verb its target; plain,
// set off by commas, with a date before the verb and with a report
// after it. A maker or supplier is no agent ([agent participles]).
func TestWeaponAgentClauseVerb(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Missiles fired by Iran hit an Israeli air base on Monday.",
			[]string{"IRN 195 ISRMIL asserted"}},
		{"Jets flown by the Israeli air force hit a Syrian army depot on Monday.",
			[]string{"ISRMIL 195 SYRMIL asserted"}},
		{"Two drones, launched by the Houthis, hit a Saudi oil facility on Monday.",
			[]string{"YEMREB 1952 SAU asserted"}},
		{"Drones launched by the Houthis slammed into a Saudi oil facility on Monday.",
			[]string{"YEMREB 1952 SAU asserted"}},
		{"A rocket fired by Hamas militants on Sunday hit a school in the Israeli town of Sderot.",
			[]string{"PSEREB 194 ISR asserted"}},
		{"Missiles fired by Iran's Revolutionary Guards hit a U.S. base in Iraq on Wednesday.",
			[]string{"IRNMIL 195 USAMIL asserted"}},
		// guards: a supplier fires nothing; no agent, no source
		{"Missiles supplied by Iran hit an Israeli air base on Monday.", nil},
		{"Drones hit a Saudi oil facility on Monday.", nil},
	}, false)
}
