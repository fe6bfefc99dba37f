package events_test

import "testing"

// TestAidPurposePlace codes aid or a pledge of aid with no recipient named
// but a purpose "in" a foreign place as aid to that place's state; a
// place of the giver's own country, a region that is no state, or
// peacekeepers sent, give no target.
func TestAidPurposePlace(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Qatar pledged $100 million on Wednesday to rebuild homes destroyed in Yemen's southern Abyan province.",
			[]string{"QAT 0331 YEM future 2024-07-10"}},
		{"The European Union pledged 20 million euros on Monday to rebuild homes in Gaza.",
			[]string{"IGOEUREEC 0331 PSE future 2024-07-08"}},
		{"Kuwait pledged $500 million for reconstruction in Iraq on Tuesday.",
			[]string{"KWT 0331 IRQ future 2024-07-09"}},
		{"Japan pledged $50 million on Monday to rebuild roads and bridges in Haiti's southern peninsula.",
			[]string{"JPN 0331 HTI future 2024-07-08"}},
		{"Qatar's emir pledged $400 million on Monday for housing and roads in Gaza.",
			[]string{"QATGOV 0331 PSE future 2024-07-08"}},
		// near misses: the giver's own people; a region that is no state
		{"Canada pledged $20 million to help its farmers in the drought-hit prairies.",
			[]string{"CAN 0331 - future 2024-07-13"}},
		{"Britain pledged 50 million pounds on Monday to fight malaria in Africa.",
			[]string{"GBR 0331 - future 2024-07-08"}},
		// peacekeepers offered for a place: no recipient
		{"Indonesia is ready to send 20,000 troops to help keep the peace in Gaza.",
			[]string{"IDN 0334 - future 2024-07-13"}},
	}, true)
}
