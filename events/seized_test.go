package events_test

import "testing"

// TestSeizedFrom: ground retaken from an armed side targets that side,
// not the place; rebels and gunmen storming a place assault it.
func TestSeizedFrom(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The Sudanese army retook control of the presidential palace in Khartoum from the Rapid Support Forces on Friday.",
			[]string{"SDNMIL 192 SDNREB asserted"}},
		{"Ukrainian forces recaptured the village of Robotyne from Russian troops.",
			[]string{"UKRMIL 192 RUSMIL asserted"}},
		{"Rebels stormed the presidential palace in Bangui.",
			[]string{"CAFREB 180 CAFGOV asserted"}},
		{"Gunmen stormed a hotel in Mogadishu.",
			[]string{"SOMUAF 180 SOMCVL asserted"}},
		{"Gunmen stormed a hotel in Mogadishu on Sunday, killing at least ten Somali soldiers.",
			[]string{"SOMUAF 180 SOMMIL asserted"}},
		// protesters storming parliament riot
		{"Protesters stormed parliament in Nairobi.",
			[]string{"KENCVL 145 KENLEG asserted"}},
	}, false)
}
