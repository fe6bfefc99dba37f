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

// TestSeizedPeople: people an armed group seizes ([captured people]:
// relatives, a family, a lawmaker) are abducted (181), not property
// seized (171); what they own ("the family's cattle"), a town or a ship
// seized stays as it was.
func TestSeizedPeople(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Gunmen seized a minibus full of relatives of a district official in Nigeria on Sunday.",
			[]string{"NGAUAF 181 NGACVL asserted"}},
		{"Militants seized a Nigerian lawmaker on Friday.",
			[]string{"NGAREB 181 NGALEG asserted"}},
		{"Bandits seized a family of five on a highway in Nigeria.",
			[]string{"NGACRM 181 NGACVL asserted"}},
		{"Gunmen seized the family's cattle in Nigeria.",
			[]string{"NGAUAF 171 NGACVL asserted"}},
		{"Rebels seized the town of Kidal on Monday.",
			[]string{"MLIREB 192 MLI asserted"}},
		{"Pirates seized a Greek tanker off Somalia.",
			[]string{"SOMCRM 171 GRC asserted"}},
	}, false)
}
