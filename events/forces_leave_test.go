package events_test

import "testing"

// TestForcesLeave codes sentences written by the dyad team for forces
// that leave, pull out of or fly out of a place (forces_leave.go): a
// withdrawal (0874) when troops, fighters or an armed group are the
// subject, the place's state the target; a state, a bloc or a deal left
// keeps the other lines of the verb.
func TestForcesLeave(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The last French soldiers left Niger on Friday.",
			[]string{"FRAMIL 0874 NER asserted"}},
		{"Russian forces pulled out of Kherson on Friday.",
			[]string{"RUSMIL 0874 UKR asserted"}},
		{"Wagner fighters began pulling out of Bakhmut on Tuesday.",
			[]string{"RUSMIL 0874 UKR asserted"}},
		{"The last U.S. troops flew out of Kabul airport on Monday.",
			[]string{"USAMIL 0874 AFG asserted"}},
		{"Israeli troops pulled out of Jenin after a two-day raid.",
			[]string{"ISRMIL 0874 PSE asserted"}},
		// a withdrawal planned is an intent to yield
		{"French troops will leave Mali by the end of the year.",
			[]string{"FRAMIL 0356 MLI future"}},
		// near misses: no force as the subject
		{"Britain left the European Union on Friday.",
			[]string{"GBR 160 IGOEUREEC asserted"}},
		{"Russia pulled out of the grain deal on Monday.",
			[]string{"RUS 160 - asserted"}},
		{"The president's envoy left Kyiv on Friday.",
			nil},
		// near misses: forces leaving their own quarters withdraw from nothing
		{"Russian troops moved out of their barracks and into the streets of Tbilisi.",
			[]string{"RUSMIL 190 GEO asserted"}},
		{"Malian soldiers left their bases in the north on Friday.",
			nil},
		{"Sudanese soldiers left their army barracks near Khartoum on Sunday.",
			nil},
	}, false)
}
