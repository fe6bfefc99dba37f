package events_test

import "testing"

// TestAttemptOnLife codes team-written sentences for attempt.go: an
// attack on one office holder that the sentence calls an assassination
// attempt or bid, an attempt on a life, or that the target escaped
// unhurt, is the attempted assassination (185); the same attacks without
// those words, on a group, or on a place keep the attack's code.
func TestAttemptOnLife(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Al Shabaab militants attacked the motorcade of Somalia's president near Mogadishu on Monday, but he escaped unharmed, officials said.",
			[]string{"SOMREB 185 SOMGOV asserted"}},
		{"Gunmen fired on the car of Haiti's justice minister in Port-au-Prince on Friday in what police called an attempt on his life.",
			[]string{"HTIUAF 185 HTIGOV asserted"}},
		{"Boko Haram fighters ambushed the convoy of a Nigerian state governor near Maiduguri on Sunday, but he escaped unhurt.",
			[]string{"NGAREB 185 NGAGOV asserted"}},
		{"Gunmen opened fire on the motorcade of Peru's interior minister in Lima on Thursday in what the government called an assassination bid.",
			[]string{"PERUAF 185 PERGOV asserted"}},
		// near misses: no attempt named, or no single office holder attacked
		{"Al Shabaab militants attacked the motorcade of Somalia's president near Mogadishu on Monday, officials said.",
			[]string{"SOMREB 190 SOMGOV asserted"}},
		{"Boko Haram fighters ambushed a Nigerian army convoy near Maiduguri on Sunday, but the soldiers escaped unhurt.",
			[]string{"NGAREB 190 NGAMIL asserted"}},
	}, false)
}
