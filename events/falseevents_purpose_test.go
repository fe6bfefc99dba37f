package events_test

import "testing"

// purposeCases: aims, pretexts, graded participles and the stabbing
// idiom tell no act (falseevents_purpose.go); the near misses, the act
// told, are coded as before. The exact events each one-sentence article
// gives, published 2024-03-14.
var purposeCases = []familyCase{
	// a purpose: the act to be stopped, or what arms are for
	{"aim", "Britain imposed sanctions on Sudan to get the Sudanese government to stop killing its own people.", []string{"GBR 163 SDN asserted"}},
	{"aim", "Sudanese troops killed civilians in Darfur.", []string{"SDNMIL 190 SDNCVL asserted"}},
	{"equip", "Nato is arming the security forces of Turkey to fly its planes and shoot at refugees.", []string{"IGOWSTNAT 072 TURCOP asserted"}},
	{"equip", "Turkish security forces shot at refugees.", []string{"TURCOP 193 TURREF asserted"}},
	// a pretext named
	{"pretext", "Israel was using suicide attacks as a pretext for waging war on Palestinians.", nil},
	{"pretext", "Hamas militants carried out suicide attacks in Jerusalem.", []string{"PSEREB 1831 ISRCVL asserted"}},
	// an idiom of betrayal
	{"betrayal", "Washington stabbed Ankara in the back.", nil},
	{"betrayal", "A gunman stabbed a British tourist in the back.", []string{"GBRUAF 182 GBRCVL asserted"}},
}

// TestPurposeActs codes each case as a one-sentence article.
func TestPurposeActs(t *testing.T) { checkFamilies(t, "", purposeCases, false) }
