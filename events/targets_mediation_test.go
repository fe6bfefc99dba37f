package events_test

import (
	"testing"
)

// TestMediatorParties codes targets_mediation.go's mediatorParties: a mediation
// targets the parties of the sentence's other cooperative events, one
// event per party, and talks it names are the parties' 046 each way;
// "hosted by" after talks and "under … auspices" name a mediator too,
// but not in a background phrase or at talks that only set the scene.
func TestMediatorParties(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Armenia and Azerbaijan signed a peace framework in Washington on Friday, with the United States mediating the talks.",
			[]string{"ARM 057 AZE asserted", "AZE 057 ARM asserted", "USA 045 ARM asserted", "USA 045 AZE asserted",
				"ARM 046 AZE asserted", "AZE 046 ARM asserted"}},
		{"Ethiopia and Egypt resumed negotiations over the dam on Monday, with the African Union and the United States acting as mediators.",
			[]string{"ETH 046 EGY asserted", "EGY 046 ETH asserted", "IGOAFRAFU 045 ETH asserted", "IGOAFRAFU 045 EGY asserted",
				"USA 045 ETH asserted", "USA 045 EGY asserted"}},
		{"Israeli and Hamas negotiators held indirect talks in Doha hosted by Qatar's prime minister on Sunday.",
			[]string{"ISRGOV 046 PSEREB asserted", "PSEREB 046 ISRGOV asserted", "QATGOV 045 ISRGOV asserted", "QATGOV 045 PSEREB asserted"}},
		{"Serbian and Kosovan officials met in Brussels under EU auspices on Thursday.",
			[]string{"SRBGOV 044 KSVGOV asserted", "KSVGOV 044 SRBGOV asserted", "IGOEUREEC 045 SRBGOV asserted", "IGOEUREEC 045 KSVGOV asserted"}},
		{"Thai and Cambodian military officers met in Kuala Lumpur under the auspices of Malaysia on Monday.",
			[]string{"THAMIL 044 KHMMIL asserted", "KHMMIL 044 THAMIL asserted", "MYS 045 THAMIL asserted", "MYS 045 KHMMIL asserted"}},
		// guarantors and a facilitator of the parties' talks mediate them
		// (verbs.txt "act as {guarantor,…}"; gold README item 35)
		{"Sudan and South Sudan resumed talks in Addis Ababa on Friday, with Ethiopia and Kenya acting as guarantors.",
			[]string{"SDN 046 SSD asserted", "SSD 046 SDN asserted", "ETH 045 SDN asserted", "ETH 045 SSD asserted",
				"KEN 045 SDN asserted", "KEN 045 SSD asserted"}},
		{"Thailand's government and Muslim rebels opened peace talks in Kuala Lumpur on Monday, with Malaysia acting as facilitator.",
			[]string{"THAGOV 046 THAREB asserted", "THAREB 046 THAGOV asserted", "MYS 045 THAGOV asserted", "MYS 045 THAREB asserted"}},
		// near miss: a guarantor of a loan, no parties' talks: no event
		{"The World Bank acted as guarantor for the loan to Kenya.", nil},
		// the talks set the scene of the main act: no mediation coded
		{"Rwanda and Congo agreed to a ceasefire on Monday at talks in Luanda hosted by Angola's president.",
			[]string{"RWA 0871 COD asserted", "COD 0871 RWA asserted"}},
		// an intent is no party's event: the mediation has no parties, and
		// with none named is no event (dev7 d7l010 codes only the intent)
		{"Venezuela's government said on Monday it was open to resuming dialogue with the opposition under Norwegian mediation.",
			[]string{"VENGOV 036 VENOPP future"}},
	}, false)
}

// TestMediationWithoutParties: a mediation names the parties it is
// between; with none named ("the summit it had been mediating", talks
// "mediated by" others whose parties are the clause's subjects, a
// "mediation team") it is no event, as no 045 of the gold sets lacks a
// target. "Acted as an intermediary" keeps its parties implied, and an
// offer or a plan to mediate is the mediator's intent (039) alone.
func TestMediationWithoutParties(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Rwandan President Paul Kagame refused on Sunday to meet Congo's Felix Tshisekedi in Luanda, and Angola called off the summit it had been mediating.",
			[]string{"RWAGOV 125 CODGOV asserted", "AGO 125 - asserted"}},
		{"Armenian and Azerbaijani leaders met in Geneva on Monday for talks on Nagorno-Karabakh mediated by France, Russia and the United States.", nil},
		{"Qatar mediated talks between Rwanda and the Democratic Republic of Congo in Doha on Wednesday.",
			[]string{"QAT 045 RWA asserted", "QAT 045 COD asserted", "RWA 046 COD asserted", "COD 046 RWA asserted"}},
		{"The International Committee for the Red Cross says it acted as a neutral intermediary and handed the 21 girls to Nigerian government officials.",
			[]string{"NGOHLHIRC 045 - asserted"}},
		{"Turkey offered to mediate on Monday.", []string{"TUR 039 - future"}},
		{"Angola said on Monday it would mediate between the two sides.", []string{"AGO 039 - future"}},
	}, false)
}

// TestBrokeredTruceParties codes sentences written by the dyad team for
// mediatedTalks (events/targets_mediation.go): a ceasefire or truce a
// mediator brokers between two named parties is the parties' own
// ceasefire (0871 each way) besides the mediator's 045 to each; one named
// party gives only the mediation.
func TestBrokeredTruceParties(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenya brokered a 48-hour truce between Ethiopia and Eritrea on Friday.",
			[]string{"KEN 045 ETH asserted", "KEN 045 ERI asserted", "ETH 0871 ERI asserted", "ERI 0871 ETH asserted"}},
		{"Qatar brokered a ceasefire between Israel and Hamas on Wednesday.",
			[]string{"QAT 045 ISR asserted", "QAT 045 PSEREB asserted", "ISR 0871 PSEREB asserted", "PSEREB 0871 ISR asserted"}},
	}, false)
}

// TestMediatedTalksVenueDay codes talksVenueDay (targets_mediation.go):
// a place and a weekday written between mediated talks and their
// "between" keep the parties' own talks (046 each way) beside the
// mediator's 045s; other words there, a truce, an appeal for talks or a
// "between" past a comma do not.
func TestMediatedTalksVenueDay(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Norway mediated talks in Oslo on Tuesday between Sudan and South Sudan.",
			[]string{"NOR 045 SDN asserted", "NOR 045 SSD asserted", "SDN 046 SSD asserted", "SSD 046 SDN asserted"}},
		{"Qatar hosted talks in Doha on Sunday between Chad's government and rebel groups.",
			[]string{"QAT 045 TCDGOV asserted", "QAT 045 TCDREB asserted", "TCDGOV 046 TCDREB asserted", "TCDREB 046 TCDGOV asserted"}},
		// near misses: the mediation alone
		{"Norway mediated talks in the Norwegian capital between Sudan and South Sudan.",
			[]string{"NOR 045 SDN asserted", "NOR 045 SSD asserted"}},
		{"Egypt brokered a truce in Gaza on Tuesday between Israel and Hamas.",
			[]string{"EGY 045 ISR asserted", "EGY 045 PSEREB asserted"}},
		{"Norway mediated talks in Oslo on Tuesday, after clashes between Sudan and South Sudan.", nil},
		{"Norway urged talks between Sudan and South Sudan on Tuesday.",
			[]string{"NOR 026 SDN asserted", "NOR 026 SSD asserted"}},
	}, false)
}
