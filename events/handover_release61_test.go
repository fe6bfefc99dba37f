package events_test

import "testing"

// TestNamesHandedOver61: a state's government, intelligence or police
// giving another state's officers names, locations or lists, the
// recipient first or after "to", is 064 toward that state. Near misses:
// names given to the press or to families (no state recipient), and
// the same force's names handed to its own police.
func TestNamesHandedOver61(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Uzbekistan's intelligence service has given Tajik police the names of 14 suspected smugglers, a spokesman said on Monday.",
			[]string{"UZBSPY 064 TJKCOP asserted"}},
		{"Pakistani police handed Afghan police the coordinates of 12 hideouts on Thursday.",
			[]string{"PAKCOP 064 AFGCOP asserted"}},
		{"Nepal gave India the names of 40 traffickers on Friday.",
			[]string{"NPL 064 IND asserted"}},
		{"The United Nations human rights office condemned the killing of protesters by Bahraini police on Monday.",
			[]string{"IGOUNOHCH 111 BHRCOP asserted", "BHRCOP 175 BHRCVL asserted"}},
		// near misses
		{"Nepal's police gave reporters the names of 40 traffickers on Friday.",
			nil},
		{"Nepal's army gave Nepali police the names of 40 traffickers on Friday.",
			nil},
	}, false)
}

// TestReleasedPeople61: a release whose people a reduced relative
// describes ("detained after the riots", "rounded up since January")
// codes the release alone, also with a date or a rounding word between
// the verb and its object; people returned "to" a country with no
// nationality of their own are that country's; soldiers pardoned or
// freed from jail are the state's own. Near misses: a finite arrest
// with its own subject, a nationality written in the object, and
// soldiers freed with no word that they were held.
func TestReleasedPeople61(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenyan police released on Monday about 300 students detained after last week's protests in Nairobi.",
			[]string{"KENCOP 0841 KENEDU asserted"}},
		{"Egypt freed some 60 activists rounded up since March's street protests on Sunday.",
			[]string{"EGY 0841 EGYCVL asserted"}},
		{"Iran returned nine fishermen and their dhow to Kuwait on Tuesday.",
			[]string{"IRN 0841 KWTCVL asserted"}},
		{"Mali's president pardoned 17 jailed soldiers on Wednesday.",
			[]string{"MLIGOV 0841 MLIMIL asserted"}},
		// near misses
		{"Kenyan police released 30 students on Monday as officers detained 12 others in Mombasa.",
			[]string{"KENCOP 0841 KENEDU asserted"}},
		{"Iran returned nine Indian fishermen to Kuwait on Tuesday.",
			[]string{"IRN 0841 INDCVL asserted"}},
		{"Russia freed 23 soldiers on Tuesday.",
			[]string{"RUS 0841 - asserted"}},
	}, false)
}
