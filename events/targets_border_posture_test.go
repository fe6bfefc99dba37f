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

// TestDeploymentAtBorderWith: a deployment (154) whose only targets are
// its own forces, or none, at "the border/frontier with" a neighbour is
// aimed at that neighbour; a frontier reinforced is a deployment there. A
// show of force near a border (150) and police sent to a border keep what
// they had (a drill near a border stays as coded before this rule).
func TestDeploymentAtBorderWith(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Peru deployed 1,500 soldiers and police to its frontier with Bolivia on Monday.", []string{"PER 154 BOL asserted"}},
		{"Niger reinforced its frontier with Mali on Thursday.", []string{"NER 154 MLI asserted"}},
		// near misses: drills near a border; police sent to a border
		{"Peru's army began exercises near the Bolivian border on Monday.", []string{"PERMIL 150 BOL asserted"}},
		{"Polish police deployed officers and dogs to the border with Belarus on Monday.", []string{"POLCOP 074 BLR asserted"}},
	}, false)
}
