package events_test

import "testing"

// TestStrikingCrowd: "striking" right after workers, doctors or teachers
// that another act falls on, striking no one, is their labour strike
// (143) against their government, as the gold codes the garment workers'
// strike of W56037 beside the shooting; a "striking" with someone struck
// after it, or after troops, stays out or stays force. Invented sentences
// but the first (dev56 W56037).
func TestStrikingCrowd(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Cambodian security forces opened fire on garment workers striking for a higher minimum wage on an industrial road in Phnom Penh on Friday, killing at least three of them.", []string{
			"KHMCOP 175 KHMLAB asserted", "KHMLAB 143 KHMGOV asserted"}}, // the shooting of strikers is repression (175) since c73c, as the gold codes it
		{"Kenyan police fired tear gas at doctors striking over unpaid salaries in Nairobi on Monday.", []string{
			"KENCOP 175 KENHLH asserted", "KENHLH 143 KENGOV asserted"}},
		{"Kenyan police arrested villagers striking soldiers with sticks on Monday.", []string{
			"KENCOP 173 KENCVL asserted"}},
		{"Kenyan troops are striking rebel positions near Kismayo.", []string{
			"KENMIL 190 SOMREB asserted"}},
	}, false)
}
