package events_test

import "testing"

// TestClaimOwnPlaceAndDate gives the accusation of "X claimed Y did Z in
// PLACE in MONTH" and the denial of "X denied that Y did Z in PLACE" their
// own place and date: the place and date phrases after the told act are
// the act's (README, location: "the accusation nowhere"; gold README
// "Conventions fixed here": an accusation without a date of its own takes
// the publication date). A place or day the speech act's own clause names
// before the told act stays its own. Published Wednesday 2024-07-10.
func TestClaimOwnPlaceAndDate(t *testing.T) {
	checkPlaced(t, []struct{ text, want string }{
		{"The UK has claimed Assad's forces used chemical weapons in Douma in April.",
			"SYRMIL 2041 SYRCVL alleged @ Douma SYR 2024-04; GBR 112 SYRMIL asserted @ - 2024-07-10"},
		{"Russia denied that its forces used chemical weapons in Douma in April.",
			"RUS 016 - asserted @ - 2024-07-10; RUSMIL 2041 SYR denied @ Douma SYR 2024-04"},
		{"Britain claimed on Monday that Syrian forces used chemical weapons in Douma in April.",
			"SYRMIL 2041 SYRCVL alleged @ Douma SYR 2024-04; GBR 112 SYRMIL asserted @ - 2024-07-08"},
		// near misses: the denial's own place; the claimer's own act
		{"Russia denied in Geneva that its forces used chemical weapons in Douma.",
			"RUS 016 - asserted @ Geneva CHE 2024-07-10; RUSMIL 2041 SYR denied @ Douma SYR 2024-07-10"},
		{"Hamas claimed its fighters fired rockets at Israeli troops in Rafah.",
			"PSEREB 194 ISRMIL asserted @ Rafah PSE 2024-07-10"},
	})
}
