package events

import (
	"time"

	"github.com/dyad-events/dyad"
)

// weekdayOrDate resolves a date written with its weekday ("Monday, 14
// July", "Friday 8 August"; the weekday at toks[start]) whose weekday
// is not the date's own: the date stands when it is not after the
// publication day pub, else the weekday's most recent day up to pub, as
// a bare weekday resolves ("condemned … on Monday, 14 July" in a story of
// Saturday 13 July 2024, when 14 July is a Sunday, is Monday 8 July: a
// slip of the date, not a day still to come). A date without a weekday,
// or with its own, is d unchanged.
func weekdayOrDate(toks []dyad.Token, start int, d, pub time.Time) time.Time {
	wd, ok := weekdays[toks[start].Lower]
	if !ok || wd == d.Weekday() || !d.After(pub) {
		return d
	}
	return pub.AddDate(0, 0, -daysSince(pub, wd))
}

// daysSince is the number of days, 0 to 6, from the last weekday wd up
// to pub, pub itself counting: 0 when pub is a wd. A bare weekday in a
// story names the day that many days before publication (findDates).
func daysSince(pub time.Time, wd time.Weekday) int {
	return int(pub.Weekday()-wd+7) % 7
}
