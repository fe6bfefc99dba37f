package events_test

import "testing"

// TestIncludedMembers8: an unnamed collective opening the clause with its
// members named after "including", "among them" or "such as": the members
// act, each one an event; a collective that is the object, or members
// that are no actors, give nothing new (subjects8.go).
func TestIncludedMembers8(t *testing.T) {
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

// TestWeaponState8: a weapon noun event whose state is named before the
// words describing the weapon ("a Ukrainian sea drone", "Russian drones
// and missiles", "a Russian ballistic missile strike"); a weapon made
// elsewhere or another thing's owner names no attacker (subjects8.go).
func TestWeaponState8(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"A Ukrainian sea drone struck a Russian navy landing ship near Novorossiysk.",
			[]string{"UKR 1952 RUSMIL asserted"}},
		{"Russian drones and missiles hit energy facilities in nine regions overnight.",
			[]string{"RUSMIL 195 - asserted"}},
		{"A Russian ballistic missile strike on a military academy in Poltava killed more than 50 people.",
			[]string{"RUS 195 UKR asserted"}},
		{"Houthi anti-ship missiles struck a tanker in the Red Sea on Monday.",
			[]string{"YEMREB 195 - asserted"}},
		{"Iranian-made attack drones struck Kyiv overnight.", nil},
		{"A Russian oil depot attack caused a huge fire.", nil},
	}, false)
}

// TestPastModifierClause8: a coordinated verb after a clause that
// modifies a noun (a reduced relative, or a relative clause closed by the
// comma before "and") takes the main clause's subject; an open relative
// clause is left alone (subjects8.go).
func TestPastModifierClause8(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Burkina Faso's government said it had foiled a coup plot organised from Ivory Coast and arrested several army officers.",
			[]string{"BFAGOV 173 - asserted"}},
		{"Turkey's foreign ministry condemned the raid, which killed 12 people, and called on Israel to halt its offensive.",
			[]string{"TURGOV 111 - asserted", "TURGOV 0256 ISR asserted"}},
		{"Japan protested over a Chinese survey ship that entered its waters, and summoned China's ambassador.",
			[]string{"JPN 114 - asserted", "JPN 114 CHNGOV asserted"}},
		{"Azerbaijan's president accused Russia of shooting at a jet that crashed in Kazakhstan, and demanded that Moscow admit guilt.",
			[]string{"AZEGOV 112 RUS asserted", "RUS 193 KAZ alleged", "AZEGOV 100 RUS asserted"}},
		{"Poland condemned a drone incursion that violated its airspace and summoned the Russian ambassador.",
			[]string{"POL 111 - asserted"}},
	}, false)
}

// TestLaterOwnCountry8: police, prosecutors or a court named with no
// state, in a sentence that places them nowhere, are the state of the
// office holder or state body named after them (the one they act on, or
// who reports it); a place still decides first, and nobody named gives
// nothing (subjects8.go).
func TestLaterOwnCountry8(t *testing.T) {
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

// TestClauseCrowd8: a bare count of people opening a later clause of the
// sentence protests as the people of the place named after it, else of
// the one state the sentence names; two states, or a verb that is no
// protest, give nothing (subjects8.go).
func TestClauseCrowd8(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenyan police fired tear gas as thousands marched on parliament.",
			[]string{"KENCOP 175 KENCVL asserted", "KENCVL 141 KENLEG asserted"}},
		{"The Georgian government suspended EU accession talks, and thousands protested outside parliament.",
			[]string{"GEOGOV 164 IGOEUREEC asserted", "GEOCVL 141 - asserted"}},
		{"Russian forces shelled the city of Kharkiv as thousands protested in Kyiv.",
			[]string{"RUSMIL 194 UKR asserted", "UKRCVL 141 - asserted"}},
		// two states and no place for the crowd; a flight is no protest
		{"Russian forces shelled Kharkiv as thousands protested.", []string{"RUSMIL 194 UKR asserted"}},
		{"Israeli troops pushed into Rafah as thousands fled to the coast.", []string{"ISRMIL 190 PSE asserted"}},
	}, false)
}

// TestUsedMeans8: an infinitive after "use"/"employ" and its object tells
// what was done with the means: it happened as the use did (alleged in an
// accusation), by the user; a wished or possible use stays an aim
// (subjects8.go).
func TestUsedMeans8(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Russia used Iranian drones to attack power stations in Kyiv on Monday.",
			[]string{"RUS 190 UKR asserted"}},
		{"Israel used bulldozers to demolish Palestinian homes in Jenin.",
			[]string{"ISR 1712 PSE asserted"}},
		{"China has used its coast guard to block Philippine resupply missions.",
			[]string{"CHN 191 PHL asserted"}},
		{"Opposition parties accused Prime Minister Narendra Modi's government of using federal agencies to arrest political rivals ahead of the vote.",
			[]string{"INDOPP 112 INDGOV asserted", "INDGOV 173 - alleged"}},
		{"Aid groups want Britain to use its influence to pressure the United States.", nil},
	}, false)
}

// TestNamedUnitSource8: "its"/"their" and a proper unit name the
// dictionary lacks, as the subject of a clause its owner reports, is the
// speaker's state's military; a capitalised name that is no unit gives
// nothing (subjects8.go).
func TestNamedUnitSource8(t *testing.T) {
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
