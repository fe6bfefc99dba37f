package events_test

import (
	"testing"
)

// TestSecondEvents codes the second events of sources_structure.go: the parties'
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
		// (flattening the suburbs is force threatened, 138, as gold dev4-conflict d4f033)
		{"Israel warned Hezbollah that it would flatten Beirut's southern suburbs if the group fired rockets at northern Israel.", []string{
			"ISR 138 LBNREB asserted", "LBNREB 194 ISR hypothetical"}},
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

// TestIncludedMembers: an unnamed collective opening the clause with its
// members named after "including", "among them" or "such as": the members
// act, each one an event; a collective that is the object, or members
// that are no actors, give nothing new (sources_structure.go).
func TestIncludedMembers(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Several European governments, including Spain and Ireland, recognised a Palestinian state on Tuesday.",
			[]string{"ESP 054 PSE asserted", "IRL 054 PSE asserted"}},
		{"Dozens of countries, among them Brazil and India, condemned the coup and called for the president's release.",
			[]string{"BRA 111 - asserted", "IND 111 - asserted", "BRA 0253 - asserted", "IND 0253 - asserted"}},
		{"Gulf states such as Qatar and Oman have urged Iran to resume talks.",
			[]string{"QAT 026 IRN asserted", "OMN 026 IRN asserted"}},
		{"Western donors including Britain and Canada suspended aid to Ethiopia on Friday.",
			[]string{"GBR 162 ETH asserted", "CAN 162 ETH asserted"}},
		// the members are people, not actors: nothing
		{"Thousands of people, including two Germans, fled across the border on Sunday.", nil},
	}, false)
}

// TestWeaponState: a weapon noun event whose state is named before the
// words describing the weapon ("a Ukrainian sea drone", "Russian drones
// and missiles", "a Russian ballistic missile strike"); a weapon made
// elsewhere or another thing's owner names no attacker (sources_structure.go).
func TestWeaponState(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// (a weapon opening the sentence as a harm verb's subject is the
		// state's military: targets_bodies.go)
		{"A Ukrainian sea drone struck a Russian navy landing ship near Novorossiysk.",
			[]string{"UKRMIL 1952 RUSMIL asserted"}},
		{"Russian drones and missiles hit energy facilities in nine regions overnight.",
			nil}, // facilities of no state named: no event (unaimed.go)
		{"Russian drones and missiles hit Ukrainian energy facilities overnight.",
			[]string{"RUSMIL 195 UKR asserted"}},
		{"A Russian ballistic missile strike on a military academy in Poltava killed more than 50 people.",
			[]string{"RUS 195 UKR asserted"}},
		// a rocket attack is the state's, not its military's: rockets are
		// mostly fired by armed groups
		// (the farmer killed is Israel's, AGR, since session 65)
		{"A Lebanese rocket attack killed a farmer in northern Israel.",
			[]string{"LBN 195 ISRAGR asserted"}},
		{"Houthi anti-ship missiles struck a tanker in the Red Sea on Monday.",
			[]string{"YEMREB 195 - asserted"}},
		{"Iranian-made attack drones struck Kyiv overnight.", nil},
		{"A Russian oil depot attack caused a huge fire.", nil},
	}, false)
}

// TestPastModifierClause: a coordinated verb after a clause that
// modifies a noun (a reduced relative, or a relative clause closed by the
// comma before "and") takes the main clause's subject; an open relative
// clause is left alone (sources_structure.go).
func TestPastModifierClause(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Burkina Faso's government said it had foiled a coup plot organised from Ivory Coast and arrested several army officers.",
			[]string{"BFAGOV 173 BFAMIL asserted"}}, // (its own officers arrested: targets_own.go; gold D0291)
		{"Turkey's foreign ministry condemned the raid, which killed 12 people, and called on Israel to halt its offensive.",
			[]string{"TURGOV 111 - asserted", "TURGOV 0256 ISR asserted"}},
		{"Japan protested over a Chinese survey ship that entered its waters, and summoned China's ambassador.",
			[]string{"JPN 114 CHNGOV asserted"}}, // (the protest and the summons: one complaint, targetless.go)
		{"Azerbaijan's president accused Russia of shooting at a jet that crashed in Kazakhstan, and demanded that Moscow admit guilt.",
			[]string{"AZEGOV 112 RUS asserted", "RUS 193 KAZ alleged", "AZEGOV 100 RUS asserted"}},
		{"Poland condemned a drone incursion that violated its airspace and summoned the Russian ambassador.",
			[]string{"POL 111 - asserted"}},
	}, false)
}

