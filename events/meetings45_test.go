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

// TestAcceptedResignation: a government's or prime minister's
// resignation accepted by a head of state is the change in leadership
// made (0831), an ambassador's is none; a tear-gassing by police, in one
// word with its doubled s, is repression (175). Invented sentences.
func TestAcceptedResignation(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Jordan's King Abdullah accepted the resignation of Prime Minister Hani Mulki on Monday after a week of protests.", []string{"JORGOV 0831 - asserted"}},
		{"Mali's president accepted the resignation of his ambassador to Algeria on Monday.", nil},
		{"Kenyan police tear-gassed opposition supporters in Kisumu on Friday.", []string{"KENCOP 175 KENOPP asserted"}},
		{"Zimbabwean riot police teargassed protesters in Harare on Wednesday.", []string{"ZWECOP 175 ZWECVL asserted"}},
	}, false)
}
