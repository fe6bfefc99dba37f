package events_test

import "testing"

// TestSpeakerAside codes, on sentences written for this test, a subject
// cut from its verb by a speaker's aside (", he told Turkish reporters,"):
// the phrase before the aside is the source, not the listeners in it
// (roles.go subject, sources_asides.go speakerAside); with no aside the
// listeners are no source either way.
func TestSpeakerAside(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The Kurdish fighters there, he told Turkish reporters, have already dug trenches.",
			[]string{"SYRREB 154 - asserted 2024-07-13"}},
		{"Sudanese rebels, she told Egyptian reporters, have shelled an army base near Khartoum.",
			[]string{"SDNREB 194 SDNMIL asserted 2024-07-13"}},
		{"He told Turkish reporters the Kurdish fighters had already dug trenches.",
			[]string{"SYRREB 154 - asserted 2024-07-13"}},
	}, true)
}
