package events_test

import "testing"

// TestMeansGerundDate: the day written in a "by" + gerund phrase dates
// the verb it tells the means of, and a gerund of means with no day of
// its own takes its verb's (W42039, W48020); a deadline ("by Friday") or
// a day after a comma lends nothing. Published Saturday 2024-07-13.
func TestMeansGerundDate(t *testing.T) {
	checkDates(t, []dateCase{
		{"Assailants on a motorcycle tried to kill a Ukrainian member of parliament by hurling a grenade at his car in Kiev on Tuesday.",
			[]string{"UKRUAF 185 UKRLEG asserted 2024-07-09/day"}},
		{"Egypt expelled Turkey's ambassador on Thursday, and Turkey responded within hours by declaring Egypt's envoy persona non grata.",
			[]string{"EGY 161 TURGOV asserted 2024-07-11/day", "TUR 161 EGYGOV asserted 2024-07-11/day"}},
		// a gerund of means with no day anywhere near keeps the report's day
		{"Kenyan police arrested an opposition lawmaker by storming his house, his lawyer said on Friday.",
			[]string{"KENCOP 173 KENOPP asserted 2024-07-12/day"}},
	})
}
