// Tests of cooperation, aid and coercion wordings added from the dev22 wire
// misses (session 50/51): shared border posts, passenger links, files
// exchanged, wanted dealers handed over, aircraft delivered, aid cancelled,
// ultimatums and plants taken over.
package events_test

import "testing"

// TestSharedFacilitiesAndFiles50 codes a joint border post or a
// passenger service opened between two named states as economic
// cooperation both ways (061; a border reopened stays 081), lists or case
// files exchanged or handed over as information shared (064), and an
// arms dealer or drug trafficker handed over as judicial cooperation
// (063, not the arms word's 072).
func TestSharedFacilitiesAndFiles50(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Zambia and Zimbabwe opened a joint one-stop border post at Chirundu on Tuesday.",
			[]string{"ZMB 061 ZWE asserted 2024-07-09", "ZWE 061 ZMB asserted 2024-07-09"}},
		{"Georgia and Armenia launched a passenger train service between Tbilisi and Yerevan on Friday.",
			[]string{"GEO 061 ARM asserted 2024-07-12", "ARM 061 GEO asserted 2024-07-12"}},
		// a bus service run by one state for its own people is no event
		{"Egypt resumed a bus service between Cairo and Alexandria on Friday.",
			nil},
		{"Mongolia reopened its border with China on Monday.",
			[]string{"MNG 081 CHN asserted 2024-07-08"}},
		{"Chadian and Sudanese border guards exchanged lists of wanted smugglers on Monday.",
			[]string{"TCDMIL 064 SDNMIL asserted 2024-07-08", "SDNMIL 064 TCDMIL asserted 2024-07-08"}},
		{"Croatia handed over wartime archives to Serbia on Wednesday.",
			[]string{"HRV 064 SRB asserted 2024-07-10"}},
		{"Moldova handed over a Romanian drug trafficker to Bucharest on Thursday.",
			[]string{"MDA 063 ROU asserted 2024-07-11"}},
		{"Serbia handed over a Bulgarian arms dealer to Sofia on Tuesday.",
			[]string{"SRB 063 BGR asserted 2024-07-09"}},
	}, true)
}

// TestAidWordings50 codes military aircraft delivered to a party as
// military aid (072).
func TestAidWordings50(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Britain delivered two military transport aircraft to the Nigerian air force on Tuesday.",
			[]string{"GBR 072 NGAMIL asserted 2024-07-09"}},
	}, true)
}

// TestCoercionWordings50 codes aid cancelled as aid stopped (162), an
// ultimatum given to a party named at length as an ultimatum (139) and a
// plant taken over by troops as property confiscated (1711, the owner the
// target); a plant taken over by a company is no event.
func TestCoercionWordings50(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Germany cancelled $40 million in development aid to Burundi on Monday.",
			[]string{"DEU 162 BDI asserted 2024-07-08"}},
		{"Somalia's army gave al-Shabaab militants dug in around the coastal town of Barawe an ultimatum to leave.",
			[]string{"SOMMIL 139 SOMREB asserted 2024-07-13"}},
		{"Bolivian troops took over a gas field owned by the Brazilian company Petrobras on Thursday.",
			[]string{"BOLMIL 1711 BRABUS asserted 2024-07-11"}},
		{"Petrobras took over a gas field in Bolivia on Thursday.",
			nil},
	}, true)
}
