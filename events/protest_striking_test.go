package events_test

import "testing"

// TestStrikingCrowd: "striking" right after workers, doctors or teachers
// that another act falls on, striking no one, is their labour strike
// (143) against their government, as the gold codes the garment workers'
// strike of dev56 W56037 beside the shooting; a "striking" with someone
// struck after it, or after troops, stays out or stays force. All the
// sentences are our own; none is a gold line.
func TestStrikingCrowd(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Bangladeshi police opened fire on textile workers striking for unpaid wages outside a factory near Dhaka on Thursday, wounding at least five of them.", []string{
			"BGDCOP 175 BGDLAB asserted", "BGDLAB 143 BGDGOV asserted"}}, // the shooting of strikers is repression (175) since c73c, as the gold codes it
		{"Kenyan police fired tear gas at doctors striking over unpaid salaries in Nairobi on Monday.", []string{
			"KENCOP 175 KENHLH asserted", "KENHLH 143 KENGOV asserted"}},
		{"Kenyan police arrested villagers striking soldiers with sticks on Monday.", []string{
			"KENCOP 173 KENCVL asserted"}},
		{"Kenyan troops are striking rebel positions near Kismayo.", []string{
			"KENMIL 190 SOMREB asserted"}},
	}, false)
}
