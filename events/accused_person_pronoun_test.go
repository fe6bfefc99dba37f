package events_test

import "testing"

// TestAccusedPersonPronoun: "him" or "her" in a participle clause after
// the main clause is the person named there, never a state or capital
// named nearer ("out of La Paz"; roles_object.go objectPronoun).
func TestAccusedPersonPronoun(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Bolivia ordered a Chilean diplomat out of La Paz on Monday, accusing him of spying.", []string{"BOL 161 CHLGOV asserted", "BOL 112 CHLGOV asserted"}},
		{"Rwanda barred a Belgian envoy from entering Kigali on Friday, accusing her of bias.", []string{"RWA 112 BELGOV asserted"}},
	}, false)
}
