package actors_test

import "testing"

// TestUSParties checks, on sentences written for this test, the US
// parties of institutions.txt: the sitting president's party is PTY, the
// other OPP (dated by the presidents' terms, as the British parties are),
// and their members in Congress are LEG; never the country of another
// actor nearby. A members' plural ending another party's name ("Sweden
// Democrats", "the ruling Social Democrats") is no US party
// (guards.go foreignPartyMembers).
func TestUSParties(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2025-03-04", "Republican leaders criticized the deal.", "Republican leaders=USAPTY"},
		{"2023-03-04", "Republican leaders criticized the deal.", "Republican leaders=USAOPP"},
		{"2025-03-04", "Democrats criticized the deal.", "Democrats=USAOPP"},
		{"2023-03-04", "Republicans criticized the deal.", "Republicans=USAOPP"},
		{"2019-03-04", "Republicans criticized the deal.", "Republicans=USAPTY"},
		{"2012-03-04", "The Republican Party criticized the deal.", "The Republican Party=USAOPP"},
		{"2025-03-04", "Democratic senators condemned Iran.", "Democratic senators=USALEG | Iran=IRN"},
		{"2025-03-04", "Senate Republicans condemned Iran.", "Senate Republicans=USALEG | Iran=IRN"},
		{"2025-03-04", "U.S. Democrats criticized the deal.", "U.S. Democrats=USAOPP"},
		// near misses: other countries' parties named with a members' plural
		{"2025-03-04", "Sweden Democrats criticized the deal.", "Sweden=SWE"},
		{"2025-03-04", "Hackers attacked the ruling Social Democrats.", "Hackers=?CRM"},
	}, showCode)
}