// TestLaterOwnCountry: police, prosecutors or a court named with no
// state, in a sentence that places them nowhere, are the state of the
// office holder or state body named after them (the one they act on, or
// who reports it); a place still decides first, and nobody named gives
// nothing (sources_structure.go).
func TestLaterOwnCountry(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Prosecutors charged former president Jair Bolsonaro with plotting a coup.",
			[]string{"BRAJUD 173 BRA asserted"}},
		{"Security forces arrested dozens of protesters, Iran's interior minister said.",
			[]string{"IRNCOP 173 IRNCVL asserted"}},
		{"Prosecutors indicted President Yoon Suk Yeol on insurrection charges on Sunday.",
			[]string{"KORJUD 173 KORGOV asserted"}},
		// the place first
		{"Prosecutors charged Ukrainian activist Ivan Petrenko in Warsaw.",
			[]string{"POLJUD 173 UKRCVL asserted"}},
		// nobody of a state named
		{"Police arrested a man in a park on Sunday.", nil},
		{"Prosecutors charged two men with spying for the Russian army.", nil},
	}, false)
}

// TestClauseCrowd: a bare count of people opening a later clause of the
// sentence protests as the people of the place named after it, else of
// the one state the sentence names; two states, or a verb that is no
// protest, give nothing (sources_structure.go).
func TestClauseCrowd(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenyan police fired tear gas as thousands marched on parliament.",
			[]string{"KENCOP 175 KENCVL asserted", "KENCVL 141 KENLEG asserted"}},
		{"The Georgian government suspended EU accession talks, and thousands protested outside parliament.",
			[]string{"GEOGOV 164 IGOEUREEC asserted", "GEOCVL 141 GEOLEG asserted"}},
		{"Russian forces shelled the city of Kharkiv as thousands protested in Kyiv.",
			[]string{"RUSMIL 194 UKR asserted", "UKRCVL 141 - asserted"}},
		// two states and no place for the crowd; a flight is no protest
		{"Russian forces shelled Kharkiv as thousands protested.", []string{"RUSMIL 194 UKR asserted"}},
		{"Israeli troops pushed into Rafah as thousands fled to the coast.", []string{"ISRMIL 190 PSE asserted"}},
	}, false)
}

// TestUsedMeans: an infinitive after "use"/"employ" and its object tells
// what was done with the means: it happened as the use did (alleged in an
// accusation), by the user; a wished or possible use stays an aim
// (sources_structure.go).
func TestUsedMeans(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Russia used Iranian drones to attack power stations in Kyiv on Monday.",
			[]string{"RUS 190 UKR asserted"}},
		{"Israel used bulldozers to demolish Palestinian homes in Jenin.",
			[]string{"ISR 1712 PSECVL asserted"}},
		{"China has used its coast guard to block Philippine resupply missions.",
			[]string{"CHN 191 PHL asserted"}},
		{"Opposition parties accused Prime Minister Narendra Modi's government of using federal agencies to arrest political rivals ahead of the vote.",
			[]string{"INDOPP 112 INDGOV asserted", "INDGOV 173 - alleged"}},
		{"Aid groups want Britain to use its influence to pressure the United States.", nil},
	}, false)
}

// TestNamedUnitSource: "its"/"their" and a proper unit name the
// dictionary lacks, as the subject of a clause its owner reports, is the
// speaker's state's military; a capitalised name that is no unit gives
// nothing (sources_structure.go).
func TestNamedUnitSource(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Russia's defence ministry said its Northern Fleet had begun drills in the Barents Sea.",
			[]string{"RUSMIL 150 - asserted"}},
		{"The Pentagon said its Central Command had struck Houthi targets in Yemen.",
			[]string{"USAMIL 190 YEMREB asserted"}},
		{"China said its Eastern Theater Command had launched exercises around Taiwan.",
			[]string{"CHNMIL 150 TWN asserted"}},
		{"Kenya said its Rift Valley had received heavy rain.", nil},
	}, false)
}

