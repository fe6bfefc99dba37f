package events_test

import "testing"

// TestRaisedObjectVerb codes an infinitive after a verb of judging whose
// object moved out into a relative clause ("allies which it considers to
// have failed to offer support"): the judge's subject does not act
// (sources_raised_object.go). A passive "is believed to have" and a
// control verb ("agreed to", "claimed to have") keep their subject.
func TestRaisedObjectVerb(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Germany is weighing sanctions on Nato allies which it considers to have failed to offer support during the war.",
			[]string{"DEU 014 - asserted"}}, // the weighing only, no DEU 032 negated
		{"France criticised the allies that it believes to have refused to send troops to Ukraine.",
			[]string{"FRA 111 - asserted"}},
		// the rule must not fire: a passive, a control verb
		{"Israel is believed to have carried out the strike on the Iranian consulate in Damascus.",
			[]string{"ISR 195 IRN alleged"}},
		{"Germany agreed on Monday to send troops to Lithuania.",
			[]string{"DEU 0334 LTU future"}},
	}, false)
}
