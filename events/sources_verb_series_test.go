package events_test

import "testing"

// TestVerbSeries codes team-written sentences for sources_verb_series.go:
// in "S V1 O, V2 … and V3 …" whose first object is no actor, V2 (and V3
// through it) share V1's subject; a speech verb's aside ("The fighters,
// he told reporters, attacked …") and a comma before a new subject
// ("…, Boko Haram fighters fled and the army freed …") give V1's subject
// to nothing.
func TestVerbSeries(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Israeli troops raided the town of Jenin on Monday, clashed with gunmen in its narrow streets for several hours and arrested dozens of Palestinians.",
			[]string{"ISRMIL 190 PSE asserted", "ISRMIL 190 PSEUAF asserted", "PSEUAF 190 ISRMIL asserted", "ISRMIL 173 PSECVL asserted"}},
		{"Nigerian soldiers stormed a village near Maiduguri on Sunday, fought Boko Haram fighters for hours and freed 30 hostages.",
			[]string{"NGAMIL 190 NGACVL asserted", "NGAMIL 190 NGAREB asserted", "NGAMIL 0841 - asserted"}},
		// must not fire: a new subject after the comma; a speech verb's aside
		{"Nigerian soldiers stormed a village near Maiduguri on Sunday, Boko Haram fighters fled and the army freed 30 hostages.",
			[]string{"NGAMIL 190 NGACVL asserted", "NGAMIL 0841 - asserted"}},
		{"The Boko Haram fighters, he told Nigerian reporters, attacked the village of Konduga.",
			nil},
	}, false)
}
