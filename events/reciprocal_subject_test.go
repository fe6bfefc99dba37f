package events_test

import "testing"

// TestReciprocalSubject: "the two" after an act of two parties do what
// follows to each other; an adjective of one of their own countries in
// the object is no target, a third country's stays the target, and
// without a reciprocal subject nothing changes (reciprocal_subject.go).
func TestReciprocalSubject(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kazakhstan's president hosted his Kyrgyz counterpart in Astana on Monday, and the two opened a railway that will carry Kazakh grain to towns in southern Kyrgyzstan.",
			[]string{"KAZGOV 043 KGZGOV asserted", "KGZGOV 042 KAZGOV asserted", "KAZGOV 061 KGZGOV asserted", "KGZGOV 061 KAZGOV asserted"}},
		{"Azerbaijan's president hosted his Georgian counterpart in Baku on Tuesday, and the two inaugurated a gas pipeline that will carry Azerbaijani gas to villages in eastern Georgia.",
			[]string{"AZEGOV 043 GEOGOV asserted", "GEOGOV 042 AZEGOV asserted", "AZEGOV 061 GEOGOV asserted", "GEOGOV 061 AZEGOV asserted"}},
		// a third country's gas: its own party
		{"Kazakhstan's president hosted his Kyrgyz counterpart in Astana on Monday, and the two opened a pipeline that will carry Turkmen gas to towns in southern Kyrgyzstan.",
			[]string{"KAZGOV 043 KGZGOV asserted", "KGZGOV 042 KAZGOV asserted", "KAZGOV 061 TKM asserted", "KGZGOV 061 TKM asserted"}},
	}, false)
}
