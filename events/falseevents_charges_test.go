package events_test

import "testing"

// TestBackgroundCharge48: what a report or a charge named in a cause or
// topic phrase ("over allegations that", "amid reports that", "on
// reports that") says is no event of the sentence (falseevents_charges.go;
// dev16 W16012, dev8 E0115); a charge made by a verb, or denied, keeps
// its act, and a date between the denial and the charge is no
// preposition of cause.
func TestBackgroundCharge48(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Russia expelled two Estonian diplomats on Monday over accusations that Estonia had arrested a Russian journalist.",
			[]string{"RUS 161 ESTGOV asserted"}},
		{"Niger's junta suspended BBC broadcasts on Thursday over reports that French troops had attacked Nigerien soldiers near the border.",
			[]string{"NERGOV 1721 - asserted"}},
		{"Pakistan summoned the Afghan envoy on Sunday amid allegations that Afghan forces shelled a Pakistani border post.",
			[]string{"PAK 114 AFGGOV asserted"}},
		// a denial's object, after its date: the act stays, denied
		{"Russia denied on Monday accusations that its troops had shelled a Ukrainian hospital.",
			[]string{"RUS 016 - asserted", "RUSMIL 194 UKRHLH denied"}},
		// a charge made by a verb
		{"Venezuela expelled the U.S. ambassador on Tuesday, accusing him of meeting opposition leaders.",
			[]string{"VEN 161 USAGOV asserted", "VEN 112 USAGOV asserted", "USAGOV 040 VENOPP alleged", "VENOPP 040 USAGOV alleged"}},
	}, false)
}
