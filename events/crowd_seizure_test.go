package events_test

import "testing"

// TestCrowdSeizure codes sentences written by the dyad team for a
// crowd's seizure of a place (crowd_seizure.go): occupied is blocked
// (144), seized is a riot (145), aimed at the government when the place
// is only the state's; troops and rebels keep ground taken (192) and
// property seized (171).
func TestCrowdSeizure(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Anti-government protesters occupied Bangkok's main airport on Wednesday.",
			[]string{"THACVL 144 THAGOV asserted"}},
		{"Demonstrators occupied the parliament building in Yerevan on Monday.",
			[]string{"ARMCVL 144 ARMLEG asserted"}},
		{"Protesters seized government buildings in Bishkek on Tuesday.",
			[]string{"KGZCVL 145 KGZGOV asserted"}},
		{"Protesters seized the regional administration building in Donetsk on Sunday.",
			[]string{"UKRCVL 145 UKRGOV asserted"}},
		// near misses: armed sources take ground and seize property
		{"Russian troops occupied the airport in Kherson on Tuesday.",
			[]string{"RUSMIL 192 UKR asserted"}},
		{"Rebels seized government buildings in Goma on Monday.",
			[]string{"CODREB 192 COD asserted"}}, // ground taken from the state (occupy_buildings.go)
		{"Police seized the protesters' banners on Sunday.",
			nil},
		// a place besieged by a crowd or activists is blocked; a siege
		// by fighters stays 191
		{"Nationalist students besieged Latvia's embassy in Minsk on Friday.",
			[]string{"BLREDU 144 LVA asserted"}},
		{"Pro-government activists besieged the Kenyan parliament on Thursday.",
			[]string{"KENCVL 144 KENLEG asserted"}},
		{"Rebel fighters besieged the town of Kidal on Friday.",
			[]string{"MLIREB 191 MLI asserted"}},
	}, false)
}
