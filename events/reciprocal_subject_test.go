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
		// a modal between "the two" and its verb
		{"Brazil's president held talks with his Chinese counterpart on Monday, and the two will sign a dozen trade agreements.",
			[]string{"BRAGOV 046 CHNGOV asserted", "CHNGOV 046 BRAGOV asserted", "BRAGOV 032 CHNGOV future", "CHNGOV 032 BRAGOV future"}},
		// "the two" the object, its verb an infinitive: no act of theirs
		{"Brazil's president held talks with his Chinese counterpart on Monday, and China urged the two to sign a dozen trade agreements.",
			[]string{"BRAGOV 046 CHNGOV asserted", "CHNGOV 046 BRAGOV asserted", "CHN 022 - asserted"}},
		// a third country's gas: its own party
		{"Kazakhstan's president hosted his Kyrgyz counterpart in Astana on Monday, and the two opened a pipeline that will carry Turkmen gas to towns in southern Kyrgyzstan.",
			[]string{"KAZGOV 043 KGZGOV asserted", "KGZGOV 042 KAZGOV asserted", "KAZGOV 061 TKM asserted", "KGZGOV 061 TKM asserted"}},
	}, false)
}
