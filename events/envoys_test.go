package events_test

import "testing"

// TestEnvoyTitleSubject checks an envoy's title naming where he is
// posted: the actors after "to" are no subject of the verb; the envoy
// is, of the state or body that sends him. An envoy that is the object
// of a verb before it is no subject.
func TestEnvoyTitleSubject(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The US envoy to the coalition against ISIS accused Turkey of endangering the fight.",
			[]string{"USAGOV 112 TUR asserted"}},
		{"The US envoy to the coalition against ISIS criticized Turkey on Monday.",
			[]string{"USAGOV 111 TUR asserted"}},
		{"The US envoy to the alliance battling Islamic State has resigned.",
			[]string{"USAGOV 0831 - asserted"}},
		{"The Syrian government delegation to Geneva refused to discuss a new constitution.",
			[]string{"SYRGOV 125 - asserted"}},
		// near misses: the envoy's own title, an envoy as an object
		{"Russia's ambassador to Israel criticized the air strikes on Syria.",
			[]string{"RUSGOV 111 SYR asserted"}},
		{"Spain withdrew its ambassador to Argentina after President Javier Milei refused to apologise.",
			[]string{"ESP 161 ARG asserted", "ARGGOV 120 ESP asserted"}},
	}, false)
}
