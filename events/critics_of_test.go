// Tests of "critics of" a ruler or a government (opponents_of.go,
// [critic nouns]), on wordings written for the test.
package events_test

import "testing"

// TestCriticsOfRuler: "critics of" a head of state or a government are
// that state's people (CVL), as the target of an arrest and as the
// subject of a protest, not the ruler; "opponents of" stay the opposition.
func TestCriticsOfRuler(t *testing.T) {
	checkDated(t, newCoder(t), "2024-07-02", []coverageCase{
		{"Kenyan police arrested 15 critics of President William Ruto in Nairobi on Monday.", []string{"KENCOP 173 KENCVL asserted"}},
		{"Ugandan police detained critics of the government in Kampala on Saturday.", []string{"UGACOP 173 UGACVL asserted"}},
		{"Critics of President William Ruto protested in Nairobi on Monday.", []string{"KENCVL 141 - asserted"}},
		{"Kenyan police detained opponents of President William Ruto in Nairobi on Monday.", []string{"KENCOP 173 KENOPP asserted"}},
	})
}
