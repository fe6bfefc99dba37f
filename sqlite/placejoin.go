package sqlite

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
