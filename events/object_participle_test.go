package events_test

import "testing"

// TestObjectParticiple codes matchSlots (hits.go) keeping a participle
// before a noun inside a verb's object (flagObject, adjectival): "restore
// the dissolved parliament" is "restore parliament" (0834; 0344 as a
// plan), as "restore the national assembly" was. A parliament reconvened
// after a recess is routine business and no change.
func TestObjectParticiple(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kyrgyzstan's president agreed on Thursday to reinstate the disbanded parliament.",
			[]string{"KGZGOV 0344 - future"}},
		{"Gabon's junta said on Tuesday it would restore the suspended constitution before the vote.",
			[]string{"GABGOV 0344 - future"}},
		{"Tunisia's president restored the frozen legislature on Wednesday.",
			[]string{"TUNGOV 0834 - asserted"}},
		// passive: unchanged
		{"The suspended constitution was restored by Burkina Faso's junta on Thursday.",
			[]string{"BFAGOV 0834 - asserted"}},
		// reconvened after a recess: no event
		{"Armenia's prime minister said the government would reconvene parliament after the summer recess.",
			nil},
	}, false)
}
