package events_test

import "testing"

// TestFraming codes sentences whose events were right in their plain form
// inside the frames wire copy puts around them: a fronted "according to"
// before a list of actors must not join the list, and an adverb after
// "threatened to" must not cut the infinitive from its verb.
func TestFraming(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"According to officials, Joe Biden and Vladimir Putin met in Geneva on Wednesday.",
			[]string{"USAGOV 044 RUSGOV asserted", "RUSGOV 044 USAGOV asserted"}},
		{"According to Reuters, Egypt, Qatar and Turkey called on Hamas to release the hostages.",
			[]string{"EGY 0253 PSEREB asserted", "QAT 0253 PSEREB asserted", "TUR 0253 PSEREB asserted"}},
		{"According to the Interior Ministry, Egypt and Qatar called on Hamas to release the hostages.",
			[]string{"EGY 0253 PSEREB asserted", "QAT 0253 PSEREB asserted"}},
		{"According to two senior US officials, Russia expelled two Estonian diplomats.",
			[]string{"RUS 161 ESTGOV asserted"}},
		{"In a joint statement, Egypt, Qatar and Turkey called on Hamas to release the hostages.",
			[]string{"EGY 0253 PSEREB asserted", "QAT 0253 PSEREB asserted", "TUR 0253 PSEREB asserted"}},
		// an adverb splitting the infinitive of a threat or intent
		{"Iran threatened to also close the Strait of Hormuz.", []string{"IRN 1381 - asserted"}},
		{"The European Commission threatened to also withhold billions of euros in funding from Hungary.",
			[]string{"IGOEUREEC 1311 HUN asserted"}},
		{"The United States pledged to quickly send more military aid to Ukraine.", []string{"USA 0332 UKR future"}},
	}, false)
}
