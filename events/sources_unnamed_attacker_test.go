package events_test

import "testing"

// TestUnnamedAttackers: an indefinite man, woman or group of men opening
// a clause whose verb is an attack is an unidentified attacker (UAF) of the
// place or the victim, as "a gunman" is (sources_unnamed_attacker.go);
// a named people, a passive, another's clause or a verb anyone may do
// leaves the sentence as it was.
func TestUnnamedAttackers(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"A man on a scooter threw a hand grenade into a cafe in Bujumbura on Friday, wounding four customers.",
			[]string{"BDIUAF 183 BDICVL asserted"}},
		{"A man linked to a jihadist cell stabbed a police officer outside a station in Brussels on Sunday.",
			[]string{"BELUAF 182 BELCOP asserted"}},
		{"Two men on a motorcycle shot dead a radio journalist in Karachi on Thursday.",
			[]string{"PAKUAF 180 PAKMED asserted"}},
		{"On Monday, three masked men abducted two traders near Maiduguri.",
			[]string{"NGAUAF 181 NGABUS asserted"}},
		// near misses: a nationality, a passive, a clause reported by
		// another, a verb that is no attack
		{"A Belgian man stabbed a police officer outside a station in Brussels on Sunday.",
			[]string{"BELCVL 182 BELCOP asserted"}},
		{"A man was stabbed to death outside a station in Brussels on Sunday.", nil},
		{"A man drove a van along a street in Brussels on Sunday.", nil},
	}, false)
}
