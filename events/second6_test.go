package events_test

import "testing"

// TestSecondEvents codes the second events of second6.go: the parties'
// own talks behind a mediation or hosting of talks between them, an act
// of force an accusation alleges with no one named as its target, the
// subject of a clause after a phrasal verb's object, traded accusations,
// and "the two leaders" as the two parties of the act before.
// Each family has cases where nothing more is right.
func TestSecondEvents(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// mediated or hosted talks: the parties negotiate, both ways
		{"Egypt mediated indirect talks between Israel and Hamas in Cairo.", []string{
			"EGY 045 ISR asserted", "EGY 045 PSEREB asserted", "ISR 046 PSEREB asserted", "PSEREB 046 ISR asserted"}},
		{"Turkey hosted peace talks between Russia and Ukraine in Istanbul.", []string{
			"TUR 045 RUS asserted", "TUR 045 UKR asserted", "RUS 046 UKR asserted", "UKR 046 RUS asserted"}},
		{"Norway facilitated talks between the Colombian government and the ELN rebels in Oslo.", []string{
			"NOR 045 COLGOV asserted", "NOR 045 COLREB asserted", "COLGOV 046 COLREB asserted", "COLREB 046 COLGOV asserted"}},
		{"Oman brokered talks between Iran and the United States in Muscat.", []string{
			"OMN 045 IRN asserted", "OMN 045 USA asserted", "IRN 046 USA asserted", "USA 046 IRN asserted"}},
		// two mediators: the parties' talks once
		{"Qatar and Egypt mediated talks between Israel and Hamas on a ceasefire.", []string{
			"QAT 045 ISR asserted", "QAT 045 PSEREB asserted", "EGY 045 ISR asserted", "EGY 045 PSEREB asserted",
			"ISR 046 PSEREB asserted", "PSEREB 046 ISR asserted"}},
		// mediation with no talks named (shuttle diplomacy), a mediated deal: the 045s alone
		{"Qatar mediated between Moscow and Kyiv to secure the return of Ukrainian children.", []string{
			"QAT 045 RUS asserted", "QAT 045 UKR asserted"}},
		{"China brokered a deal between Saudi Arabia and Iran in Beijing.", []string{
			"CHN 045 SAU asserted", "CHN 045 IRN asserted"}},
		// alleged force in a gerund with no target named: target null
		{"Washington accused Iran of attacking two oil tankers in the Gulf of Oman.", []string{
			"USA 112 IRN asserted", "IRN 190 - alleged"}},
		{"Venezuela accused the United States of attacking fishing boats in the Caribbean.", []string{
			"VEN 112 USA asserted", "USA 190 - alleged"}},
		// a facility named by its place: that place's country
		{"Putin accused Ukraine of attacking the Kursk nuclear power plant.", []string{
			"RUSGOV 112 UKR asserted", "UKR 190 RUS alleged"}},
		// a planned attack (a noun), an accuser that is no actor: no act
		{"Russia accused Ukraine of planning a chemical weapons attack.", []string{"RUS 112 UKR asserted"}},
		{"The president accused the media of attacking his family.", nil},

		// a phrasal verb's object is no list with the next clause's subject
		{"Hamas handed over three Israeli hostages and Israel released 183 Palestinian prisoners.", []string{
			"PSEREB 0841 ISRCVL asserted", "ISR 0841 PSECVL asserted"}},
		// traded or exchanged accusations: each accuses the other
		{"China and the Philippines traded accusations over a collision near Scarborough Shoal.", []string{
			"CHN 112 PHL asserted", "PHL 112 CHN asserted"}},
		{"Serbia and Kosovo exchanged accusations after the clash.", []string{
			"SRB 112 KSV asserted", "KSV 112 SRB asserted"}},
		// "the two leaders", "the two sides": the two parties of the act before
		{"Brazil's president held talks with his Chinese counterpart and the two leaders signed a dozen trade agreements.", []string{
			"BRAGOV 046 CHNGOV asserted", "CHNGOV 046 BRAGOV asserted", "BRAGOV 057 CHNGOV asserted", "CHNGOV 057 BRAGOV asserted"}},
		{"Japan's foreign minister met his South Korean counterpart; the two ministers condemned North Korea's missile launch.", []string{
			"JPNGOV 040 KORGOV asserted", "KORGOV 040 JPNGOV asserted", "JPNGOV 111 PRK asserted", "KORGOV 111 PRK asserted", "PRK 150 - asserted"}},
		// a protest participle after its crowd: the crowd's protest too
		{"Police in Madagascar fired tear gas at students protesting against power cuts in the capital.", []string{
			"MDGCOP 175 MDGEDU asserted", "MDGEDU 141 MDGGOV asserted"}},
		{"Indian police fired tear gas at farmers marching towards New Delhi to demand guaranteed crop prices.", []string{
			"INDCOP 175 INDAGR asserted", "INDAGR 1412 INDGOV asserted"}},
		// other participles after an object describe it: none
		{"Iran has long supported rebel forces opposing the government in Yemen.", nil},
		// a state named after "inside" is where an attack struck, in an if-clause too
		{"Ukrainian drones struck deep inside Russia on Sunday.", []string{"UKRMIL 1952 RUS asserted"}},
		{"Pakistan struck militant hideouts inside Afghanistan on Monday.", []string{"PAK 190 AFG asserted"}},
		{"Moscow warned it could use nuclear weapons if Ukraine struck deep inside Russia.", []string{
			"RUS 1385 UKR asserted", "UKR 190 RUS hypothetical"}},
		// "the group" opening a clause: the organisation the sentence named before
		{"Israel warned Hezbollah that it would flatten Beirut's southern suburbs if the group fired rockets at northern Israel.", []string{
			"ISR 130 LBNREB asserted", "LBNREB 194 ISR hypothetical"}},
		{"Israeli jets struck Houthi targets in Hodeidah on Tuesday, a day after the group fired a ballistic missile at Tel Aviv.", []string{
			"ISRMIL 195 YEMREB asserted", "YEMREB 195 ISR asserted"}},
		// a past form that is its clause's only verb, before a "while" clause, is no reduced relative
		{"Thai troops fired on Cambodian positions on Thursday while Cambodia shelled Thai villages.", []string{
			"THAMIL 190 KHMMIL asserted", "KHM 194 THA asserted"}},
		// (a reduced relative keeps its main verb past a "when" clause or a gerund)
		{"Protesters arrested in Tbilisi when police broke up the rally were freed.", []string{"GEOCOP 175 GEOCVL asserted"}},
		{"Two journalists detained in Iran while covering the protests were released on Monday.", nil},
		// an appeal the two agree to make goes to a third party, not each other
		{"France and Germany agreed to urge Iran to return to the talks.", []string{
			"FRA 026 IRN future", "DEU 026 IRN future"}},
		// the same act restated: no second call
		{"Turkey's president spoke with Putin by phone, and the two men discussed the war in Ukraine.", []string{
			"TURGOV 041 RUSGOV asserted", "RUSGOV 041 TURGOV asserted"}},
	}, false)
}
