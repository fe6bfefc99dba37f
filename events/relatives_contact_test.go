package events_test

import "testing"

// TestContactCharge: a charge in a contact relative clause ("gunmen it
// blamed for killing farmers") is the pronoun's, not a passive of the
// noun before; the act it alleges is the noun's, alleged, and the charge
// itself, background to the sentence's act, is not coded: the same events
// as the plain passive ("generals accused of"). Invented sentences.
func TestContactCharge(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Ghana sent troops to the border on Friday to hunt Togolese gunmen it blamed for killing three farmers.",
			[]string{"GHA 154 TGOUAF asserted", "TGOUAF 180 GHAAGR alleged"}},
		{"Nigeria's army hunted bandits they blamed for kidnapping students.",
			[]string{"NGACRM 181 NGAEDU alleged"}},
		{"Britain froze the assets on Friday of six Russian generals it accused of directing strikes on Kharkiv.",
			[]string{"GBR 163 RUSMIL asserted", "RUSMIL 190 UKR alleged"}},
		{"Britain froze the assets on Friday of six Russian generals accused of directing strikes on Kharkiv.",
			[]string{"GBR 163 RUSMIL asserted", "RUSMIL 190 UKR alleged"}},
	}, false)
}
