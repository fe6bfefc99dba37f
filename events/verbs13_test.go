package events_test

import "testing"

// TestVerbs13EvenIf: "even if" with a present indicative verb and no
// modal in the main clause grants a fact ("although"): asserted. A past
// or modal verb in its clause, or a modal main clause, keeps the
// condition: hypothetical.
func TestVerbs13EvenIf(t *testing.T) {
	cases := []familyCase{
		{"concessive", "The EU remains strongly supportive of the nuclear deal with Iran, even if it criticises Tehran's missile programme.",
			[]string{"IGOEUREEC 111 IRN asserted"}},
		{"concessive", "Berlin still backs the accord, even if it condemns Iran's missile programme.",
			[]string{"DEU 111 IRN asserted"}},
		{"concessive", "Japan stays committed to the talks even if Tokyo accuses Pyongyang of bad faith.",
			[]string{"JPN 112 PRK asserted"}},
		{"past verb", "France would still back the accord even if it criticised Iran's missile programme.",
			[]string{"FRA 111 IRN hypothetical"}},
		{"modal main", "Germany will keep backing the accord even if it condemns Iran's missile programme.",
			[]string{"DEU 111 IRN hypothetical"}},
		{"were to", "The EU remains supportive of the deal even if it were to criticise Iran's missile programme.",
			[]string{"IGOEUREEC 111 IRN hypothetical"}},
		{"plain if", "The EU remains supportive of the deal if it criticises Iran's missile programme.",
			[]string{"IGOEUREEC 111 IRN hypothetical"}},
	}
	checkFamilies(t, "", cases, false)
}

// TestVerbs13EvenIfFronted: a sentence-initial "Even if" sets a condition
// on the clause after it, whatever its tense.
func TestVerbs13EvenIfFronted(t *testing.T) {
	cases := []familyCase{
		{"fronted", "Even if Washington criticises Beijing over the drills, China will press ahead.",
			[]string{"USA 111 CHN hypothetical"}},
		{"fronted", "Even if Moscow condemns the strike, Kyiv would not stop.",
			[]string{"RUS 111 - hypothetical"}},
	}
	checkFamilies(t, "", cases, false)
}
