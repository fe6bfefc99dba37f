package events_test

import (
	"testing"
)

// TestLegislatureAddressesGov codes legislature.go's rule: a legislature's
// verbal act on its own country's government officials, named by role or
// name, keeps them as target (LEG → GOV are two parties); a pronoun object,
// a government source and a state's own envoys stay as they were.
func TestLegislatureAddressesGov(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		{[]string{"Britain's parliament debated the housing bill on Tuesday.", "MPs urged ministers to build more homes on Wednesday."},
			[]string{"GBRLEG 020 GBRGOV asserted 2024-07-10"}},
		{[]string{"Britain's parliament debated the housing bill on Tuesday.", "Angry MPs criticised ministers over the delay on Wednesday."},
			[]string{"GBRLEG 111 GBRGOV asserted 2024-07-10"}},
		{[]string{"Britain's parliament debated the housing bill on Tuesday.", "Angry MPs warned Prime Minister Keir Starmer about the delay on Wednesday."},
			[]string{"GBRLEG 130 GBRGOV asserted 2024-07-10"}},
		// a pronoun object: its antecedent is a guess, no target as before
		{[]string{"Britain's parliament debated the housing bill on Tuesday.", "Angry MPs criticised them over the delay on Wednesday."},
			[]string{"GBRLEG 111 - asserted 2024-07-10"}},
		// a government's own officials: no target, as before
		{[]string{"Britain's government debated the housing bill on Tuesday.", "The prime minister criticised ministers over the delay on Wednesday."},
			[]string{"GBRGOV 111 - asserted 2024-07-10"}},
	})
}
