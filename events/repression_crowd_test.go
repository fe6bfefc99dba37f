package events_test

import "testing"

// TestRepressionStoneThrowers codes a state's forces firing on a
// stone-throwing crowd of their own country as repression (175), as the
// gold sets do (W39014, W49006); a crowd with no such modifier and no
// protest told stays a shooting.
func TestRepressionStoneThrowers(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Tunisian police opened fire on stone-throwing youths in the phosphate mining town of Redeyef on Friday, killing one and wounding several, opposition activists said.", []string{"TUNCOP 175 TUNCVL asserted"}},
		{"Indian troops fired pellet guns at stone-throwing youths in the Kashmir valley on Thursday, killing a teenager and wounding dozens, local officials said.", []string{"INDMIL 175 INDCVL asserted"}},
		{"Israeli police fired rubber bullets at rock-throwing Palestinians in Jerusalem on Friday.", []string{"ISRCOP 175 PSECVL asserted"}},
		// near miss: no stones, no protest
		{"Tunisian police opened fire on youths in Redeyef on Friday.", []string{"TUNCOP 193 TUNCVL asserted"}},
	}, false)
}
