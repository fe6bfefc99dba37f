package events_test

import "testing"

// TestDaysAfterDate dates a finite clause opened by "a day after", "two
// days after" or "a week after" by the day of the clause before less the
// count, as the gold sets code it (README: "a finite 'a day after' …
// clause takes its day"; W42029, W51023). Published Saturday 2024-07-13.
func TestDaysAfterDate(t *testing.T) {
	checkDates(t, []dateCase{
		{"Russia expelled two Polish diplomats on Thursday, a day after Poland expelled three Russian diplomats.",
			[]string{"RUS 161 POLGOV asserted 2024-07-11/day", "POL 161 RUSGOV asserted 2024-07-10/day"}},
		{"Saudi artillery pounded Houthi positions on Thursday, two days after rebels crossed into the kingdom and killed a border guard.",
			[]string{"SAUMIL 194 YEMREB asserted 2024-07-11/day", "YEMREB 190 SAUMIL asserted 2024-07-09/day"}},
		{"On Thursday, a day after Poland expelled three Russian diplomats, Russia expelled two Polish diplomats.",
			[]string{"RUS 161 POLGOV asserted 2024-07-11/day", "POL 161 RUSGOV asserted 2024-07-10/day"}},
		// near miss: a count of years gives no day; the clause keeps the publication date
		{"Russia expelled two Polish diplomats on Thursday, two years after Poland expelled three Russian diplomats.",
			[]string{"RUS 161 POLGOV asserted 2024-07-11/day", "POL 161 RUSGOV asserted 2024-07-13/day"}},
		// near miss: a month before the count gives no day
		{"Russia expelled two Polish diplomats last month, two days after Poland expelled three Russian diplomats.",
			[]string{"RUS 161 POLGOV asserted 2024-06/month", "POL 161 RUSGOV asserted 2024-07-13/day"}},
	})
}
