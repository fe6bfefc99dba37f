package events_test

import "testing"

// TestMandativeSubjunctive codes sentences written by the dyad team in
// which a verb in the base form stands in a "that" clause after a verb or
// noun of recommending, proposing, suggesting or asking: the act is asked
// for, not done, and is not coded (events/mandative.go). The demand or
// appeal itself, where a pattern codes it, stays; so do a demand the coder
// makes from the asked-for verb ("insisted that … withdraw" 1056) and
// acts told in the past tense after "that". Published on 2024-07-13.
func TestMandativeSubjunctive(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Iran's security council may recommend that the armed forces retaliate against Israel.", nil},
		{"A parliamentary panel recommended on Tuesday that Britain suspend arms sales to Israel.", nil},
		{"The report recommended that Washington impose sanctions on Sudan's army.", nil},
		{"The envoy suggested that both armies pull back from the border.", nil},
		{"Venezuela's government dismissed a U.S. demand on Wednesday that President Nicolas Maduro step down.",
			[]string{"VENGOV 124 USA asserted 2024-07-10", "USA 1041 VENGOV asserted 2024-07-13"}},
		// the appeal stays; the demand made from the asked-for verb stays
		{"Washington asked that Israel allow more aid into Gaza.",
			[]string{"USA 0255 ISR asserted 2024-07-13"}},
		{"Israel's defence minister insisted on Tuesday that Hezbollah fighters withdraw north of the Litani River.",
			[]string{"ISRGOV 1056 LBNREB asserted 2024-07-09"}},
		{"Kenya demanded that Uganda release the opposition politician.",
			[]string{"KEN 1053 UGA asserted 2024-07-13"}},
		// "suggest" after an evidence noun is "indicate": the act is told
		{"Intelligence reports suggest that Iran and Russia cooperate closely on drones.",
			[]string{"IRN 060 RUS asserted 2024-07-13", "RUS 060 IRN asserted 2024-07-13"}},
		{"Satellite images suggest that Russian forces attack Ukrainian positions every night.",
			[]string{"RUSMIL 190 UKRMIL asserted 2024-07-13"}},
		{"UN figures suggest that Israeli strikes kill dozens of civilians in Gaza every day.",
			[]string{"ISR 190 PSECVL asserted 2024-07-13"}},
		{"Recent arrests suggest that Turkish police detain journalists routinely.",
			[]string{"TURCOP 173 TURMED asserted 2024-07-13"}},
		// a past tense after "that" is an act told
		{"Russia said that Ukraine shelled Belgorod on Tuesday.",
			[]string{"UKR 194 RUS asserted 2024-07-09"}},
	}, true)
}
