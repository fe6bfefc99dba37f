package events_test

import "testing"

// TestScareQuotedPraise61 checks that a congratulation or thanks wrapped
// alone in quotation marks is irony, no event, while the same verb
// unquoted and a quoted "welcomed" stay coded.
func TestScareQuotedPraise61(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Trump ‘congratulates’ China in dig at Supreme Court ruling", nil},
		{"Trump 'thanks' China in dig at the Supreme Court on Monday.", nil},
		{"Trump congratulates China on Monday.", []string{"USA 051 CHN asserted"}},
		{"Trump 'welcomed' Chinese troops on Monday.", []string{"USA 013 CHNMIL asserted"}},
	}, false)
}
