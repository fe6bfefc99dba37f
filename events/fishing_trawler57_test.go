package events_test

import "testing"

// TestFishingTrawlerBusiness: "fishing trawler(s)" is a fishing boat as
// "trawler(s)" alone is ([fishing craft], [lone fishing craft]): the
// nationality before it names its owners' business (BUS), not the state,
// when the boat is fired on; one seized is the state's (gold README item 65).
func TestFishingTrawlerBusiness(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Japan's coast guard seized a Taiwanese fishing trawler near Yonaguni on Friday.", []string{"JPNMIL 171 TWN asserted"}},
		{"The Argentine navy fired on two Spanish fishing trawlers on Friday.", []string{"ARGMIL 190 ESPBUS asserted"}},
		{"Japan's coast guard seized a Taiwanese trawler near Yonaguni on Friday.", []string{"JPNMIL 171 TWN asserted"}},
		{"The Argentine navy fired on a Spanish trawler on Friday.", []string{"ARGMIL 190 ESPBUS asserted"}},
	}, false)
}
