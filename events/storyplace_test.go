package events_test

import "testing"

// TestStoryCountryOfPeople: people the sentence places in a city take its
// country only when its name is one place's, or the namesake is in a
// country the story names (coref_places.go storyCountry); the people a
// news outlet's footage shows are not the outlet's country (coref.go).
func TestStoryCountryOfPeople(t *testing.T) {
	c := newCoder(t)
	checkPublished(t, c, []datedCase{
		// Westminster: the gazetteer's are American; a UK story's are its own
		{"2024-07-13", "Prime Minister Keir Starmer met families of the victims on Monday. He made the apology to members of the two families in his office at Westminster.",
			[]string{"GBRGOV 040 GBRCVL asserted", "GBRCVL 040 GBRGOV asserted", "GBRGOV 055 GBRCVL asserted"}},
		{"2024-07-13", "Keir Starmer met the families in Britain. He apologised to relatives of the victims at Westminster on Monday.",
			[]string{"GBRGOV 040 GBRCVL asserted", "GBRCVL 040 GBRGOV asserted", "GBRGOV 055 GBRCVL asserted"}},
		// Birmingham: the namesake of the story's country
		{"2024-07-13", "US police arrested two men in Denver on Monday. Police beat students at a rally in Birmingham on Tuesday.",
			[]string{"USACOP 173 USACVL asserted", "USACOP 175 USAEDU asserted"}},
		{"2024-07-13", "British police arrested two men in London on Monday. Police beat students at a rally in Birmingham on Tuesday.",
			[]string{"GBRCOP 173 GBRCVL asserted", "GBRCOP 175 GBREDU asserted"}},
		// the outlet's footage: the story's people, or nobody's
		{"2024-07-13", "Footage aired by Al Jazeera showed Taliban fighters whipping students in a village.",
			[]string{"AFGGOV 182 AFGEDU asserted"}},
		{"2024-07-13", "Islamic State fighters seized a town in Syria on Monday. A video obtained by CNN shows the fighters beating dozens of civilians.",
			[]string{"IMGMOSISL 192 SYR asserted", "IMGMOSISL 182 SYRCVL asserted"}},
		// near misses: a city of one name keeps its country in any story;
		// an outlet's own dealings with its country's police
		{"2024-07-13", "Russian troops shelled Ukraine on Monday. Police beat students at a protest in Lyon on Tuesday.",
			[]string{"RUSMIL 194 UKR asserted", "FRACOP 175 FRAEDU asserted"}},
		{"2024-07-13", "The BBC refused to hand over its footage to the police.",
			[]string{"GBRMED 121 GBRCOP asserted"}},
	})
}
