package events_test

import "testing"

// TestInquiryVictims49: the people whose deaths or killings an inquiry
// looks into are no target, also when a number stands before them; when
// the sentence places them by a possessive place ("in Nigeria's Borno
// state") the inquiry still names no one investigated (gold README item
// 50), and only a possessive act ("in Mali's raid") makes the state that
// did it the target of another's inquiry. Invented sentences.
func TestInquiryVictims49(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenya's health ministry said on Wednesday it was investigating the deaths of 14 children who had taken a contaminated syrup.",
			[]string{"KENGOV 090 - asserted"}},
		{"The African Union began an inquiry on Thursday into killings of civilians in Nigeria's Borno state.",
			[]string{"IGOAFRAFU 092 - asserted"}},
		{"Burkina Faso ordered an investigation on Friday into the deaths of 12 herders in Mali's raid on a border village.",
			[]string{"BFA 093 MLI asserted"}},
		// a determiner and adjectives after the act done to people: still the victim
		{"Bahrain's public prosecutor ordered an inquiry on Tuesday into the death of a 19-year-old detainee held in Manama.",
			[]string{"BHRJUD 091 - asserted"}},
		{"Kenya's police watchdog opened an investigation on Monday into the death of a young protester in Kisumu.",
			[]string{"KENGOV 091 - asserted"}},
		// near miss: the doer after "by" is still the target
		{"Mali's authorities opened an investigation on Tuesday into the killing of a student by soldiers in Bamako.",
			[]string{"MLIGOV 093 MLIMIL asserted"}},
	}, false)
}
