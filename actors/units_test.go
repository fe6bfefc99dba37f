package actors_test

import "testing"

// TestUnitCompound checks, on sentences written for this test, a role
// noun phrase before a noun compound whose head names the unit, craft or
// site itself ("supply boat", "ammunition depot", "cargo plane"): the
// role phrase is its owner, an actor, not a modifier. (Compounds headed
// by anything else, "supply lines", are checked in the events package,
// whose lexicon tags them as nouns.)
func TestUnitCompound(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2023-11-18", "Chinese coast guard ships blocked a Philippine navy supply boat near Second Thomas Shoal.",
			"Chinese coast guard=CHNMIL | Philippine navy=PHLMIL"},
		{"2024-07-13", "Ukrainian drones struck a Russian army supply depot in Belgorod on Monday.",
			"Ukrainian drones=UKRMIL | Russian army=RUSMIL"},
		{"2024-07-13", "Israeli jets struck a Syrian army ammunition depot near Damascus on Tuesday.",
			"Israeli jets=ISRMIL | Syrian army=SYRMIL | Damascus=SYR"},
		{"2024-07-13", "Iranian forces seized a British navy supply vessel in the Gulf on Monday.",
			"Iranian forces=IRNMIL | British navy=GBRMIL"},
		{"2024-07-13", "Ukrainian forces shot down a Russian air force transport plane on Monday.",
			"Ukrainian forces=UKRMIL | Russian air force=RUSMIL"},
		{"2024-07-13", "Houthi rebels attacked a US navy cargo ship in the Red Sea on Sunday.",
			"Houthi rebels=YEMREB | US navy=USAMIL"},
	}, showCode)
}
