package actors_test

import "testing"

// TestSecurityAgency57 checks, on sentences written for this test, that a
// state's internal or domestic security agency is its intelligence (SPY),
// as its security service is, not a government agency (GOV). Every
// mention as text=CODE.
func TestSecurityAgency57(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-05-20", "Poland's internal security agency detained a Colombian man.", "Poland's internal security agency=POLSPY | Colombian man=COLCVL"},
		{"2024-05-20", "Israel's domestic security agency arrested two Palestinians.", "Israel's domestic security agency=ISRSPY | Palestinians=PSECVL"},
		{"2024-05-20", "Japan's immigration agency detained a Colombian man.", "Japan's immigration agency=JPNGOV | Colombian man=COLCVL"},
	}, showCode)
}

// TestEmployer57 checks, on sentences written for this test, that a
// worker's employer named with a nationality is a private person (CVL), as
// the maid is, where the nationality alone gave the bare state. Every
// mention as text=CODE.
func TestEmployer57(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-05-20", "A Filipino maid was beaten by her Saudi employer.", "Filipino maid=PHLCVL | Saudi employer=SAUCVL"},
		{"2024-05-20", "The Saudi employer beat the driver.", "The Saudi employer=SAUCVL"},
	}, showCode)
}

// TestCult57 checks, on sentences written for this test, that a religious
// cult or sect and its leader are religion (REL), as a church is, where
// "leader" alone gave the state's government. Every mention as text=CODE.
func TestCult57(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2023-04-24", "Kenyan police detained a cult leader.", "Kenyan police=KENCOP | cult leader=?REL"},
		{"2023-04-24", "Kenyan police detained the leader of a Christian cult.", "Kenyan police=KENCOP | the leader of a Christian cult=?REL"},
	}, showCode)
}
