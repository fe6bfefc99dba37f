package actors_test

import "testing"

// TestTitleCaseAcronyms checks, on sentences written for this test, that
// an all-capitals name of three or more letters also matches in title
// case, as the Guardian and the BBC write acronyms (acronyms.go), inside
// a longer phrase too, and that a title-case form on the [plain acronyms]
// list (an ordinary word, a name, a place) or of two letters names no
// body.
func TestTitleCaseAcronyms(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-05-02", "Farc dissidents ambushed an army patrol in Cauca.", "Farc dissidents=COLREB | army=?MIL"},
		{"2024-05-02", "Unicef warned of famine in Darfur.", "Unicef=IGOUNOCEF"},
		{"2024-05-02", "Opec agreed to trim output.", "Opec=IGOOPC"},
		{"2024-05-02", "Inspectors from the Opcw reached Douma.", "Inspectors from the Opcw=IGOOPW"},
		{"2024-05-02", "The Eln freed two hostages.", "The Eln=COLREB | hostages=?CVL"},
		{"2024-05-02", "Unrwa and Unhcr appealed for funds.", "Unrwa=IGOUNORWA | Unhcr=IGOUNOHCR"},
		{"2024-05-02", "The Iaea sent inspectors.", "The Iaea=IGOUNOIAE | inspectors=?GOV"},
		// the capitals still match
		{"2024-05-02", "UNICEF warned of famine.", "UNICEF=IGOUNOCEF"},
		// plain words, names and places keep their own sense
		{"2024-05-02", "Who warned of famine?", ""},
		{"2024-05-02", "Care workers went on strike.", "workers=?LAB"},
		{"2024-05-02", "The rand fell against the dollar.", ""},
	}, showCode)
}
