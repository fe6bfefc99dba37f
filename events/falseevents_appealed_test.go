package events_test

import "testing"

// TestAppealedPledge checks that the pledge an appeal asks its addressee
// to make ("I call upon President Biden to signal that he will veto") is
// no threat of the addressee's (was USAGOV 130 future), while the
// addressee's own pledge stays.
func TestAppealedPledge(t *testing.T) {
	checkFamiliesOn(t, "2024-05-01", "", []familyCase{
		{"call upon, first person", "\"I call upon President Biden to signal immediately that he will veto any tax increase,\" Smith said.", nil},
		{"urge to make clear", "\"I urge President Biden to make clear that he will veto the bill,\" Smith said.", nil},
		{"near miss: the pledge itself", "President Biden said he will veto any tax increase.",
			[]string{"USAGOV 130 - future"}},
		{"near miss: a participle after the appeal", "Smith urged Biden to act, saying that Russia will attack Kyiv.",
			[]string{"RUS 138 UKR future"}},
	}, false)
}

// TestForecastVeto checks that a veto a forecast premodifies ("override a
// certain Biden veto", "a likely veto") is no veto (was USAGOV 129
// asserted), while a veto cast is.
func TestForecastVeto(t *testing.T) {
	checkFamiliesOn(t, "2024-05-01", "", []familyCase{
		{"a certain veto", "Democrats conceded that they can not muster a two-thirds majority to override a certain Biden veto.", nil},
		{"a likely veto", "The bill faces a likely Biden veto.", nil},
		{"near miss: the veto cast", "President Biden vetoed the defence bill on Monday.",
			[]string{"USAGOV 129 USALEG asserted"}},
	}, false)
}
