package events_test

import "testing"

// TestReportedChargeDenied codes sentences written by the dyad team for
// reportedCharge (events/charge_reported.go): "X said Y did Z, a charge
// Y denied" is X 112 Y (asserted) beside Y 016 X; "an accusation" heads
// it too, "saying" and "told" tell it. A claim about the speaker's own
// deeds, a denier not named in what was said, and an accusation verb of
// the sentence's own add no second 112. Each sentence is published on
// 2024-07-13 (a Saturday); each want lists every event as "SOURCE CAMEO TARGET
// status date", in any order.
func TestReportedChargeDenied(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// "said" + ", a charge … denied"
		{"Kenya said Somali troops had shelled its border posts, a charge Mogadishu denied.",
			[]string{"KEN 112 SOMMIL asserted 2024-07-13", "SOM 016 KEN asserted 2024-07-13", "SOMMIL 194 KENMIL denied 2024-07-13"}},
		// "an accusation … rejected", the saying told on a day
		{"Armenia said on Tuesday Azerbaijan was preparing an offensive, an accusation Baku rejected.",
			[]string{"ARM 112 AZE asserted 2024-07-09", "AZE 016 ARM asserted 2024-07-09"}},
		// "saying" after the speaker's own act
		{"Israeli troops raided a clinic in Jenin on Monday, saying Hamas hid weapons there, a charge Hamas denied.",
			[]string{"ISRMIL 190 PSE asserted 2024-07-08", "ISRMIL 112 PSEREB asserted 2024-07-08", "PSEREB 016 ISRMIL asserted 2024-07-08"}},
		// near miss: a claim about the speaker's own deeds accuses nobody
		{"Russia's defence ministry said its forces had captured a village near Kupiansk, a claim Kyiv rejected.",
			[]string{"RUSMIL 192 UKR asserted 2024-07-13", "UKR 016 RUSGOV asserted 2024-07-13"}},
		// near miss: an accusation verb already codes the charge
		{"Armenia accused Azerbaijan of shelling border villages, a charge Baku rejected.",
			[]string{"ARM 112 AZE asserted 2024-07-13", "AZE 194 ARM denied 2024-07-13", "AZE 016 ARM asserted 2024-07-13"}},
	}, true)
}
