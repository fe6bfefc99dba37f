package events_test

import "testing"

// TestClauseLentDates dates acts by the day of the clause they go with
// (session 65 census of dev33–48): a participle before its noun lends no
// verb its date ("broke off talks with striking miners on Thursday": the
// talks' day); a coordinated verb that codes nothing still carries its
// day to the verb before it ("killed 20 villagers and buried them on
// Friday"); "the same day" and "the previous night" count from the day
// before them; a time clause opened by ", as" takes the day of the
// clause before ("pledged aid on Sunday, as its foreign minister visited
// Khartoum"). Near misses: a progressive keeps its own day, "as well as"
// opens no clause, and a later clause's own day stands. Published
// Saturday 2024-07-13.
func TestClauseLentDates(t *testing.T) {
	checkDates(t, []dateCase{
		{"Peru's government broke off talks with striking miners on Thursday.",
			[]string{"PERGOV 164 PERLAB asserted 2024-07-11/day"}},
		{"Chile's government held talks with protesting truckers on Wednesday.",
			[]string{"CHLGOV 046 CHLLAB asserted 2024-07-10/day", "CHLLAB 046 CHLGOV asserted 2024-07-10/day"}},
		{"Sudanese soldiers killed 20 villagers and buried them on Friday, a rights group said.",
			[]string{"SDNMIL 190 SDNCVL asserted 2024-07-12/day"}},
		{"Congolese rebels seized two towns on Monday, and Congolese troops retook one of them the same day.",
			[]string{"CODMIL 192 CODREB asserted 2024-07-08/day"}},
		{"Ukraine said on Tuesday Russian drones had struck a power plant in Odesa the previous night.",
			[]string{"RUSMIL 195 UKR asserted 2024-07-08/day"}},
		{"Qatar pledged $50 million in aid to Sudan on Sunday, as its foreign minister visited Khartoum.",
			[]string{"QAT 0331 SDN future 2024-07-07/day", "QATGOV 042 SDN asserted 2024-07-07/day", "SDN 043 QATGOV asserted 2024-07-07/day"}},
		{"The Chinese defence minister arrived in Moscow on Monday, as the two countries' navies began joint drills in the Sea of Japan.",
			[]string{"CHNGOV 042 RUS asserted 2024-07-08/day", "RUS 043 CHNGOV asserted 2024-07-08/day", "CHNMIL 150 - asserted 2024-07-08/day"}},
		// a reaction in the ", as" clause takes the day too (README
		// item 34, W49055)
		{"Kenyan troops began patrols around Mandera on Thursday, as Somalia's president condemned the killing of 12 villagers.",
			[]string{"SOMGOV 111 - asserted 2024-07-11/day"}},
		// near misses
		{"Israeli jets were striking targets in Gaza on Thursday.",
			[]string{"ISRMIL 195 PSE asserted 2024-07-11/day"}},
		{"Japan lodged a protest with China on Monday, as well as with Russia.",
			[]string{"JPN 114 CHN asserted 2024-07-08/day"}},
		{"Kenyan police arrested 12 protesters on Tuesday, and a court released them on bail on Thursday.",
			[]string{"KENCOP 173 KENCVL asserted 2024-07-09/day", "KENJUD 0841 KENCVL asserted 2024-07-11/day"}},
	})
}
