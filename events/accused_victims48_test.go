package events_test

import "testing"

// TestAccusedVictims48: unnamed victims of an accused act in a place the
// sentence names are of that place, never of the accuser: "Britain accused
// Syrian forces of massacring villagers in Homs" is SYRMIL 202 SYRCVL, as
// the act told without the accusation is. With no place they stay the
// accuser's ("Ukraine accused Russia of deporting children" UKRREF).
// Invented sentences.
func TestAccusedVictims48(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Britain and France accused Syrian government forces on Saturday of massacring more than 90 villagers in Homs.",
			[]string{"GBR 112 SYRMIL asserted", "FRA 112 SYRMIL asserted", "SYRMIL 202 SYRCVL alleged"}},
		{"Syrian government forces massacred more than 90 villagers in Homs on Saturday.",
			[]string{"SYRMIL 202 SYRCVL asserted"}},
		{"Ukraine accused Russia on Monday of deporting children.",
			[]string{"UKR 112 RUS asserted", "RUS 174 UKRREF alleged"}},
	}, false)
}
