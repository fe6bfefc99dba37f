package sqlite

import (
	"cmp"
	"maps"
	"slices"
)

// PlaceRow is one stored event of an identity without its place
// (PlaceKey): its id, its place's name ("" for none) and the place's
// country (ISO 3166 alpha-3) and gazetteer kind, as the event's JSON
// holds them.
type PlaceRow struct {
	ID            int64
	Name, Country string
	Kind          string
}

// PlaceJoins returns the joins among the stored events of one identity
// without its place, each a pair (from, into) whose mentions move from
// event from to event into, which stays: first an event placed at a
// country joins the one event placed inside that country (a city, a
// region: "in southern Lebanon" and "near Nabatieh" are one strike at
// two precisions, the finer place wins), then the unplaced event joins
// the one placed event left. A country with two places inside it
// (Nabatieh, Tyre), or an unplaced event with two places left, stays
// apart. rows are in id order; so are the joins of each step.
func PlaceJoins(rows []PlaceRow) [][2]int64 {
	var joins [][2]int64
	gone := map[int64]bool{}
	for _, c := range rows {
		if c.Name == "" || c.Kind != "country" || c.Country == "" {
			continue
		}
		into, n := int64(0), 0
		for _, r := range rows {
			if r.Name != "" && r.Kind != "country" && r.Country == c.Country {
				into, n = r.ID, n+1
			}
		}
		if n == 1 {
			joins = append(joins, [2]int64{c.ID, into})
			gone[c.ID] = true
		}
	}
	var unplaced, into int64
	n := 0
	for _, r := range rows {
		switch {
		case r.Name == "":
			unplaced = r.ID
		case !gone[r.ID]:
			into, n = r.ID, n+1
		}
	}
	if unplaced != 0 && n == 1 {
		joins = append(joins, [2]int64{unplaced, into})
	}
	return joins
}

// TellingPlace is the place named by some of the tellings (mentions) of
// one identity without its place that one event holds: the event, the
// place (its Name, Country and Kind, as the mentions' JSON holds them; ID
// unused) and the storage order (SQLite's rowid, PostgreSQL's seq) of the
// earliest of those tellings.
type TellingPlace struct {
	Event int64
	Place PlaceRow
	First int64
}

// Regroup is what makes the events of one identity without its place
// what PlaceJoins gives for the places of all its tellings at once, as
// PlanRegroup plans it.
type Regroup struct {
	// Create lists the places that need an event of their own and have
	// none (it was joined to another before a later telling kept it
	// apart), in storage order: each is made from its earliest telling,
	// the mention of storage order From, as that telling made it first.
	Create []PlaceCreate
	// Moves move the tellings placed at Name held by event From to the
	// event placed at Into.
	Moves []PlaceMove
	// Recount lists the events kept whose tellings change (besides the
	// ones created), in id order; Drop the events left without one.
	Recount, Drop []int64
	// Events maps each place of the events to the event placed there
	// (the rows'); a store adds those it makes (Create), for Moves' Into.
	Events map[string]int64
}

// PlaceCreate is an event of Regroup.Create.
type PlaceCreate struct {
	Name string
	From int64
}

// PlaceMove is a move of Regroup.Moves.
type PlaceMove struct {
	From       int64
	Name, Into string
}

// Empty reports whether the plan changes nothing.
func (p Regroup) Empty() bool {
	return len(p.Create) == 0 && len(p.Moves) == 0 && len(p.Drop) == 0
}

