package actors_test

import "testing"

// TestFaithCollective checks, on sentences written for this test, that
// "Muslim" before the agent noun of insurgents or armed men is their
// faith, and the noun keeps its role, as after "Christian"; before other
// agent nouns (ministers, governments, families) it stays no actor. Every
// mention as text=CODE; the faith's word stays out of the mention, and
// the events take the state from the sentence (events/faith_people_test.go).
func TestFaithCollective(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2010-01-05", "Filipino Muslim rebels attacked an army post.", "Filipino=~PHL | rebels=?REB | army=?MIL"},
		{"2010-01-05", "Suspected Muslim militants killed 31 villagers.", "militants=?REB | villagers=?CVL"},
		{"2010-01-05", "Muslim separatists bombed a market.", "separatists=?REB"},
		{"2010-01-05", "A Muslim jihadist stabbed a tourist.", "jihadist=?REB | tourist=?CVL"},
		// the agent's first word decides: rebels' leaders
		{"2010-01-05", "Muslim rebel leaders met the envoy.", "rebel leaders=?REB | the envoy=?GOV"},
		// not fired: the governments of Muslim states, and victims
		{"2010-01-05", "Muslim foreign ministers condemned the attack.", ""},
		{"2010-01-05", "Muslim governments condemned the attack.", ""},
		{"2010-01-05", "Gunmen forced Muslim families out of villages.", "Gunmen=?UAF"},
	}, showCode)
}
