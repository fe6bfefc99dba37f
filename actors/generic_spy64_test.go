package actors_test

import "testing"

// TestGenericIntelligenceService64 checks, on sentences written for this
// test, the generic intelligence-service names added to agents.txt in
// session 64: another state named before the name by a possessive or an
// adjective takes it; alone the name keeps the state institutions.txt
// gives it. Every mention as text=CODE.
func TestGenericIntelligenceService64(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-05-20", "Kenya's National Intelligence Service arrested two men.", "Kenya's National Intelligence Service=KENSPY"},
		{"2024-05-20", "The Swiss Federal Intelligence Service warned Russia.", "The Swiss Federal Intelligence Service=CHESPY | Russia=RUS"},
		{"2024-05-20", "The National Intelligence Service warned North Korea.", "The National Intelligence Service=KORSPY | North Korea=PRK"},
	}, showCode)
}
