package actors_test

import "testing"

// TestRulingParty: a party the text says rules or governs is GOV (the
// CAMEO 1.1b3 actor codebook: GOV is "the executive, governing parties,
// coalition partners"; gold README, "Conventions fixed here"); any other
// party stays PTY and an opposition party OPP. Invented sentences.
func TestRulingParty(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-03-01", "Malawi's ruling party rejected the audit.", "Malawi's ruling party=MWIGOV"},
		{"2024-03-01", "Chile's governing party backed the budget.", "Chile's governing party=CHLGOV"},
		{"2024-03-01", "Malawi's opposition party rejected the audit.", "Malawi's opposition party=MWIOPP"},
		{"2024-03-01", "A Malawian political party rejected the audit.", "Malawian political party=MWIPTY"},
	}, showCode)
}
