package events_test

import "testing"

// TestLeadPlacedPolice: bare "police" after a sentence's opening place
// phrase ("In Wiltshire, police …") are that place's, not those of a state
// the story named before (coref_agents_story.go leadPlacedPolice); an
// English county is a place of the United Kingdom (gazetteer overrides).
func TestLeadPlacedPolice(t *testing.T) {
	us := "U.S. President Joe Biden spoke about farm subsidies on Monday."
	checkLastParagraph(t, newCoder(t), []articleCase{
		{[]string{us, "In Wiltshire, police arrested two protesters on Thursday after they blocked a road."},
			[]string{"GBRCOP 173 GBRCVL asserted 2024-07-11"}},
		{[]string{us, "In Bavaria, police detained two activists on Thursday after they blocked a road."},
			[]string{"DEUCOP 173 DEUCVL asserted 2024-07-11"}},
		// near miss: no opening place, the story's state stays
		{[]string{us, "Police arrested two protesters on Thursday after they blocked a road."},
			[]string{"USACOP 173 USACVL asserted 2024-07-11"}},
	})
}
