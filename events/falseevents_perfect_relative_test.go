package events_test

import "testing"

// perfectRelativeCases: an act in the present perfect inside a
// restrictive relative clause, a state held "since" a time ("doctors who
// have blocked the ministry since last month") or a verb whose object is
// the antecedent ("expulsions that rights groups have condemned"),
// describes its antecedent; the main clause is coded
// (falseevents_perfect_relative.go restrictivePerfectRelative). A
// complement clause ("a report that Iran has seized a tanker"), a passive
// with its agent ("that has been shelled by"), a reported act ("said
// rebels have seized"), a subject relative with no "since" span and a
// verb with its object stay. The exact events each sentence gives.
var perfectRelativeCases = []familyCase{
	{"who-have-since", "Nurses in Nairobi went on strike on Tuesday, joining doctors who have blocked the health ministry since last month.", []string{"KENHLH 143 KENGOV asserted"}},
	{"that-have-gap", "Tunisia deported 200 migrants to Libya on Monday, the latest in a series of expulsions that rights groups have condemned.", []string{"TUN 174 - asserted"}},
	{"whom-have-gap", "Canada summoned China's ambassador on Monday over two Canadian citizens whom Chinese police have detained since December.", []string{"CAN 114 CHNGOV asserted"}},
	// near misses: a complement clause, a reported act, a passive with
	// its agent, a subject relative with no "since" span and a clause
	// whose verb has its object keep their acts
	{"complement", "Britain denied on Monday a report that Iran has seized a British tanker in the Gulf.", []string{"GBR 016 - asserted", "IRN 171 GBR denied"}},
	{"reported", "The army said on Monday that rebels have seized the town of Bunia.", []string{"CODREB 192 COD asserted"}},
	{"agent", "Ethiopia closed its border on Friday with a region that has been shelled by Eritrean forces.", []string{"ERIMIL 194 ETH asserted"}},
	{"no-since", "Britain scrapped the plan on Monday, angering lawmakers who have objected to it.", []string{"GBRLEG 111 - asserted"}},
	{"object", "Pyongyang fired two missiles on Monday, the second time this month that North Korea has tested its missiles.", []string{"PRK 150 - asserted", "PRK 150 - asserted"}},
}

// TestPerfectRelative codes each case of perfectRelativeCases as a
// one-sentence article published on 2024-03-14 and compares its events
// exactly.
func TestPerfectRelative(t *testing.T) {
	checkFamilies(t, "", perfectRelativeCases, false)
}
