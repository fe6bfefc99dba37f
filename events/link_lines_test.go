package events_test

import "testing"

// TestLinkLines: a sentence opened by a link or teaser label ("Read
// more:", "Related:", "See also:", "Also read:", "Watch:") is another
// story's headline and codes no event; the same headline without the
// label still codes.
func TestLinkLines(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Read more: As Mali battles jihadist rebels, farmers flee the centre", nil},
		{"READ MORE: Kenya expels two Somali diplomats after border row", nil},
		{"Related: Chad shells rebel camps near the Libyan border", nil},
		{"See also: Peru arrests opposition leader in Lima", nil},
		{"Also read: Ghana recalls its ambassador to Togo", nil},
		{"Watch: Police clash with protesters in Dhaka", nil},
		{"Kenya expelled two Somali diplomats on Monday.", []string{"KEN 161 SOMGOV asserted"}},
	}, false)
}
