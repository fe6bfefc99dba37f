package events_test

import "testing"

// "the country's" after a preposition's agent ("for Turkish officials") is
// that agent's state, not the state the story named before; with no
// state's agent in the sentence, the state named before stands.
var countryOwnerAgentCases = []familyCase{
	{"owner after for", "The US armed the Kurdish militia in 2015. The militia has worried Turkish officials for years, and last year the country's military invaded an enclave in northern Syria.",
		[]string{"TURMIL 190 SYR asserted"}},
	{"owner after for", "The US armed the Kurdish militia in 2015. The militia has been a concern for Turkish officials, whose crackdown grew last year, when the country's military invaded an enclave in northern Syria.",
		[]string{"TURMIL 190 SYR asserted"}},
	{"speaker subject", "The US armed the Kurdish militia in 2015. Turkish officials said last year the country's military invaded an enclave in northern Syria.",
		[]string{"TURMIL 190 SYR asserted"}},
	{"no agent before", "The US armed the Kurdish militia in 2015. The militia grew, and last year the country's military invaded an enclave in northern Syria.",
		[]string{"USAMIL 190 SYR asserted"}},
}

func TestCountryOwnerAgent63(t *testing.T) {
	checkFamiliesOn(t, "2019-01-08", "", countryOwnerAgentCases, true)
}
