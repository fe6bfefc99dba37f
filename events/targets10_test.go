package events_test

import "testing"

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

// TestUnionLeader codes the agents entry "union leader": a union's leader
// is labour (LAB), as "union leaders" is, not the government.
func TestUnionLeader(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		{[]string{"Britain's finance minister presented the budget on Tuesday.", "The chancellor criticised a union leader over the strike on Wednesday."},
			[]string{"GBRGOV 111 GBRLAB asserted 2024-07-10"}},
	})
}

// TestCalledTheAct codes refine.go's actInSpan: a criticism whose pattern
// holds its object ("called the launch deplorable") targets whoever did
// the act last told, as "condemned the launch" does; an indefinite act
// ("called a launch …") and an investigation of "the air strikes" name
// no one.
func TestCalledTheAct(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		{[]string{"North Korea fired a ballistic missile into the sea on Sunday.", "Japan's prime minister called the launch a reckless act on Monday."},
			[]string{"JPNGOV 111 PRK asserted 2024-07-08"}},
		{[]string{"North Korea fired a ballistic missile into the sea on Sunday.", "Japan's prime minister called the missile launch \"deeply deplorable\" on Monday."},
			[]string{"JPNGOV 111 PRK asserted 2024-07-08"}},
		{[]string{"North Korea fired a ballistic missile into the sea on Sunday.", "NATO said on Monday it was investigating the air strikes in Kunduz."},
			[]string{"IGOWSTNAT 093 - asserted 2024-07-08"}},
	})
}

// TestPhoneTo codes roles.go's phoneEnd: "spoke on the telephone to X"
// is a call with X, each way, as "spoke to X" and "spoke on the phone
// with X" are; "spoke on the telephone" with no one named keeps none.
func TestPhoneTo(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenya's president spoke on the telephone to Tanzanian President Samia Suluhu Hassan on Monday.",
			[]string{"KENGOV 041 TZAGOV asserted", "TZAGOV 041 KENGOV asserted"}},
		{"Kenya's president spoke on the phone with Tanzanian President Samia Suluhu Hassan on Monday.",
			[]string{"KENGOV 041 TZAGOV asserted", "TZAGOV 041 KENGOV asserted"}},
		{"Kenya's president spoke on the telephone on Monday.",
			[]string{"KENGOV 041 - asserted"}},
	}, false)
}
