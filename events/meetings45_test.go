package events_test

import "testing"

// TestCalledOffSummit: a summit or meeting called off, cancelled or
// scrapped is a meeting refused (125), its invited party the target when
// named; a visit called off stays a cut in relations (160). Invented
// sentences.
func TestCalledOffSummit(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Egypt called off a summit in Cairo on Sunday after a wave of air strikes on Gaza.", []string{"EGY 125 - asserted"}},
		{"Hungary scrapped a meeting with Ukrainian President Volodymyr Zelensky on Monday, citing a dispute over minority rights.", []string{"HUN 125 UKRGOV asserted"}},
		{"India cancelled a planned visit by the Canadian foreign minister on Tuesday.", []string{"IND 160 CANGOV asserted"}},
	}, false)
}
