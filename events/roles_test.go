package events_test

import (
	"testing"
)

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

// placeWhichAsideCases: "which" after a place named as where something
// happened means the thing, not the place's state (roles.go
// placeObject), and an aside counting part of a group named before is
// not the subject of the verb after it (roles.go pastPartAside); the
// exact events each sentence gives.
var placeWhichAsideCases = []familyCase{
	// "which" after a place named as where something happened means the
	// thing, not the place's state (roles.go placeObject)
	{"placewhich", "Officials condemned a bombing in Jerusalem which killed ten Israelis.", []string{"ISRGOV 111 - asserted"}},
	{"placewhich", "Officials condemned a car bomb in Kabul, Afghanistan, which killed twenty people.", []string{"AFGGOV 111 - asserted"}},
	{"placewhich", "Officials condemned Hamas, which killed ten Israelis.", []string{"PSEREB 180 ISRCVL asserted"}},

	// an aside counting part of a group named in the clause before is not
	// the subject of the verb after it (roles.go pastPartAside)
	{"partaside", "A manager of a Swiss firm that ran a tour on which 21 people died, 14 of them Australians, has denied responsibility.", nil},
	{"partaside", "The manager of a Swiss firm that ran a tour ending with 21 people dying, 14 of them Australians, has denied responsibility.", nil},
	{"partaside", "Thousands of migrants, most of them Syrians, have protested at the border.", []string{"SYRCVL 141 - asserted"}},
}

// TestPlaceWhichAndAsides codes each case as an article published on
// 2024-03-14, one paragraph per sentence, and compares its events
// exactly.
func TestPlaceWhichAndAsides(t *testing.T) { checkFamilies(t, "", placeWhichAsideCases, true) }

// accuserNextCases: after an accusation, "and" with a finite auxiliary
// or a second past verb is the accuser's own next act, not the accused's;
// "of having ... and having ..." stays the accused's. The exact events
// each sentence gives ("SOURCE CAMEO TARGET status").
var accuserNextCases = []familyCase{
	// "and" with a finite auxiliary: the accuser's own next act, not the accused's
	{"accuser-next", "India has accused Pakistani military intelligence of sponsoring the attack and has threatened retaliation.", []string{"IND 112 PAKSPY asserted", "IND 138 PAKSPY asserted"}},
	{"accuser-next", "India accused Pakistan of sponsoring the attack and threatened retaliation.", []string{"IND 112 PAK asserted", "IND 138 PAK asserted"}},
	{"accuser-next", "Kyiv accused Moscow of having shelled the plant and having killed two workers.", []string{"UKR 112 RUS asserted", "RUS 194 UKR alleged", "RUS 190 UKRLAB alleged"}},
}

// TestAccuserNextAct codes each case as a one-sentence article published
// on 2024-03-14 and compares its events exactly.
func TestAccuserNextAct(t *testing.T) { checkFamilies(t, "", accuserNextCases, false) }
