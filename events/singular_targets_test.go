package events_test

import "testing"

// TestSingularPersonTargets codes one person named by a nationality and a
// singular person noun as the sector its plural has: a villager
// kidnapped is the state's civilians, a monk detained its religious
// people, a smuggler arrested its criminals, a truck driver killed its
// labour; a settler who shoots is his state's civilians.
func TestSingularPersonTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Gunmen kidnapped a Nigerian villager in Zamfara state on Monday.",
			[]string{"NGAUAF 181 NGACVL asserted"}},
		{"Indian police detained a Thai monk in Bihar on Tuesday.",
			[]string{"INDCOP 173 THAREL asserted"}},
		{"Police in Peru arrested a Chinese smuggler at the port on Friday.",
			[]string{"PERCOP 173 CHNCRM asserted"}},
		{"Russian troops killed a Ukrainian truck driver near Kherson on Sunday.",
			[]string{"RUSMIL 190 UKRLAB asserted"}},
		{"An Israeli settler shot dead a Palestinian near Hebron on Monday.",
			[]string{"ISRCVL 180 PSECVL asserted"}},
	}, false)
}
