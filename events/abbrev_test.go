package events_test

import "testing"

// TestAbbreviationAfterSubject checks that a parenthesised abbreviation
// after the subject's name is no break before the verb: "The Democratic
// Union Party (PYD) accused Damascus" has the party as its source (was no
// source found), while a parenthesis that is no name, or follows no
// capitalised name, still ends the subject search.
func TestAbbreviationAfterSubject(t *testing.T) {
	checkFamiliesOn(t, "2019-10-14", "", []familyCase{
		{"party and its initials", "The Democratic Union Party (PYD) accused Damascus of betraying the Kurds.",
			[]string{"SYRREB 112 SYR asserted"}},
		{"forces and their initials", "The Syrian Democratic Forces (SDF) accused Turkey of shelling Kobani.",
			[]string{"SYRREB 112 TUR asserted", "TUR 194 SYR alleged"}},
		{"an agency", "The International Atomic Energy Agency (IAEA) criticised Iran on Monday.",
			[]string{"IGOUNOIAE 111 IRN asserted"}},
		{"a bloc named in mixed case", "The Economic Community of West African States (Ecowas) suspended Niger on Friday.",
			[]string{"IGOWAFECO 160 NER asserted"}},
		{"two words", "The World Health Organization (WHO) praised China's response.",
			[]string{"IGOUNOWHO 051 CHN asserted"}},
		{"a parenthesis that is no name", "The spokesman (who declined to be named) criticised Iran on Monday.",
			nil},
	}, false)
}
