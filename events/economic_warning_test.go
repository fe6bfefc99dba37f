package events_test

import "testing"

// TestEconomicWarning checks, on sentences written for this test, that a
// warning with no target whose content is the state of an economy (a
// deficit, debt, inflation) is a word on the economy and no event, as a
// central bank's is, while a warning naming an actor, a warning to
// someone and an optimistic comment still code.
func TestEconomicWarning(t *testing.T) {
	c := newCoder(t)
	tests := []datedCase{
		// a word on the economy: nothing
		{"2019-05-20", "The German finance minister warned on Monday that inflation would stay high through the winter.", nil},
		{"2019-05-20", "Treasury Secretary Steven Mnuchin warned that the budget deficit would widen next year.", nil},
		{"2019-05-20", "The Japanese finance minister warned it was not sustainable to keep piling up public debt.", nil},
		// (was IGOUNOIMF 012 in TestExpletiveWarning; judged realnews has the
		// same words of Volcker's as no event)
		{"2024-07-13", "The IMF warned it is not sustainable to pile up foreign debt.", nil},
		// near misses: an actor in the content, a warning to a country
		{"2019-05-20", "The German finance minister warned that Russia would cut gas supplies to Europe.", []string{"DEUGOV 012 RUS asserted", "RUS 1312 - future"}},
		{"2019-05-20", "Treasury Secretary Steven Mnuchin warned China that its economy would suffer from new tariffs.", []string{"USAGOV 130 CHN asserted"}},
		// hope is no warning
		{"2019-05-20", "The Philippine finance minister said he was optimistic that a deal on debt relief would be reached with creditors.", []string{"PHLGOV 013 - asserted"}},
	}
	checkPublished(t, c, tests)
}
