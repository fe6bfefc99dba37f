package events

// A denied act told again by the denial.
//
// "Ukraine accused Russia of shelling a hospital in Kharkiv on Monday.
// Russia denied shelling the hospital." The first sentence alleges RUS
// 194 UKR, dated Monday, which the denial makes denied (denyEarlier); the
// second tells the same act again, denied, with no date of its own, so it
// would take the publication day and stand as a second event. A denial
// answers the act it names: the retelling is a mention of the earlier
// event, not an act of its own day.

import "github.com/dyad-events/dyad"

// foldDeniedRetold folds into an earlier sentence's denied event each
// later denied telling of the same CAMEO code, by and on the same states
// (sameState: "Azerbaijani positions" AZEMIL retells the accusation's
// AZE), that carries no date of its own (DateFrom "published"), as
// further tellings (Event.Also; a telling naming its actors otherwise
// keeps them, foldedInto). evs is in sentence order (Coder.Code's); the result keeps
// that order.
func foldDeniedRetold(evs []dyad.Event) []dyad.Event {
	var gone []bool
	for k := range evs {
		e := &evs[k]
		if e.Status != dyad.Denied || e.DateFrom != "published" {
			continue
		}
		for j := 0; j < k; j++ {
			f := &evs[j]
			if gone != nil && gone[j] || f.Status != dyad.Denied || f.Sentence >= e.Sentence || f.Date == e.Date ||
				f.CAMEO != e.CAMEO || !sameState(f.Source, e.Source) || !sameState(f.Target, e.Target) {
				continue
			}
			if gone == nil {
				gone = make([]bool, len(evs))
			}
			f.Also = append(f.Also, foldedInto(f, e)...)
			gone[k] = true
			break
		}
	}
	if gone == nil {
		return evs
	}
	return withoutGone(evs, gone)
}

// sameState reports whether a and b are one actor or actors of one
// state: both absent, the same code, or the same country.
func sameState(a, b *dyad.Actor) bool {
	switch {
	case a == nil || b == nil:
		return a == b
	case a.Code == b.Code:
		return true
	}
	return a.Country != "" && a.Country == b.Country
}