// fightersAndFamiliesCases: a "their" agent joined to an actor ("Islamic
// State fighters and their families") is that actor's people
// (sources_structure.go listPossessor), never of a state named later in
// the sentence. The exact events each sentence gives.
var fightersAndFamiliesCases = []familyCase{
	{"their", "Islamic State fighters and their families surrendered to the SDF, a US-backed group, on Tuesday.", []string{"IMGMOSISL 0874 SYRREB asserted"}},
	{"their", "Reports spoke of Isis fighters and their families surrendering in eastern Syria on Tuesday.", []string{"IMGMOSISL 0874 - asserted"}},
	{"their", "Malian rebels and their families surrendered to the army on Monday.", []string{"MLIREB 0874 MLIMIL asserted", "MLICVL 0874 MLIMIL asserted"}},
}

// TestFightersAndFamilies codes each case of fightersAndFamiliesCases as a
// one-sentence article published on 2024-03-14 and compares its events
// exactly.
func TestFightersAndFamilies(t *testing.T) { checkFamilies(t, "", fightersAndFamiliesCases, false) }

// predicateListSubjectCases: a list of predicates shares its subject
// (sources_structure.go), each verb its own object, and a speech verb
// after the comma (", said a spokesman") is attribution. The exact events
// each sentence gives.
var predicateListSubjectCases = []familyCase{
	{"list", "Uganda thanked Kenya, sent troops to Somalia and signed a trade deal with Tanzania on Monday.", []string{"UGA 051 KEN asserted", "UGA 074 SOM asserted", "UGA 057 TZA asserted", "TZA 057 UGA asserted"}},
	{"list", "Britain praised Kenya, sent troops to Somalia and signed a deal with Nairobi.", []string{"GBR 051 KEN asserted", "GBR 074 SOM asserted", "GBR 057 KEN asserted", "KEN 057 GBR asserted"}},
	{"list", "Kenyan police arrested the protesters, said a spokesman for the ministry.", []string{"KENCOP 173 KENCVL asserted"}},
	// the first act's date, a count before its object and the object's own
	// phrase stand before the comma: still the subject's acts
	{"list", "Eritrea expelled two Djiboutian diplomats on Friday, moved tanks up to the border and demanded that Djibouti pull its soldiers back.", []string{"ERI 161 DJIGOV asserted", "ERI 154 - asserted", "ERI 1056 DJIMIL asserted"}},
	{"list", "Israel arrested two Palestinian lawmakers on Tuesday, demolished a house in Hebron and warned Hamas of further raids.", []string{"ISR 173 PSELEG asserted", "ISR 1712 PSE asserted", "ISR 130 PSEREB asserted"}},
	{"list", "Russia expelled three British diplomats on Monday, closed the British Council office in Moscow and accused London of spying.", []string{"RUS 161 GBRGOV asserted", "RUS 112 GBR asserted"}},
	{"list", "Sudan recalled its ambassador from Chad on Sunday, closed the border and accused N'Djamena of arming rebels.", []string{"SDN 161 TCD asserted", "SDN 112 TCD asserted", "TCD 072 SDNREB alleged"}},
	{"list", "The army detained two Sudanese journalists in Khartoum last week, shut their newspaper and banned a rally by the opposition.", []string{"SDNMIL 173 SDNMED asserted", "SDNMIL 1721 SDNOPP asserted"}},
	// near miss: a dated act with its attribution after the comma
	{"list", "Kenyan police arrested two opposition lawmakers on Monday, said a police spokesman.", []string{"KENCOP 173 KENOPP asserted"}},
}

// TestPredicateListSubject codes each case of predicateListSubjectCases as
// a one-sentence article published on 2024-03-14 and compares its events
// exactly.
func TestPredicateListSubject(t *testing.T) { checkFamilies(t, "", predicateListSubjectCases, false) }

// TestForeignCollectiveConjunct keeps the named actor of a subject that
// joins it to an unnamed foreign or international collective ("Malian
// troops and foreign soldiers", "the UK and the international
// community"), as it keeps it before "allied militias" or "other
// nations"; a named second conjunct still acts too.
func TestForeignCollectiveConjunct(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Malian troops and foreign soldiers killed 30 villagers in Moura.", []string{"MLIMIL 202 MLICVL asserted"}},
		{"Britain and the international community condemned North Korea on Monday.", []string{"GBR 111 PRK asserted"}},
		{"Malian troops and Russian mercenaries killed 30 villagers in Moura.", []string{"MLIMIL 202 MLICVL asserted", "RUSUAF 202 MLICVL asserted"}},
	}, false)
}
