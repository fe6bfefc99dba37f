package events_test

import "testing"

// TestOrganisationsSuspended codes a state, its government, legislature
// or courts suspending an organisation as an administrative sanction
// (172), a news outlet as a restriction of political freedoms (1721),
// and a state suspending its own officials as a sanction of them (172).
// Other things suspended, a suspension by a non-state actor, and an
// organisation of states suspending a member are not this family.
func TestOrganisationsSuspended(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenya's government suspended 15 non-governmental organisations on Monday.", []string{"KENGOV 172 KENNGO asserted"}},
		{"Egypt's government suspended Human Rights Watch on Monday.", []string{"EGYGOV 172 NGOHRIHRW asserted"}},
		{"Burkina Faso suspended the BBC and Voice of America for two weeks on Thursday.", []string{"BFA 1721 GBRMED asserted", "BFA 1721 USAMED asserted"}},
		{"Niger's military rulers suspended the BBC for three months.", []string{"NERGOV 1721 GBRMED asserted"}},
		{"Zimbabwe's president suspended two senior judges on Friday.", []string{"ZWEGOV 172 ZWEJUD asserted"}},
		// other senses, other actors
		{"The African Union suspended Mali on Tuesday.", []string{"IGOAFRAFU 160 MLI asserted"}},
		{"Amnesty International suspended its work in Hong Kong on Monday.", nil},
		{"The BBC suspended two presenters on Thursday.", nil},
		{"Ministers have suspended a scheme to shrink the BBC's workforce by a fifth.", nil},
		{"Kenya suspended the talks with the BBC on Thursday.", []string{"KEN 164 GBRMED asserted"}}, // (its own pattern)
	}, false)
}
