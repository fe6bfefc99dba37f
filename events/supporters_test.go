package events_test

import "testing"

// TestLeaderSupporters codes a leader's supporters acting as the leader's
// state's people (CVL), or its opposition (OPP) for an opposition leader,
// not as the leader; the leader acting alone keeps the leader's code.
func TestLeaderSupporters(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2023-01-10", "Supporters of Jair Bolsonaro stormed Brazil's Congress on Sunday.",
			[]string{"BRACVL 145 BRALEG asserted"}},
		{"2023-01-10", "Supporters of Jair Bolsonaro marched in Brasilia on Sunday.",
			[]string{"BRACVL 141 - asserted"}},
		{"2023-05-10", "Supporters of Imran Khan stormed a military compound in Lahore on Tuesday.",
			[]string{"PAKOPP 145 PAKMIL asserted"}},
		{"2023-01-10", "Jair Bolsonaro criticised the court on Sunday.",
			[]string{"BRA 111 BRAJUD asserted"}},
	})
}

// TestSupportersOfPremodifiedLeader: "supporters of" a leader whose name
// follows words of its own (a faith, a nationality, "jailed") are still
// the leader's supporters; a noun that names no following ("critics of")
// is not.
func TestSupportersOfPremodifiedLeader(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2022-08-30", "Supporters of Shi'ite cleric Moqtada al-Sadr stormed the parliament in Baghdad on Saturday.",
			[]string{"IRQCVL 145 IRQLEG asserted"}},
		{"2022-08-30", "Followers of Iraqi Shiite cleric Muqtada al-Sadr marched through Baghdad on Friday.",
			[]string{"IRQCVL 141 - asserted"}},
		{"2023-05-10", "Supporters of jailed populist leader Imran Khan stormed a military compound in Lahore on Tuesday.",
			[]string{"PAKOPP 145 PAKMIL asserted"}},
		{"2022-08-30", "Supporters of Shiite cleric Moqtada al-Sadr stormed the government palace in Baghdad on Monday.",
			[]string{"IRQCVL 145 IRQGOV asserted"}},
		{"2022-08-30", "Critics of Shiite cleric Moqtada al-Sadr stormed the parliament in Baghdad on Saturday.", nil},
	})
}
