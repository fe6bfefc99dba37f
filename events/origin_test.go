package events_test

import "testing"

// originModifierCases: a nationality in a compound adjective of origin,
// style or period ("Chinese-made", "German-born", "Spanish colonial-era")
// names no actor, so a later bare "hospitals" takes no state from it
// (nonactors.go originModifier, actors.OriginModifier); a place named in
// the story still gives one. "the Jersey Shore" is New Jersey's coast,
// not the island of Jersey (actors guarded). The exact events each
// article gives.
var originModifierCases = []familyCase{
	{"era", "The fire destroyed a Spanish colonial-era church in the old town. Hospitals have urged the public to donate medicine.",
		nil},
	{"era", "Police say the fire began in an area famed for its Spanish colonial-era architecture. Hospitals have urged the public to donate medicine.",
		nil},
	{"made", "The fire destroyed a Chinese-made bus. Hospitals have urged the public to donate medicine.",
		nil},
	{"era, a place", "A fire destroyed a Spanish colonial-era church in Lima. Hospitals have urged the public to donate medicine.",
		[]string{"PERHLH 0233 - asserted"}},
	{"plain adjective", "Fire swept through Peruvian markets. Hospitals have urged the public to donate medicine.",
		[]string{"PERHLH 0233 - asserted"}},
	{"shore", "Police in the Jersey Shore town arrested two men.", nil},
	{"shore", "Jersey Shore police arrested two men.", nil},
	{"island", "Jersey police arrested two men.", []string{"JEYCOP 173 JEYCVL asserted"}},
}

// TestOriginModifiers codes each case of originModifierCases as an
// article published on 2024-03-14, one paragraph per sentence.
func TestOriginModifiers(t *testing.T) {
	checkFamilies(t, "", originModifierCases, true)
}
