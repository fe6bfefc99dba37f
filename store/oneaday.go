package store

import (
	"context"
	"errors"

	"github.com/dyad-events/dyad"
)

// EventLister is what OneADay reads: a store's EachEvent and GroupCounts
// (Store has them).
type EventLister interface {
	EachEvent(ctx context.Context, f Filter, fn func(StoredEvent) error) error
	GroupCounts(ctx context.Context, ids []int64) (sources, articles int, err error)
}

// OneADay streams to fn one event for each group of the stored events
// matching f that share a day, a source country, a target country, a CAMEO
// root and a status: PHOENIX's "one-a-day" duplicate filter, loosened from
// full codes to countries and roots, so that outlets coding one act
// differently ("Russian forces shelled Kharkiv" RUSMIL 194 UKR, "Russia
// shelled Kharkiv" RUS 194 UKR, another outlet's 195) count it once. An
// actor with no country (IGOUNO, a group) keys by its code; a missing
// target is its own key; a source and target of one country key by their
// full codes (SYRMIL 194 SYRREB and SYRREB 194 SYRGOV, KENCOP 173 KENCVL
// and KENCOP 173 KENOPP stay apart: the country alone would fold every
// act of a civil war into one).
//
// The event passed for a group is its most-mentioned one (the lowest id
// on a tie), with NumMentions summed over the group (a sentence telling
// two of its events counts twice), NumSources and NumArticles counted over
// the group as for one event, the distinct outlets and the distinct
// articles of its mentions (GroupCounts: a Reuters story telling two of
// its events is one source and one article), and Merged listing the
// group's ids, its own first. Events dated
// to a day only are grouped: one dated to a month or a year, or undated,
// stands alone (Merged its own id alone, as a day's event with no
// other of its group: merged_event_ids is on every row). Groups come in the order of their
// representatives' ids; f.Limit caps the groups, f.After skips groups whose
// representative's id is not above it (the stored events are read
// whole, twice: the first pass keeps only ids and counts per group).
func OneADay(ctx context.Context, db EventLister, f Filter, fn func(StoredEvent) error) error {
	type group struct {
		rep, repMentions int64
		mentions         int
		ids              []int64
	}
	limit, after := f.Limit, f.After
	f.Limit, f.After = 0, 0
	groups := map[string]*group{}
	byRep := map[int64]*group{}
	err := db.EachEvent(ctx, f, func(e StoredEvent) error {
		key, ok := dayKey(e.Event)
		if !ok {
			return nil
		}
		g := groups[key]
		if g == nil {
			g = &group{rep: e.GlobalEventID, repMentions: -1}
			groups[key] = g
		}
		if int64(e.NumMentions) > g.repMentions {
			g.rep, g.repMentions = e.GlobalEventID, int64(e.NumMentions)
		}
		g.mentions += e.NumMentions
		g.ids = append(g.ids, e.GlobalEventID)
		return nil
	})
	if err != nil {
		return err
	}
	for _, g := range groups {
		byRep[g.rep] = g
	}
	groups = nil
	n := 0
	errStop := errors.New("limit reached")
	err = db.EachEvent(ctx, f, func(e StoredEvent) error {
		if e.GlobalEventID <= after {
			return nil
		}
		if _, ok := dayKey(e.Event); ok {
			g := byRep[e.GlobalEventID]
			if g == nil {
				return nil // merged into its group's representative
			}
			e.NumMentions = g.mentions
			if len(g.ids) > 1 {
				// (one event's counts are its own)
				sources, articles, err := db.GroupCounts(ctx, g.ids)
				if err != nil {
					return err
				}
				e.NumSources, e.NumArticles = sources, articles
			}
			e.Merged = make([]int64, 0, len(g.ids))
			e.Merged = append(e.Merged, e.GlobalEventID)
			for _, id := range g.ids {
				if id != e.GlobalEventID {
					e.Merged = append(e.Merged, id)
				}
			}
		} else {
			// a group of its own: merged_event_ids is on every row
			e.Merged = []int64{e.GlobalEventID}
		}
		if err := fn(e); err != nil {
			return err
		}
		n++
		if limit > 0 && n >= limit {
			return errStop
		}
		return nil
	})
	if errors.Is(err, errStop) {
		return nil
	}
	return err
}

// dayKey is an event's one-a-day group: its day, source and target
// country (else code; both codes when they share a country), CAMEO root
// and status; ok is false for an event not dated to a day.
func dayKey(e dyad.Event) (string, bool) {
	if e.Date == "" || e.DatePrecision != dyad.Day {
		return "", false
	}
	// Inside one country (a civil war, a crackdown) the country says
	// nothing of who did what to whom: SYRMIL 194 SYRREB and SYRREB 194
	// SYRGOV are two acts, and keep their full codes.
	domestic := e.Source != nil && e.Target != nil && e.Source.Country != "" && e.Source.Country == e.Target.Country
	side := func(a *dyad.Actor) string {
		switch {
		case a == nil:
			return "-"
		case a.Country != "" && !domestic:
			return a.Country
		}
		return a.Code
	}
	root := e.CAMEORoot
	if root == "" && len(e.CAMEO) >= 2 {
		root = e.CAMEO[:2]
	}
	return e.Date + "|" + side(e.Source) + "|" + side(e.Target) + "|" + root + "|" + string(e.Status), true
}
