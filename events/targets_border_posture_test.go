package events_test

import "testing"

// TestBorderPosture: an alert (152) with no target raised at the border
// with another state, or at its adjective's border, is aimed at that
// state by its country code alone; a border town of the source's own
// state or a border named after a comma gives none, and so does police
// on alert at a border, whose alert is 151 (targets_border_posture.go,
// refine.go).
func TestBorderPosture(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Guyana's army raised its alert level along the Essequibo on the border with Venezuela on Wednesday.",
			[]string{"GUYMIL 152 VEN asserted"}},
		{"Chad heightened its alert status along the Libyan border on Friday.",
			[]string{"TCD 152 LBY asserted"}},
		{"Chad's army raised its alert level in the Chadian border town of Abeche on Friday.",
			[]string{"TCDMIL 152 - asserted"}},
		{"Chad's army raised its alert level on Friday, a week after a clash on the border with Sudan.",
			[]string{"TCDMIL 152 - asserted"}},
		{"Lithuanian police raised their alert level along the Belarusian border on Monday as smugglers tried to cut through the fence.",
			[]string{"LTUCOP 151 - asserted"}},
		{"Hungarian border police heightened their alert status on the border with Serbia on Monday.",
			[]string{"HUNCOP 151 - asserted"}},
	}, false)
}
