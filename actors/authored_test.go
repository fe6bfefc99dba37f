package actors_test

import "testing"

// TestAuthoredActModifier checks, on sentences written for this test,
// that a bare state body's noun right before an [authored acts] noun
// (a bill, an order, calls) stays a mention, the body that put it, while
// before other nouns it names no actor.
func TestAuthoredActModifier(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-05-02", "Chile's senate threw out a government bill.", "Chile's senate=CHLLEG | government=~?GOV"},
		{"2024-05-02", "The miners defied a court order.", "The miners=?LAB | court=~?JUD"},
		{"2024-05-02", "The party spurned opposition demands for a recount.", "The party=?PTY | opposition=~?OPP"},
		// other nouns, or a noun after the act's: no actor
		{"2024-05-02", "The firm won a government contract.", "The firm=?BUS"},
		{"2024-05-02", "Chile's senate threw out a government bill proposal.", "Chile's senate=CHLLEG"},
	}, showCode)
}
