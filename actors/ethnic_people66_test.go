package actors_test

import "testing"

// TestEthnicPeople66: a nationality adjective after "ethnic" with no head
// noun is a people (CVL with no country yet, "?"), and so is one before a
// neighbour; without "ethnic" the adjective keeps its state (notactor.go
// ethnicPeople).
func TestEthnicPeople66(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"1993-03-13", "Guerrillas killed 33 ethnic Vietnamese on Wednesday.", "Guerrillas=?REB | Vietnamese=?CVL"},
		{"1998-05-14", "Rioters attacked ethnic Chinese in Jakarta.", "Rioters=?CVL | Chinese=?CVL | Jakarta=IDN"},
		{"2006-06-03", "Police detained an ethnic Albanian neighbour.", "Police=?COP | Albanian neighbour=?CVL"},
		{"2006-06-03", "Police detained an Albanian neighbour.", "Police=?COP | Albanian neighbour=ALBCVL"},
		{"2006-06-03", "Police seized Chinese goods.", "Police=?COP | Chinese=~CHN"},
	}, showCode)
}
