package events_test

import "testing"

// TestUnpunishedThreat codes sentences written by the dyad team for a
// threat said of an act (unpunished.go): "vowed that the strike would
// not go unpunished" is the speaker's 138 against the act's author,
// asserted after a vow or a warning, future after "said"; the act alone
// ("the crime went unpunished") and an act with no speaker give none.
func TestUnpunishedThreat(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The Houthis said the U.S. and British strikes would not go \"unpunished\".",
			[]string{"YEMREB 138 USA future", "YEMREB 138 GBR future"}},
		{"Pakistan's army vowed on Sunday that the Indian strikes would not go unanswered.",
			[]string{"PAKMIL 138 IND asserted"}},
		{"Iran warned that the Israeli attack would not go unanswered.",
			[]string{"IRN 138 ISR asserted"}},
		{"Hezbollah warned that Israel's crime would not go unpunished.",
			[]string{"LBNREB 138 ISR asserted"}},
		{"North Korea said on Monday the South Korean drills would not go unpunished.",
			[]string{"PRK 138 KOR future"}},
		// the place struck is no author
		{"Russia vowed that the strike on Belgorod would not go unpunished.",
			[]string{"RUS 138 - asserted"}},
		// near misses: no speaker, or no threat
		{"The attack will not go unpunished, the minister said.",
			nil},
		{"The crime went unpunished for decades.",
			nil},
		{"Many of the killings have gone unanswered by the courts.",
			nil},
		// no modal and negation: a complaint that nobody punished, no threat
		{"The U.N. rights chief warned that abuses in Sudan were going unpunished.",
			[]string{"IGOUNOHCH 012 - asserted"}},
		{"Amnesty International warned that Israeli attacks on journalists go unpunished.",
			[]string{"NGOHRIAMN 130 ISR asserted", "ISR 190 ISRMED asserted"}},
		{"Ukraine's prosecutor general said Russian crimes in Bucha had gone unpunished.",
			nil},
		{"Egypt's foreign minister said the killing cannot go unpunished.",
			[]string{"EGYGOV 138 - future"}},
		{"Egypt's foreign minister said the Israeli raid won't go unpunished.",
			[]string{"EGYGOV 138 ISR future"}},
	}, false)
}
