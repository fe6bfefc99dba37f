package events_test

import "testing"

// TestVerbFamiliesWhole codes sentences written by the dyad team for the
// verb families of the "verb families … whole" section of
// events/data/verbs.txt, several phrasings each, with the look-alikes
// that must not code: accords
// rescinded by kind (a defence or security accord 1212, a peace accord
// 127, cooperation itself and a "military agreement" 160), firms put on
// an export-control list (163), ground taken or entered (192; occupy.go),
// peacekeepers withdrawn (1661), arms and aid received from a giver (07x,
// the giver the source; received.go), a state readmitted (081), a truce
// agreed in other words (0871) and a round of talks ended (046).
func TestVerbFamiliesWhole(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// 1212 a defence or security accord rescinded
		{"Niger's junta revoked its defence agreement with France on Thursday.",
			[]string{"NERGOV 1212 FRA asserted 2024-07-11"}},
		{"Chad ended its defence cooperation accord with France.",
			[]string{"TCD 1212 FRA asserted 2024-07-13"}},
		{"Somalia tore up its security agreements with Ethiopia on Monday.",
			[]string{"SOM 1212 ETH asserted 2024-07-08"}},
		{"Burkina Faso pulled out of its defence accord with France.",
			[]string{"BFA 1212 FRA asserted 2024-07-13"}},
		// cooperation cut, and a tension-reducing military agreement, stay 160
		{"Germany suspended military cooperation with Niger.",
			[]string{"DEU 160 NER asserted 2024-07-13"}},
		{"South Korea suspended the inter-Korean military agreement on Wednesday.",
			[]string{"KOR 160 PRK asserted 2024-07-10"}},
		// 127 a peace accord rescinded
		{"Colombia suspended a peace agreement with the ELN rebels on Friday.",
			[]string{"COL 127 COLREB asserted 2024-07-12"}},
		{"Mali scrapped a 2015 peace agreement with northern rebels on Thursday.",
			[]string{"MLI 127 MLIREB asserted 2024-07-11"}},
		{"Thailand suspended a peace declaration with Cambodia on Monday.",
			[]string{"THA 127 KHM asserted 2024-07-08"}},
		// a war ended with a peace deal rescinds nothing
		{"The two sides ended the war with a peace deal.",
			nil},
		// 163 an export-control list
		{"China's commerce ministry added 15 U.S. defence companies to its export control list on Thursday.",
			[]string{"CHNGOV 163 USABUS asserted 2024-07-11"}},
		{"Beijing put 12 Japanese firms on an export control list.",
			[]string{"CHN 163 JPNBUS asserted 2024-07-13"}},
		{"The party put three new candidates on its list.",
			nil},
		// 192 ground taken or entered
		{"Syrian rebels took control of Aleppo on Saturday.",
			[]string{"SYRREB 192 SYR asserted 2024-07-13"}},
		{"Russian forces took full control of Bakhmut on Saturday.",
			[]string{"RUSMIL 192 UKR asserted 2024-07-13"}},
		{"Malian troops entered the rebel stronghold of Kidal on Tuesday.",
			[]string{"MLIMIL 192 MLIREB asserted 2024-07-09"}},
		{"Israeli troops entered Jenin on Monday.",
			[]string{"ISRMIL 192 PSE asserted 2024-07-08"}},
		{"M23 fighters walked into Bukavu on Sunday.",
			[]string{"CODREB 192 COD asserted 2024-07-07"}},
		{"Russia's defence ministry said its forces had taken two villages in the Donetsk region.",
			[]string{"RUSMIL 192 UKR asserted 2024-07-13"}},
		// talks entered, refugees, a bloc, an agenda, a country crossed, an
		// entry in a relative clause or planned: no ground taken
		{"Turkey entered the talks with Sweden on Monday.",
			[]string{"TUR 046 SWE asserted 2024-07-08", "SWE 046 TUR asserted 2024-07-08"}},
		{"More than 1,000 refugees entered Poland on Sunday.",
			nil},
		{"Sweden entered NATO in March.",
			nil},
		{"The finance minister took control of the agenda.",
			nil},
		{"Russian troops entered Ukraine on Thursday.",
			nil},
		{"Ethiopian troops, who entered Somalia under an African Union mandate, clashed with al-Shabaab fighters on Saturday.",
			[]string{"ETHMIL 190 SOMREB asserted 2024-07-13", "SOMREB 190 ETHMIL asserted 2024-07-13"}},
		{"Pro-government militiamen would enter Afrin to help Kurdish fighters.",
			nil},
		// the verb's object is no ground: a truce, a stage, a fight, a
		// service, a narrative, the air (the place after it is another's)
		{"Israel entered a truce with Hamas in January.", nil},
		{"Israel entered into a ceasefire with Hamas.", nil},
		{"US troops entered the second week of training with Ukrainian forces.", nil},
		{"The Russian army entered its third year of war in Ukraine.", nil},
		{"Israeli troops entered the fight against Hezbollah.", nil},
		{"Israel entered the conflict in Syria.", nil},
		{"Russian troops entered service in Belarus.", nil},
		{"The Russian army took control of the narrative in Syria.", nil},
		{"Israeli forces gained control of the air over Iran.", nil},
		// 1661 peacekeepers withdrawn
		{"Russia has completed the withdrawal of its peacekeepers from Nagorno-Karabakh.",
			[]string{"RUS 1661 - asserted 2024-07-13"}},
		{"The United Nations began the withdrawal of its peacekeepers from Mali on Monday.",
			[]string{"IGOUNO 1661 MLI asserted 2024-07-08"}},
		// 07 received from a giver
		{"Ukraine has received its first F-16 fighter jets from Denmark and the Netherlands.",
			[]string{"DNK 072 UKR asserted 2024-07-13", "NLD 072 UKR asserted 2024-07-13"}},
		{"The Houthis have received missiles from Iran, the report said.",
			[]string{"IRN 072 YEMREB asserted 2024-07-13"}},
		{"Taiwan took delivery of the first Abrams tanks from the United States.",
			[]string{"USA 072 TWN asserted 2024-07-13"}},
		{"Kyiv received a new tranche of loans from the European Union.",
			[]string{"IGOEUREEC 071 UKR asserted 2024-07-13"}},
		// a call received is a call
		{"Ukraine received a call from Germany.",
			[]string{"UKR 041 DEU asserted 2024-07-13", "DEU 041 UKR asserted 2024-07-13"}},
		// 081 readmitted
		{"The African Union readmitted Mali on Friday.",
			[]string{"IGOAFRAFU 081 MLI asserted 2024-07-12"}},
		// 0871 a truce in other words
		{"India and Pakistan agreed on Saturday to halt all military action.",
			[]string{"IND 0871 PAK asserted 2024-07-13", "PAK 0871 IND asserted 2024-07-13"}},
		{"The United States and the Houthis agreed to stop targeting each other.",
			[]string{"USA 0871 YEMREB asserted 2024-07-13", "YEMREB 0871 USA asserted 2024-07-13"}},
		{"Armenia and Azerbaijan agreed to cease military operations along the border.",
			[]string{"ARM 0871 AZE asserted 2024-07-13", "AZE 0871 ARM asserted 2024-07-13"}},
		// 046 a round of talks ended
		{"Ethiopia's government and the Oromo Liberation Army ended a first round of peace talks in Zanzibar.",
			[]string{"ETHGOV 046 ETHREB asserted 2024-07-13", "ETHREB 046 ETHGOV asserted 2024-07-13"}},
		{"India and the European Union concluded negotiations on a free trade agreement on Wednesday.",
			[]string{"IND 046 IGOEUREEC asserted 2024-07-10", "IGOEUREEC 046 IND asserted 2024-07-10"}},
		{"Britain and Japan wrapped up talks on a defence pact on Friday.",
			[]string{"GBR 046 JPN asserted 2024-07-12", "JPN 046 GBR asserted 2024-07-12"}},
		{"The conference concluded with a call for calm.",
			nil},
	}, true)
}
