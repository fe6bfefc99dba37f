package events_test

import "testing"

// TestHostedGuestsTalkNouns: guests hosted "for" any word of [talk words]
// ("consultations", "negotiations", "dialogue") talk with each other (046
// each way), as guests hosted "for talks" do; "for a state banquet" gives
// the hosting alone.
func TestHostedGuestsTalkNouns(t *testing.T) {
	hosted := []string{"EGY 043 SDNGOV", "SDNGOV 042 EGY", "EGY 043 TCDGOV", "TCDGOV 042 EGY"}
	talks := append(hosted[:4:4], "SDNGOV 046 TCDGOV", "TCDGOV 046 SDNGOV")
	checkDyads(t, newCoder(t), "2024-06-12", []dyadCase{
		{"Egypt hosted the foreign ministers of Sudan and Chad in Cairo on Tuesday for consultations.", talks},
		{"Egypt hosted the foreign ministers of Sudan and Chad in Cairo on Tuesday for border negotiations.", talks},
		{"Egypt hosted the foreign ministers of Sudan and Chad in Cairo on Tuesday for a new round of dialogue.", talks},
		{"Egypt hosted the foreign ministers of Sudan and Chad in Cairo on Tuesday for a state banquet.", hosted},
	})
}
