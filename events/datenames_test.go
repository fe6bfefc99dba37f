package events_test

import "testing"

// TestWeekdayBeforeTarget: a weekday between the verb and a one-word
// country ("condemned on Tuesday Israel's decision") or after it
// ("accused Israel Tuesday of …") leaves the country an actor, never a
// surname; near misses: a first name before or after the country is a
// person no dictionary knows, and no event is coded.
func TestWeekdayBeforeTarget(t *testing.T) {
	checkDated(t, newCoder(t), "2024-07-13", []coverageCase{
		{"Biden condemned on Tuesday Israel's decision to build homes in East Jerusalem.", []string{"USAGOV 111 ISR asserted"}},
		{"Turkey's President Erdogan said on Wednesday Turkey would not approve Sweden's NATO bid.", []string{"TUR 120 SWE asserted"}},
		{"Iran's foreign ministry said Tuesday Israel had attacked its embassy in Damascus.", []string{"ISR 190 IRN asserted"}},
		{"Russia accused Israel Tuesday of violating Syrian airspace.", []string{"RUS 112 ISR asserted", "ISR 150 SYR alleged"}},
		{"On Tuesday Israel struck a school in Gaza.", []string{"ISR 190 PSE asserted"}},
		// near misses
		{"Michael Jordan criticised the team on Monday.", nil},
		{"Kenya Moore condemned the ruling on Tuesday.", nil},
	})
}

// TestTitleAbbreviationNames: "Mr." before a name is the title "Mr"
// (one token), so the names after it are matched as after "Mr".
func TestTitleAbbreviationNames(t *testing.T) {
	checkDated(t, newCoder(t), "2024-07-13", []coverageCase{
		{"Mr. Netanyahu met Mr. Biden in Washington on Monday.", []string{"ISRGOV 040 USAGOV asserted", "USAGOV 040 ISRGOV asserted"}},
		{"Mr Netanyahu met Mr Biden in Washington on Monday.", []string{"ISRGOV 040 USAGOV asserted", "USAGOV 040 ISRGOV asserted"}},
		{"Mr. Netanyahu rejected the proposal.", []string{"ISRGOV 127 - asserted"}},
		// near miss: an unknown name after the title is no actor
		{"Police said Mr. Paddock had shot dozens of concertgoers from his hotel room.", nil},
	})
}
