package events

// "On the 14th": an ordinal day with no month names a day of the month
// the text is in. A report names the day so when its month goes without
// saying: the publication month, or the month before when the day is
// later than the publication day ("on the 28th", published on the 3rd).
// Only "on the Nth" followed by no noun reads so: "on the 14th floor",
// "on the 14th day of the siege", "on the 3rd of May" (a month: the
// month's own case) and "on the 14th anniversary" are no dates.

import (
	"strings"
	"time"

	"github.com/dyad-events/dyad"
)

// ordinalDayOfMonth returns the date expression of "on the 14th" whose
// ordinal is at toks[i], resolved against pub, and false when the words
// are none ("the 14th" after no "on", or before a noun, "of" or a month)
// or the month before has no such day ("on the 31st", published on 10
// March).
func ordinalDayOfMonth(toks []dyad.Token, i int, pub time.Time) (dateExpr, bool) {
	dd := ordinalDay(toks[i].Lower)
	if dd == 0 || i < 2 || toks[i-1].Lower != "the" || toks[i-2].Lower != "on" {
		return dateExpr{}, false
	}
	if i+1 < len(toks) {
		n := toks[i+1]
		if n.Lower == "of" || monthOf(n.Lower) != 0 {
			return dateExpr{}, false
		}
		if c := n.Text[0]; c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' {
			switch {
			case n.Tag == "IN", n.Tag == "CC", n.Tag == "WRB", n.Tag == "WDT", n.Tag == "TO", n.Tag == "RB", n.Tag == "PRP", n.Tag == "DT",
				strings.HasPrefix(n.Tag, "VB") && n.Tag != "VBG" && n.Tag != "VBN", n.Tag == "MD":
				// "on the 14th in Nairobi", "on the 14th when …", "on the 14th said"
			default:
				return dateExpr{}, false // "on the 14th floor", "on the 14th anniversary"
			}
		}
	}
	y, m := pub.Year(), pub.Month()
	if dd > pub.Day() {
		m-- // "on the 28th", published on the 3rd: last month's
		if m == 0 {
			y, m = y-1, 12
		}
	}
	if !validDay(y, m, dd) {
		return dateExpr{}, false
	}
	return dateExpr{i - 1, i + 1, time.Date(y, m, dd, 0, 0, 0, 0, time.UTC).Format("2006-01-02"), dyad.Day, false, ""}, true
}
