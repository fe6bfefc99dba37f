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
		// a bombing the office holder survived is the attempt too; a bombing with no cue stays the bombing
		{"A suicide car bomber struck the motorcade of Pakistan's interior minister in Peshawar on Tuesday, wounding two guards, but the minister escaped unhurt.",
			[]string{"PAKUAF 185 PAKGOV asserted"}},
		{"A suicide bomber attacked the convoy of Afghanistan's defence minister in Kabul on Monday.",
			[]string{"AFGUAF 1831 AFGGOV asserted"}},
		// a gun fired at one office holder who was missed, and a shooting tried and missed, are the attempt, asserted
		{"A lone gunman fired a pistol at Ghana's interior minister outside parliament in Accra on Monday but missed.",
			[]string{"GHAUAF 185 GHAGOV asserted"}},
		{"A gunman tried to shoot the governor of the Nigerian state of Zamfara on Sunday but missed, police said.",
			[]string{"NGAUAF 185 NGAGOV asserted"}},
		// an attack on his motorcade needs no cue (gold README item 37, attempt_leader.go)
		{"Al Shabaab militants attacked the motorcade of Somalia's president near Mogadishu on Monday, officials said.",
			[]string{"SOMREB 185 SOMGOV asserted"}},
		// near misses: no attempt named, or no single office holder attacked
		{"Boko Haram fighters ambushed a Nigerian army convoy near Maiduguri on Sunday, but the soldiers escaped unhurt.",
			[]string{"NGAREB 190 NGAMIL asserted"}},
		// a completed killing, an attempt told of another time, an institution
		{"Gunmen shot dead Haiti's president in his home on Wednesday, three years after police said they had foiled an assassination plot against him.",
			[]string{"HTIUAF 186 HTIGOV asserted", "HTIUAF 185 HTICVL asserted"}},
		{"Gunmen killed the governor of Tamaulipas on Sunday, two years after he survived an assassination attempt.",
			[]string{"MEXUAF 186 MEXGOV asserted"}},
		{"Militants attacked the interior ministry in Kabul on Tuesday, a day after an assassination attempt on the minister.",
			[]string{"AFGREB 190 AFGGOV asserted"}},
		{"Gunmen attacked the Russian embassy in Kabul in what officials called an assassination attempt on the ambassador.",
			[]string{"AFGUAF 190 RUS asserted"}},
	}, false)
}
