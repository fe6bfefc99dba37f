package events_test

import (
	"testing"

	"github.com/dyad-events/dyad"
)

// TestConflictProvinces58 checks, on sentences written for this test,
// second-level units that conflict news names (overrides.txt, places.txt:
// the Philippines' Maguindanao and its two halves, Pakistan's North
// Waziristan): the place gives the unnamed gunmen, militants and police
// their state and is the event's location. Near miss: a province the
// gazetteer still lacks leaves the gunmen with no state.
func TestConflictProvinces58(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct {
		text, want, place, country string
	}{
		{"Gunmen killed three soldiers in Maguindanao on Monday.", "PHLUAF 190 PHLMIL asserted 2024-07-08", "Maguindanao", "PHL"},
		{"Militants attacked an army post in Maguindanao del Sur on Monday.", "PHLREB 190 PHLMIL asserted 2024-07-08", "Maguindanao del Sur", "PHL"},
		{"Police arrested two militants in North Waziristan on Monday.", "PAKCOP 173 PAKREB asserted 2024-07-08", "North Waziristan", "PAK"},
	} {
		evs := c.Code(&dyad.Article{ID: "t", Published: "2024-07-13", Body: []string{tt.text}})
		if len(evs) != 1 || eventLine(evs[0], true) != tt.want || evs[0].Location == nil || evs[0].Location.Name != tt.place || evs[0].Location.Country != tt.country {
			t.Errorf("%s\n got: %+v\nwant: %s at %s, %s", tt.text, evs, tt.want, tt.place, tt.country)
		}
	}
	checkSentences(t, c, []coverageCase{
		{"Gunmen killed three soldiers in Tipo-Tipo Province on Monday.", nil},
	}, true)
}
