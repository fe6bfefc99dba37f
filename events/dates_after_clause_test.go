package events_test

import "testing"

// TestAfterClauseDate dates a finite "after" clause with no time phrase of
// its own by the main clause's day (README "Conventions fixed here" item
// 25), also after a threatened infinitive; a counted span ("weeks after"),
// a claim of responsibility and an alleged act (item 26) do not take it. Published Saturday 2024-07-13.
func TestAfterClauseDate(t *testing.T) {
	checkDates(t, []dateCase{
		{"Israel struck targets in Gaza on Monday after militants fired rockets at Israeli towns.",
			[]string{"ISR 190 PSE asserted 2024-07-08/day", "PSEREB 194 ISR asserted 2024-07-08/day"}},
		// a threatened infinitive before "after": the vow's day, as item 25
		// says of such lines (W43053, W16262, W43044; afterStatement)
		{"Iran vowed on Monday to retaliate after Israel struck its consulate in Damascus.",
			[]string{"IRN 138 ISR asserted 2024-07-08/day", "ISR 190 IRN asserted 2024-07-08/day"}},
		// a participle on the clause's plural subject (W62029)
		{"Kenya's president declared a state of emergency in Kisumu on Tuesday after protesters alleging vote rigging set fire to the electoral commission's offices.",
			[]string{"KENGOV 1724 - asserted 2024-07-09/day", "KENCVL 145 KENGOV asserted 2024-07-09/day"}},
		// near miss: weeks after
		{"Israel struck targets in Gaza on Monday, weeks after militants fired rockets at Israeli towns.",
			[]string{"ISR 190 PSE asserted 2024-07-08/day", "PSEREB 194 ISR asserted 2024-07-13/day"}},
		// near miss: an alleged act keeps the publication date (item 26)
		{"Israel struck targets in Gaza on Monday after militants allegedly fired rockets at Israeli towns.",
			[]string{"ISR 190 PSE asserted 2024-07-08/day", "PSEREB 194 ISR alleged 2024-07-13/day"}},
	})
}

// TestAfterEventlessDay dates a finite "after" clause by the day of a main
// clause that tells no event ("stocks were lower Friday"), as item 25 dates
// it after an event verb; a week, a year, a counted span or a day looking
// ahead ("until Monday") lends nothing.
// Published Saturday 2024-07-13.
func TestAfterEventlessDay(t *testing.T) {
	checkDates(t, []dateCase{
		{"Asian stocks were mostly lower Friday after North Korea fired a missile.",
			[]string{"PRK 150 - asserted 2024-07-12/day"}},
		{"Oil prices rose sharply on Thursday after Houthi rebels attacked a tanker in the Red Sea.",
			[]string{"YEMREB 190 - asserted 2024-07-11/day"}},
		// near misses: no day of the main clause; a counted span
		{"Stocks were lower this week after North Korea fired a missile.",
			[]string{"PRK 150 - asserted 2024-07-13/day"}},
		{"Stocks were lower Friday, days after North Korea fired a missile.",
			[]string{"PRK 150 - asserted 2024-07-13/day"}},
		// near miss: a day looking ahead is no day of the main clause
		{"Schools stay shut until Monday after North Korea fired a missile.",
			[]string{"PRK 150 - asserted 2024-07-13/day"}},
		// a main clause whose only verb hit is set aside (no source for
		// "urging") tells no event: its day is lent (W16146's construction)
		{"The Japanese government sent alerts urging residents of two islands to take cover on Thursday after North Korea fired a ballistic missile.",
			[]string{"PRK 150 - asserted 2024-07-11/day"}},
		{"South Korea's weather agency issued warnings telling fishermen to return to port on Friday after North Korea fired two missiles.",
			[]string{"PRK 150 - asserted 2024-07-12/day"}},
	})
}
