package events_test

import "testing"

// TestLeaderSpared codes team-written sentences for attempt_leader.go:
// an attack on an office holder's convoy or motorcade, or one that
// wounds him, is the attempt on his life (185) with no "assassination"
// word (gold README item 37); a killed leader, a wounded man who holds
// no office and an attack on a leader's home keep their codes.
func TestLeaderSpared(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Gunmen opened fire on the convoy of the governor of Iraq's Anbar province near Ramadi on Tuesday, wounding two of his guards, police said.",
			[]string{"IRQUAF 185 IRQGOV asserted"}},
		{"Rebels shot and seriously wounded East Timor's President Jose Ramos-Horta in Dili on Monday.",
			[]string{"TLSREB 185 TLSGOV asserted"}},
		{"Militants opened fire on the Pakistani interior minister's motorcade in Peshawar on Friday.",
			[]string{"PAKREB 185 PAKGOV asserted"}},
		// must not fire: no office, the leader killed, his home
		{"An unknown assailant shot and wounded a prominent Islamic cleric in Dushanbe on Tuesday.",
			[]string{"TJKUAF 193 TJKREL asserted"}},
		{"Gunmen ambushed the convoy of the governor of Kandahar on Monday, killing him and two guards.",
			[]string{"AFGUAF 190 AFGGOV asserted"}},
		{"Gunmen opened fire on the home of Guinea's defence minister on Tuesday.",
			[]string{"GINUAF 193 GINGOV asserted"}},
	}, false)
}
