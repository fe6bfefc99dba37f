package events_test

import "testing"

// TestListPlaceOwner: a state joined by "and" to a group that a place's
// name owns ("Russia and Abkhazia's separatist leaders") is a party of
// its own: the list holds both, where the state was lost before (only
// the place's group acted). Two states' possessive ("Britain and
// France's foreign ministers") still share the head noun.
func TestListPlaceOwner(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Russia and Abkhazia's separatist leaders signed a friendship treaty on Monday.",
			[]string{"RUS 057 GEOREB asserted", "GEOREB 057 RUS asserted"}},
		{"Turkey and Aleppo's rebel commanders signed a truce on Friday.",
			[]string{"TUR 0871 SYRREB asserted", "SYRREB 0871 TUR asserted"}},
		// two states' possessive: the head noun shared, as before
		{"Britain and France's foreign ministers signed a friendship treaty on Monday.",
			[]string{"GBRGOV 057 FRAGOV asserted", "FRAGOV 057 GBRGOV asserted"}},
	}, false)
}
