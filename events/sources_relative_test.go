package events_test

import "testing"

// TestRelativePastDateAndPlace codes sources_relative.go: "who" after an
// object, a place phrase and a date refers to the people of the object,
// the subject of the relative clause's act.
func TestRelativePastDateAndPlace(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Police in Lagos detained 40 students on Monday who were protesting against fee increases.",
			[]string{"NGACOP 173 NGAEDU asserted", "NGAEDU 141 NGAGOV asserted"}},
		{"Kenyan police arrested dozens of nurses in Nairobi on Friday who were protesting against unpaid wages.",
			[]string{"KENCOP 173 KENHLH asserted", "KENHLH 141 KENGOV asserted"}},
		{"Bolivian police detained 25 miners outside La Paz on Tuesday who were demonstrating against a new mining law.",
			[]string{"BOLCOP 173 BOLLAB asserted", "BOLLAB 1412 BOLGOV asserted"}},
		// near miss: no date before "who", the place phrase may be the
		// people's own: left as before
		{"Police arrested dozens of students in Dhaka who were protesting against job quotas.",
			[]string{"BGDCOP 173 BGDEDU asserted"}},
	}, false)
}
