package events_test

import "testing"

// TestIdleWarnings codes a warning against an attitude or a danger, given
// to no named party or to the warner's own people ("his supporters"), as
// no event, one about a danger as a pessimistic
// comment (012), and one left in a relative clause ("a trip X had warned
// against") as background; warnings of a penalty, against a named party
// or against an act stay threats (130).
func TestIdleWarnings(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// against an attitude: no event
		{"Chile's finance minister warned against complacency on Tuesday as copper prices slid.", nil},
		{"Nepal's planning minister warned against overconfidence on Monday as remittances rose.", nil},
		// to the warner's own people (a possessive, no actor): no event, or a comment
		{"Kenyan President William Ruto warned his supporters against complacency, saying: \"It's a fight we have to win.\"", nil},
		{"The Nigerian opposition leader warned his followers on Sunday about complacency.", []string{"NGAOPP 012 - asserted"}},
		// another party warned: the warning stays
		{"The Lib Dems warned both parties against pandering to prejudice.", []string{"GBROPP 130 - asserted"}},
		// coordinated with an appeal: the appeal stays, the warning goes
		{"Ecuador's energy minister warned against waste and urged households to save power.", []string{"ECUGOV 020 - asserted"}},
		// stranded preposition: background about someone else's act
		{"Japan's defence minister met his Philippine counterpart in Manila on Friday, talks Beijing had repeatedly warned against.",
			[]string{"JPNGOV 040 PHLGOV asserted", "PHLGOV 040 JPNGOV asserted"}},
		// about a danger, verb or noun: a pessimistic comment
		{"Kenya's health ministry warned about a surge in cholera cases on Monday.", []string{"KENGOV 012 - asserted"}},
		{"The Indonesian navy chief issued a warning about the growing danger of piracy in the strait.", []string{"IDNMIL 012 - asserted"}},
		// threats stay
		{"Egypt warned Sudan on Monday against any move to fill the dam.", []string{"EGY 130 SDN asserted"}},
		{"Turkey has warned against a ground assault on the town.", []string{"TUR 130 - asserted"}},
		{"Pyongyang warned about \"retaliation\" for the new sanctions.", []string{"PRK 130 - asserted"}},
	}, false)
}
