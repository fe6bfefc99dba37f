package events_test

import "testing"

// TestTargets46: target rules of session 46. A symbolic act at a
// memorial to another country's dead is aimed at that country alone
// (targets_memorial.go), one to the source's own dead keeps the object
// scan's; a rejected request, demand or threat is aimed at its author
// named after "by" (words.txt [filing nouns]). A nationality before a
// person of a trade or sport the agent dictionary has no role for
// ("an Australian economist", "a Polish filmmaker") is a civilian of that
// country (CVL), not the state (actors personNounAt).
// Invented sentences.
func TestTargets46(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Japan's prime minister laid flowers at a memorial to Australian prisoners of war in Tokyo on Tuesday.", []string{"JPNGOV 017 AUS asserted"}},
		{"Canada's prime minister laid a wreath at a memorial to Dutch soldiers in Ottawa on Friday.", []string{"CANGOV 017 NLD asserted"}},
		{"Poland's president laid a wreath at a monument to victims of the 1944 uprising in Warsaw on Sunday.", []string{"POLGOV 017 - asserted"}},
		{"Myanmar's junta freed an Australian economist on Thursday.", []string{"MMRGOV 0841 AUSCVL asserted"}},
		{"Belarusian police detained a Polish filmmaker in Minsk on Monday.", []string{"BLRCOP 173 POLCVL asserted"}},
		{"Iran released a French cyclist on Friday after two years in prison.", []string{"IRN 0841 FRACVL asserted"}},
		{"Iran rejected on Sunday a threat by Israel's prime minister to strike its nuclear sites.", []string{"IRN 120 ISRGOV asserted", "ISRGOV 138 IRN asserted"}}, // (the threat itself: combine.go rejectedRequest)
	}, false)
}
