package events

import (
	"time"

	"github.com/dyad-events/dyad"
)

// lastYearsDay returns the day date (an event's day from the text) a year
// earlier when a date expression of st gives it as a month and day with
// no year and no weekday written ("on July 20", "on 20 July") and it is more than a day
// after the publication day pub: wire style leaves the year out of a
// recent date, so "expelled a diplomat on July 20" in a story of 13 July
// 2024 is 20 July 2023, not a day still to come (the caller asks only for
// acts told as done, not plans). Any other date, or a day with its year
// written ("July 20, 2024"), or its weekday ("Saturday, July 20": the
// weekday says the year), is date unchanged.
func lastYearsDay(st *sentence, date string, pub time.Time) string {
	d, err := time.Parse("2006-01-02", date)
	if err != nil || !d.After(pub.AddDate(0, 0, 1)) {
		return date
	}
	for _, e := range st.dates {
		if e.date != date || e.precision != dyad.Day || !monthDayNoYear(st.toks[e.start:e.end]) {
			continue
		}
		if prev := d.AddDate(-1, 0, 0); prev.Day() == d.Day() {
			return prev.Format("2006-01-02")
		}
	}
	return date
}

// monthDayNoYear reports a date expression's tokens naming a month and
// neither a four-digit year nor a weekday: "July 20", "20 July".
func monthDayNoYear(toks []dyad.Token) bool {
	month := false
	for _, t := range toks {
		if isNum(t.Lower) && len(t.Lower) == 4 || isWeekday(t.Lower) {
			return false
		}
		if monthOf(t.Lower) != 0 && startsUpperASCII(t.Text) {
			month = true
		}
	}
	return month
}
