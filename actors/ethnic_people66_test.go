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

// TestFledPeople66: a plural demonym followed by "fleeing" or "who (had)
// fled" is refugees (REF); one followed by another verb keeps CVL
// (notactor.go fledAfter).
func TestFledPeople66(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2009-12-10", "The Red Cross gave tents to thousands of Yemenis who fled the fighting.", "The Red Cross=NGOHLHIRC | Yemenis=YEMREF"},
		{"2014-01-08", "Aid reached Syrians fleeing the war.", "Syrians=SYRREF"},
		{"2014-01-08", "Aid reached thousands of Syrians who had fled Aleppo.", "Syrians=SYRREF"},
		// near miss: another verb in the relative clause
		{"2014-01-08", "Thousands of Syrians who live in Lebanon rallied.", "Syrians=SYRCVL | Lebanon=LBN"},
	}, showCode)
}
