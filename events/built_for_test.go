package events_test

import "testing"

// TestBuiltForAbroad: houses, schools, wells or clinics a state builds,
// drills or digs "for" people of another state are economic aid (071;
// 0331 when pledged or promised), whatever the works and the verb; the
// place after "for … in" names the state when the people have none. Works
// built for the source's own people, by a company, or with no "for" give
// no event.
func TestBuiltForAbroad(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"India pledged on Sunday to build 8,000 new houses for plantation workers on estates in Sri Lanka's hill country.",
			[]string{"IND 0331 LKALAB future"}},
		{"Algeria promised on Thursday to dig 40 water wells for nomadic herders in northern Mali.",
			[]string{"DZA 0331 MLICVL future"}},
		{"Turkey built 300 prefabricated houses for Somalia last year, the Turkish foreign ministry said on Monday.",
			[]string{"TUR 071 SOM asserted"}},
		{"Japan will construct four bridges for Cambodia under a grant signed on Friday.",
			[]string{"JPN 0331 KHM future"}},
		{"Kuwait vowed on Monday to dig 200 boreholes for Somalia to ease the drought.",
			[]string{"KWT 0331 SOM future"}},
		// near misses: works for one's own people, a company's contract,
		// settlements, and building with no one it is for
		{"The government pledged to build 20,000 houses for families left homeless by the floods.", nil},
		{"Kenya will build new roads for farmers in the Rift Valley, the president said.", nil},
		{"Germany's Siemens will build a power plant for Iraq's electricity ministry.", nil},
		{"Israel approved plans on Monday to build 1,000 homes for Jewish settlers in the occupied West Bank.", nil},
		{"China is building a new port in Sri Lanka's south.", nil},
	}, false)
}

// TestStaplesTrucked: staple foods and water trucked, airlifted or
// airdropped to people are humanitarian aid (073); staples shipped are
// trade and give no aid.
func TestStaplesTrucked(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenya's government began trucking maize and drinking water on Tuesday to herders in the northern county of Turkana.",
			[]string{"KENGOV 073 KENCVL asserted"}},
		{"Ethiopia airlifted sorghum and beans to Somali villagers cut off by floods on Friday.",
			[]string{"ETH 073 SOMCVL asserted"}},
		// near miss: staples shipped or sold are trade, no aid
		{"Ukraine shipped two million tonnes of maize to China last month.", nil},
	}, false)
}

// TestJointEffortsAgainstArmedThreat: states or forces that coordinate,
// pool or combine their efforts or forces against an armed threat, or
// patrol together, cooperate militarily (062; 0312 when agreed or
// pledged), one event per party when three or more; efforts pooled
// against poverty or a rival party are none.
func TestJointEffortsAgainstArmedThreat(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Mali, Niger and Burkina Faso agreed on Monday to coordinate their efforts against jihadists in the border region.",
			[]string{"MLI 0312 - future", "NER 0312 - future", "BFA 0312 - future"}},
		{"Niger and Chad agreed to pool their forces against Boko Haram on Friday.",
			[]string{"NER 0312 TCD future", "TCD 0312 NER future"}},
		{"Colombia and Ecuador agreed to combine military operations against drug traffickers on their border.",
			[]string{"COL 0312 ECU future", "ECU 0312 COL future"}},
		{"Thai border troops and Malaysian police will patrol the frontier together from next month to curb smuggling.",
			[]string{"THAMIL 0312 MYSCOP future", "MYSCOP 0312 THAMIL future"}},
		// near misses: efforts against poverty, a party's rivals, and a
		// "together" that follows no patrol
		{"Kenya and Tanzania will coordinate efforts against poverty and climate change.", nil},
		{"Police and soldiers stood together outside the parliament in Nairobi on Tuesday.", nil},
	}, false)
}
