package events_test

import "testing"

// TestBorderThereAlert checks targets_border_posture.go's borderThere:
// an alert raised "there" after a border named earlier in the sentence
// is aimed at the state across it; "there" after a place that is no
// border gives none.
func TestBorderThereAlert(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Chad moved tanks to the Sudanese border on Monday and placed its units there on high alert.",
			[]string{"TCD 154 SDN asserted", "TCD 152 SDN asserted"}},
		{"Chad moved tanks to the capital on Monday and placed its units there on high alert.",
			[]string{"TCD 154 - asserted", "TCD 152 - asserted"}},
	}, false)
}
