package events_test

import "testing"

// untilPresentCases: an act in an "until" clause told in the present after
// a past main clause ("vowed … to keep marching until the prime minister
// steps down") is an end point still ahead, not an act done
// (falseevents_until.go untilCondition); the main clause is coded. An
// "until" clause in the past after an affirmative past ("held him until
// the army freed him") stays. The exact events each sentence gives.
var untilPresentCases = []familyCase{
	{"until-present", "Thai protesters vowed on Sunday to keep marching until Prime Minister Yingluck Shinawatra steps down.", []string{"THACVL 133 THA asserted"}},
	{"until-present", "Students in Dhaka promised on Tuesday to occupy the campus until Prime Minister Sheikh Hasina resigns.", []string{"BGDEDU 133 - asserted"}},
	{"until-present", "Indonesian students vowed on Tuesday to stay in the parliament building until President Suharto resigns.", nil},
	{"until-present", "Malian rebels vowed on Friday to keep fighting until the army withdraws from Kidal.", nil},
	// near miss: the end point happened
	{"until-present", "Israeli troops held the Palestinian in custody until the army freed him on Friday.", []string{"ISRMIL 0841 - asserted"}},
}

// TestUntilPresent codes each case of untilPresentCases as a one-sentence
// article published on 2024-03-14 and compares its events exactly.
func TestUntilPresent(t *testing.T) {
	checkFamilies(t, "", untilPresentCases, false)
}