// PlanRegroup plans the events of one identity without its place from
// the places of all its tellings: rows are its events (PlaceRows, in id
// order), tellings the places their mentions name, per event. Each
// telling belongs to the event of the place PlaceJoins joins its own
// place to (or of its own place), among the places of every telling
// of the identity. The stored events then depend on the tellings stored,
// never on the order they came in nor on how they were split between
// batches: an unplaced telling joined to Tokyo goes back to an unplaced
// event of its own when a telling at Osaka comes, as it would have
// stayed had Osaka come first, and a telling placed at the country
// likewise. An event with no telling (none is kept so) is left alone.
func PlanRegroup(rows []PlaceRow, tellings []TellingPlace) Regroup {
	// the places, each once, their country and kind from the events'
	// JSON where the tellings' lack them (stored by an older dyad)
	byName := map[string]PlaceRow{}
	for _, t := range tellings {
		p := byName[t.Place.Name]
		p.Name = t.Place.Name
		p.Country = max(p.Country, t.Place.Country)
		p.Kind = max(p.Kind, t.Place.Kind)
		byName[t.Place.Name] = p
	}
	event := map[string]int64{} // the event placed at each place
	for _, r := range rows {
		event[r.Name] = r.ID
		if p, ok := byName[r.Name]; ok {
			p.Country = cmp.Or(p.Country, r.Country)
			p.Kind = cmp.Or(p.Kind, r.Kind)
			byName[r.Name] = p
		}
	}
	names := slices.Sorted(maps.Keys(byName))
	places := make([]PlaceRow, len(names))
	for i, n := range names {
		places[i] = byName[n]
		places[i].ID = int64(i + 1)
	}
	into := map[string]string{}
	for _, n := range names {
		into[n] = n
	}
	for _, j := range PlaceJoins(places) {
		into[names[j[0]-1]] = names[j[1]-1]
	}
	p := Regroup{Events: event}
	first := map[string]int64{} // the earliest telling of each place
	for _, t := range tellings {
		if f, ok := first[t.Place.Name]; !ok || t.First < f {
			first[t.Place.Name] = t.First
		}
	}
	for _, n := range names {
		if into[n] == n && event[n] == 0 {
			p.Create = append(p.Create, PlaceCreate{n, first[n]})
		}
	}
	slices.SortFunc(p.Create, func(a, b PlaceCreate) int { return cmp.Compare(a.From, b.From) })
	kept := map[int64]bool{}    // events keeping a telling
	changed := map[int64]bool{} // events losing or gaining one
	for _, t := range tellings {
		n := into[t.Place.Name]
		if e := event[n]; e == t.Event {
			kept[e] = true
			continue
		} else if e != 0 {
			changed[e] = true
		}
		changed[t.Event] = true
		p.Moves = append(p.Moves, PlaceMove{t.Event, t.Place.Name, n})
	}
	ids := slices.Sorted(maps.Keys(changed))
	for _, id := range ids {
		if kept[id] {
			p.Recount = append(p.Recount, id)
			continue
		}
		gains := false
		for _, n := range names {
			if into[n] == n && event[n] == id {
				gains = true
			}
		}
		if gains {
			p.Recount = append(p.Recount, id)
		} else {
			p.Drop = append(p.Drop, id)
		}
	}
	return p
}

// CountNewEvents corrects the batch's Result.NewEvents for a regroup of
// an identity whose events are rows (before it): created gives the
// result that counted an event the batch created (nil for an older
// one). An event the batch created and the regroup dropped is not new;
// an older event dropped makes one the batch created (the first kept)
// not new either; an event the regroup made anew for a telling stored
// before is new, counted with the batch's first event of the identity.
func (p Regroup) CountNewEvents(rows []PlaceRow, created func(id int64) *Result) {
	dropped := map[int64]bool{}
	for _, id := range p.Drop {
		dropped[id] = true
	}
	net := len(p.Create) // events made less older events dropped
	var kept []*Result
	var firstNew *Result
	for _, r := range rows {
		res := created(r.ID)
		if res == nil {
			if dropped[r.ID] {
				net--
			}
			continue
		}
		if firstNew == nil {
			firstNew = res
		}
		if dropped[r.ID] {
			res.NewEvents--
		} else {
			kept = append(kept, res)
		}
	}
	for ; net < 0 && len(kept) > 0; net++ {
		kept[0].NewEvents--
		kept = kept[1:]
	}
	if net > 0 && firstNew != nil {
		firstNew.NewEvents += net
	}
}
