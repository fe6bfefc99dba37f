package actors_test

import "testing"

// TestMembersOfBody checks members.go on sentences written for this test:
// officials, leaders, members and staff "of" a body named by an agent noun
// take that body's role and nationality; a body of the government's own
// role, a noun heading the phrase later, a preposition other than "of"
// and a named organisation keep the rules they had.
func TestMembersOfBody(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2025-03-05", "Police arrested 21 officials of the state-owned metals company.", "Police=?COP | officials of the state-owned metals company=?BUS"},
		{"2025-03-05", "Chinese police detained three officials of a Japanese company.", "Chinese police=CHNCOP | officials of a Japanese company=JPNBUS"},
		{"2025-03-05", "Agents detained staff members of the investigative outlet in Bishkek.", "staff members of the investigative outlet=?MED | Bishkek=KGZ"},
		// (a leader of a militia: the militia itself, as before)
		{"2025-03-05", "Soldiers captured two leaders of the local militia.", "Soldiers=?MIL | militia=?UAF"},
		// an organisation after "a": its own code, as after "the"
		{"2025-03-05", "Police arrested a leader of a FARC dissident faction.", "Police=?COP | leader of a FARC dissident=COLREB"},
		// near misses: the government's own body, another preposition, a
		// noun heading the phrase after the agent noun
		{"2025-03-05", "Officials of the interior ministry met the envoy.", "Officials=?GOV | the interior ministry=?GOV | the envoy=?GOV"},
		{"2025-03-05", "Officials at the company declined to comment.", "Officials=?GOV | the company=?BUS"},
		{"2025-03-05", "Officials of the company board resigned.", "Officials=?GOV"},
	}, showCode)
}

// TestHeadNounSectors checks agents.txt phrases where the head noun, not
// its modifier, decides the role (a journalist of the opposition is
// media, a military prosecutor judiciary, a group's press media).
func TestHeadNounSectors(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2025-03-05", "Attackers beat an opposition journalist in Tbilisi.", "Attackers=?UAF | opposition journalist=?MED | Tbilisi=GEO"},
		{"2025-03-05", "Belarus jailed a dissident journalist.", "Belarus=BLR | dissident journalist=?MED"},
		{"2025-03-05", "Dissident journalists fled Minsk.", "Dissident journalists=?MED | Minsk=BLR"},
		{"2025-03-05", "Poland's military prosecutors opened an inquiry.", "Poland's military prosecutors=POLJUD"},
		{"2025-03-05", "A military prosecutor charged the general.", "military prosecutor=?JUD"},
		{"2023-07-01", "Russia banned the Wagner group's media outlets.", "Russia=RUS | the Wagner group's media outlets=RUSMED"},
		{"2025-03-05", "Iran shot down a Ukrainian airliner.", "Iran=IRN | Ukrainian airliner=UKRBUS"},
		// near misses: the opposition's own leader stays the opposition;
		// kin of a body's people are kin, not the body
		{"2025-03-05", "Family members of the detained journalists appealed for their release.", "Family members=?CVL | journalists=?MED"},
		{"2025-03-05", "Police detained an opposition leader.", "Police=?COP | opposition leader=?OPP"},
	}, showCode)
}
