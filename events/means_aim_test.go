package events_test

import "testing"

// aimMeansCases: a "by"-gerund that tells how an unrealised infinitive's
// act would be done is part of the aim, no deed (means_aim.go); under a
// finite verb, a realising verb or an attempt the means is coded.
var aimMeansCases = []familyCase{
	{"purpose", "In short, Tehran came to stay in Lebanon and to defy Washington by threatening Israel.", nil},
	{"wish", "Moscow wants to punish Kyiv by cutting gas supplies to Ukraine.", nil},
	{"plan", "Iran plans to punish Saudi Arabia by expelling its diplomats.", nil},
	{"hope", "Ankara hopes to deter Damascus by massing troops on the border.", nil},
	// near misses: the means of a finite verb, of a realised infinitive,
	// of an attempt
	{"finite", "Russia responded on Monday by threatening Ukraine with sanctions.", []string{"RUS 1312 UKR asserted"}},
	{"finite", "Poland hit back on Tuesday by expelling 45 Russian diplomats.", []string{"POL 161 RUSGOV asserted"}},
	{"realised", "Russia moved on Tuesday to punish Ukraine by cutting gas supplies.", []string{"RUS 163 - asserted"}},
	{"attempt", "Hezbollah tried to provoke Israel by firing rockets at Haifa.", []string{"LBNREB 194 ISR asserted"}},
}

// TestAimMeans codes each case as a one-sentence article and compares its
// events exactly.
func TestAimMeans(t *testing.T) { checkFamilies(t, "", aimMeansCases, false) }

// coordinatedAgentCases: a passive's agent that is a list of demonyms
// owning one weapon or act ("by Russian and Syrian bombs") gives one
// event per owner (roles.go modifierPair); one demonym gives one.
var coordinatedAgentCases = []familyCase{
	{"pair", "In Homs, at least 80 people were killed this week by Russian and Syrian bombs.", []string{"RUS 190 SYR asserted", "SYR 190 SYRCVL asserted"}},
	{"pair", "Two hospitals were hit by Israeli and Egyptian shells near Rafah on Sunday.", []string{"ISR 194 PSEHLH asserted", "EGY 194 PSEHLH asserted"}},
	{"list", "A convoy was hit by American, British and French missiles near Raqqa on Sunday.", []string{"USAMIL 195 SYR asserted", "GBRMIL 195 SYR asserted", "FRAMIL 195 SYR asserted"}},
	{"one", "In Homs, at least 80 people were killed this week by Russian bombs.", []string{"RUS 190 SYR asserted"}},
}

// TestCoordinatedModifierAgents codes each case as a one-sentence article
// and compares its events exactly.
func TestCoordinatedModifierAgents(t *testing.T) {
	checkFamilies(t, "", coordinatedAgentCases, false)
}
