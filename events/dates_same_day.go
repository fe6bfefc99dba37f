package events

import (
	"time"

	"github.com/dyad-events/dyad"
)

// sameOrPreviousDay is the date expression of tokens [start, end) that
// names the day of the day-precision date before it in the sentence
// ("the same day", "that same night") or, with previous, the day before
// it ("the previous night", "the preceding day", "the night before"):
// "Congo expelled Rwanda's ambassador on Saturday, accusing Kigali of
// backing rebels who captured two towns the same day" dates the capture
// Saturday. ok is false when the date before cannot be read.
func sameOrPreviousDay(before dateExpr, start, end int, previous bool) (dateExpr, bool) {
	d, err := time.Parse("2006-01-02", before.date)
	if err != nil {
		return dateExpr{}, false
	}
	if previous {
		d = d.AddDate(0, 0, -1)
	}
	return dateExpr{start, end, d.Format("2006-01-02"), dyad.Day, before.published && !previous, ""}, true
}
