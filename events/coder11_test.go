package events_test

import "testing"

// coder11Cases exercise the fixes of a fresh user's report on the coder
// (coder11.go, refine.go artilleryFired, precision.go untilYear) with
// the team's own wire-style sentences: the exact events each must give
// ("SOURCE CAMEO TARGET status"; nil: none), with true events of the same
// shapes beside. Two sentences are two paragraphs (split).
var coder11Cases = []familyCase{
	// an unnamed force takes the state of earlier sentences only when its
	// own sentence names no other state nor a place in one; forces firing
	// on protesters are the place's own; "X-led coalition" forces are X's;
	// a Korea story's force "from the South" is KOR
	{"unnamed-force", "Israel criticised the Iranian regime. Troops opened fire on protesters in Khartoum, killing 5.", []string{"ISR 111 IRNGOV asserted", "SDNMIL 175 SDNCVL asserted"}},
	{"unnamed-force", "Sudan rejected the peace plan. Troops opened fire on protesters, killing 5.", []string{"SDN 127 - asserted", "SDNMIL 175 SDNCVL asserted"}},
	{"unnamed-force", "Talks between Russian and Chinese diplomats ended on Monday. Jets bombed a wedding in Yemen, killing 20 people.", []string{"RUSGOV 046 CHNGOV asserted", "CHNGOV 046 RUSGOV asserted"}},
	{"unnamed-force", "Ukraine said it shot down 30 Russian drones overnight. Coalition jets bombed a wedding in Yemen, killing 20 people.", []string{"UKR 190 RUSMIL asserted"}},
	{"unnamed-force", "Saudi-led coalition jets bombed a wedding in Yemen, killing 20 people.", []string{"SAUMIL 195 YEM asserted"}},
	{"unnamed-force", "North Korea fired a ballistic missile on Tuesday. Fighter jets from the South dropped eight bombs on a firing range.", []string{"PRK 150 - asserted", "KORMIL 195 - asserted"}},
	{"unnamed-force", "Israeli forces charged into Jenin on Monday. Tanks and helicopters fought the gunmen.", []string{"ISRMIL 190 ISRUAF asserted", "ISRUAF 190 ISRMIL asserted"}},
	{"unnamed-force", "Israeli troops raided a refugee camp on Monday. Tanks fired on gunmen in Jenin.", []string{"ISRMIL 190 PSEUAF asserted"}},
	// the states its own sentence names, never the state coreference gave
	// an unnamed speaker of it ("The ministry said" after an Israeli
	// sentence names no Israel): the army firing on protesters in
	// Khartoum is Sudan's, the air force over Yemen no one's known
	{"unnamed-force-speaker", "Israel criticised the Iranian regime. The ministry said the army opened fire on protesters in Khartoum, killing 5.", []string{"ISR 111 IRNGOV asserted", "SDNMIL 175 SDNCVL asserted"}},
	{"unnamed-force-speaker", "Israel criticised the Iranian regime. The ministry said the military opened fire on protesters in Khartoum.", []string{"ISR 111 IRNGOV asserted", "SDNMIL 175 SDNCVL asserted"}},
	{"unnamed-force-speaker", "Israel criticised the Iranian regime. Its ministry said the troops opened fire on protesters in Khartoum, killing 5.", []string{"ISR 111 IRNGOV asserted", "SDNMIL 175 SDNCVL asserted"}},
	{"unnamed-force-speaker", "Talks between Russian and Chinese diplomats ended on Monday. The ministry said the air force bombed a wedding in Yemen, killing 20 people.", []string{"RUSGOV 046 CHNGOV asserted", "CHNGOV 046 RUSGOV asserted"}},
	{"unnamed-force-speaker", "Sudan rejected the peace plan. The ministry said the army opened fire on protesters, killing 5.", []string{"SDN 127 - asserted", "SDNMIL 175 SDNCVL asserted"}},
	{"unnamed-force-speaker", "Israeli troops raided a refugee camp on Monday. The ministry said tanks fired on gunmen in Jenin.", []string{"ISRMIL 190 PSEUAF asserted"}},
	// artillery, shells and mortars fired are shelling (194), not a show of
	// force; fired into the sea they stay 150
	{"artillery-fire", "Pakistan fired artillery along the Line of Control in Bhimber Gali, the Indian army said.", []string{"PAK 194 - asserted"}},
	{"artillery-fire", "Pakistan fired mortar shells along the Line of Control on Friday, the Indian army said.", []string{"PAK 194 - asserted"}},
	{"artillery-fire", "North Korea fired artillery shells into the sea near the border island on Tuesday.", []string{"PRK 150 - asserted"}},
	{"artillery-fire", "North Korea fired a barrage of artillery shells near the maritime border on Friday.", []string{"PRK 150 - asserted"}},
	{"artillery-fire", "North Korea fired a ballistic missile on Tuesday.", []string{"PRK 150 - asserted"}},
	// a "when" clause after "until <past year>" tells history: no event
	{"until-when", "The group operated openly until 2013, when Pakistan banned the group.", nil},
	{"until-when", "The group operated openly until last week, when Pakistan banned the group.", []string{"PAK 172 - asserted"}},
	{"until-when", "The group operated openly until 2023, when Pakistan banned the group.", []string{"PAK 172 - asserted"}},
}

func TestCoder11Families(t *testing.T) { checkFamilies(t, "", coder11Cases, true) }
