package events_test

import "testing"

// TestUnaimedActs codes acts done to someone whose someone the sentence
// does not name as an actor: an accusation of a private person or of a
// thing, aid with no recipient read, an asserted attack with no one
// attacked read, and a seizure, ban or destruction of what no one named
// owns give no event; the same acts with their target, an attack on or
// seizure of a ship with no flag named, an attack alleged or supposed,
// and acts that need no one (a riot, a naval mission) stay.
func TestUnaimedActs(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// an accusation of someone no dictionary names
		{"The Kremlin accused the blogger of spreading false information about the army.", nil},
		{"Turkey's president accused a former ally of plotting a coup.", nil},
		// aid whose recipient went unread
		{"The United States delivered the first 20 of 66 F-16 jets ordered by Taiwan on Friday.", nil},
		{"Sudan's army sent weapons and fuel on Tuesday, a military source said.", nil},
		// blame laid on things
		{"A landslide killed 30 people in Sichuan, and local officials blamed heavy rain.", nil},
		// near misses: the target named
		{"Venezuela's foreign minister blamed a local businessman for the blackout.",
			[]string{"VENGOV 112 VENBUS asserted"}},
		{"Japan shipped 500 tonnes of rice on Monday to help families hit by the floods.",
			[]string{"JPN 073 JPNCVL asserted"}},
		{"Russian troops shelled the Ukrainian city of Kharkiv on Monday.",
			[]string{"RUSMIL 194 UKR asserted"}},
		// an attack on what no dictionary names: a building, a village,
		// a position, a foe's unread name
		{"Belgorod was shelled by Russian forces on Monday.", nil},
		{"On Saturday, Islamic State fighters fired a guided missile at a Kurdish position.", nil},
		{"Government troops stormed a rebel-held village in the north on Sunday.", nil},
		{"Chadian jets bombed a fuel depot near the border overnight.", nil},
		{"Gunmen opened fire on a crowded market on Friday, police said.", nil},
		{"The militia launched a new offensive in the east on Thursday.", nil},
		// near misses: the side attacked named, or the place's state
		{"Chadian jets bombed rebel positions near the border overnight.",
			[]string{"TCDMIL 195 TCDREB asserted"}},
		{"The militia launched a new offensive against Congolese troops on Thursday.",
			[]string{"CODUAF 190 CODMIL asserted"}},
		// a ship with no flag named: the gold sets code no target
		{"Houthi rebels fired an anti-ship missile at a container ship in the Gulf of Aden on Monday.",
			[]string{"YEMREB 195 - asserted"}},
		{"Houthi fighters attacked a bulk carrier with drones off Hodeidah on Friday.",
			[]string{"YEMREB 195 - asserted"}},
		// a ship named in another clause (after "where", "which", a
		// comma) is not what the attack hit
		{"Russian drones hit a port where grain ships were loading.", nil},
		{"Russian missiles struck a depot, which supplied ships in the Black Sea.", nil},
		{"Ukrainian drones struck a shipyard where two warships were under repair.", nil},
		// a seizure, a ban, a destruction or a hack of what no one named
		// owns, and a ship seized with no flag named
		{"Rebels seized two gold mines in the east on Sunday.", nil},
		{"Tajikistan banned the movement on Friday, calling it extremist.", nil},
		{"Soldiers bulldozed a row of shops in the old city on Tuesday.", nil},
		{"Iran's navy seized a foreign tanker in the Gulf on Thursday.",
			[]string{"IRNMIL 171 - asserted"}},
		{"Ghana's navy seized a trawler fishing illegally off Takoradi on Monday.",
			[]string{"GHAMIL 171 - asserted"}},
		{"Kyrgyzstan banned the opposition party on Friday.",
			[]string{"KGZ 1722 KGZOPP asserted"}},
		// an alleged or supposed fight keeps no target
		{"Washington accused Tehran of attacking three cargo ships in the Arabian Sea.",
			[]string{"USA 112 IRN asserted", "IRN 190 - alleged"}},
		{"Israel's defence minister warned Hezbollah on Monday that Israel would strike Beirut if the group escalated its attacks.",
			[]string{"ISRGOV 138 LBNREB asserted", "LBNREB 190 - hypothetical"}},
		// acts that need no one
		{"Protesters set fire to tyres in Nairobi on Tuesday.", []string{"KENCVL 145 - asserted"}},
		{"The European Union launched a naval mission on Monday to protect shipping in the Red Sea.",
			[]string{"IGOEUREEC 074 - asserted"}},
	}, false)
}

// TestCoupTargets codes a seizure of power with no one named as its
// target (unaimed.go coupTarget): a coup is aimed at the state's
// government, as CODING.md and the open gold give it ("Madagascar's army
// took power" MDGMIL 170 MDGGOV), not dropped as an unaimed seizure; a
// seizure of something else no one named owns stays no event.
func TestCoupTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Army officers in Gabon seized power on Wednesday.",
			[]string{"GABMIL 170 GABGOV asserted"}},
		{"Mutinous soldiers seized power in Mali, state television said.",
			[]string{"MLIMIL 170 MLIGOV asserted"}},
		{"Rebel soldiers in Guinea seized power on Sunday.",
			[]string{"GINREB 170 GINGOV asserted"}},
		// near misses: a coup told by its arrest, a target named, or no coup
		{"Rebel officers in Chad said they had seized power and detained the interior minister.",
			[]string{"TCDREB 173 TCDGOV asserted"}},
		{"Soldiers seized the presidential palace in Niamey.",
			[]string{"NERMIL 171 NERGOV asserted"}},
		{"Rebels seized two gold mines in the east on Sunday.", nil},
	}, false)
}

// TestHomeOffensives checks an offensive or military operation a state's
// forces launch "in" a place of their own state, or one the gazetteer
// does not know, with the side fought unnamed: the attack stays with no
// target (as ev0437 codes it). A foreign place gives its state; an
// offensive with no place, or another attack verb, stays unaimed.
func TestHomeOffensives(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Azerbaijan's army launched an offensive in Nagorno-Karabakh.",
			[]string{"AZEMIL 190 - asserted"}},
		{"The Azerbaijani army launched an offensive in Nagorno-Karabakh.",
			[]string{"AZEMIL 190 - asserted"}},
		{"Ethiopia's army launched an offensive in Tigray.",
			[]string{"ETHMIL 190 - asserted"}},
		{"Sudan's army launched an offensive in Darfur.",
			[]string{"SDNMIL 190 - asserted"}},
		{"Myanmar's military mounted a counteroffensive in Shan state.",
			[]string{"MMRMIL 190 - asserted"}},
		// near misses: a foreign place is the target; no place, no event
		{"Russia's army launched an offensive in Kharkiv.",
			[]string{"RUSMIL 190 UKR asserted"}},
		{"The army launched an offensive.", nil},
		{"Azerbaijan's army launched an offensive against Armenian separatists in Nagorno-Karabakh.",
			[]string{"AZEMIL 190 ARMREB asserted"}},
	}, false)
}
