package events_test

import "testing"

// TestSummaryProgressive: a perfect progressive spread over a span ("have
// been warning for years") sums up a stance kept up, no act of the day,
// as the present perfect does (falseevents_history.go, summary); the same
// verb dated, or with no span, stays an event.
func TestSummaryProgressive(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Human rights groups have been warning for years about abuses by Egyptian police.", nil},
		{"Iran has been threatening Israel for years over its strikes in Syria.", nil},
		{"The FBI has been sounding the alarm about the threat posed by the Chinese government for years.", nil},
		{"The Kenyan government has been accusing Uganda for years of arming rebels.", nil},
		// near misses: no span, or a plain past of the day
		{"Iran has been threatening Israel over its strikes in Syria.", []string{"IRN 138 ISR asserted"}},
		{"Iran threatened Israel on Friday over its strikes in Syria.", []string{"IRN 138 ISR asserted"}},
	}, false)
}

// TestSummaryProgressiveMonths: over months the progressive keeps its
// event (only a span of years sums up a stance).
func TestSummaryProgressiveMonths(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Iran has been threatening Israel for months over its strikes in Syria.", []string{"IRN 138 ISR asserted"}},
	}, false)
}
