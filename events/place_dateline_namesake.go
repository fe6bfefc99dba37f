package events

// A dateline is the story's first place, and the best evidence of which
// namesake a bare name in the story means when the sentence says nothing
// of its own. Two rules read it:
//
// The dateline's own town, named again in the story, is the place the
// dateline was read as: "BOSTON, England (Reuters) - …", then "police in
// Boston arrested …" is that Boston (England, as the gazetteer has no
// English Boston), not Massachusetts', the gazetteer's only Boston; and
// "BIRMINGHAM, Ala." then "in Birmingham" is Alabama's. Only a dateline
// whose qualifier placed its town counts ("ROME, Ga."): a bare "ROME"
// was read as the gazetteer reads the name anyway.
//
// A city whose name the gazetteer gives to cities of several countries is,
// when the sentence names no actor of the gazetteer's choice's country
// and no place of it, and the story before has not named that country,
// the namesake in the dateline's country: "ATLANTA (Reuters) - Protesters
// clashed with police in Birmingham" is Alabama's Birmingham, not
// England's. A capital keeps its country ("NEW YORK - … talks in Athens"
// are Greece's), but for a namesake in the dateline's own state or
// province ("ATLANTA, Ga." then "in Athens": Georgia's). So does a city
// the bare-town rule keeps (place_bare_town.go), one of a million people
// or more or three times the size of the dateline's namesake, unless that
// namesake is in the dateline's own state or within datelineNearKm of it
// ("NEW YORK - … in Melbourne" is Australia's, "WASHINGTON - … in
// Manchester" England's, not New Hampshire's; "WASHINGTON - … police in
// Alexandria" are Virginia's, 10 km away, not Egypt's; "ATLANTA - … in
// Birmingham", 225 km away, Alabama's). A million people once kept the
// city whatever the distance, so that a story datelined Washington put
// Alexandria in Egypt: D.C. is no state, but Alexandria is its suburb.
// The sentence's
// own evidence comes first (namesake, place_names.go: "Lebanese soldiers
// clashed with gunmen in Tripoli", "the British city of Birmingham").

import (
	"strings"

	"github.com/dyad-events/dyad/gazetteer"
)

// storyDateline is what a story's dateline names.
type storyDateline struct {
	town  string          // the town as written ("BOSTON") when a qualifier placed it ("BOSTON, England"), else ""
	place gazetteer.Place // the place the dateline was read as (datelineLocation)
}

// datelineTown returns the dateline's place for a name at tokens j to
// j+n (found as p) that repeats the town of a qualified dateline.
func (c *Coder) datelineTown(st *sentence, p gazetteer.Place, j, n int) (gazetteer.Place, bool) {
	d := st.dateline
	if d == nil || d.town == "" || d.place == p {
		return gazetteer.Place{}, false
	}
	if !strings.EqualFold(st.s.Text[st.toks[j].Start:st.toks[j+n-1].End], d.town) {
		return gazetteer.Place{}, false
	}
	return d.place, true
}

// datelineNamesake returns the namesake of p (all its namesakes, p
// first; named at tokens j to j+n) in the dateline's country, when the sentence and the story before
// it name no actor of p's country: a city for a city, and for a capital
// only a city in the dateline's own first-level region.
func datelineNamesake(st *sentence, p gazetteer.Place, all []gazetteer.Place, j, n int) (gazetteer.Place, bool) {
	d := st.dateline
	if d == nil || d.place.Country == p.Country || p.Kind != gazetteer.KindCity && p.Kind != gazetteer.KindCapital {
		return gazetteer.Place{}, false
	}
	if st.story[p.Country] > 0 {
		return gazetteer.Place{}, false // the story told of p's country
	}
	ms := st.ments
	if ms == nil {
		ms = st.raw
	}
	for _, m := range ms {
		if m.Place || m.Kind == "place" || m.Start >= j && m.End <= j+n {
			continue // the name itself ("in Athens"), or a place
		}
		if m.Country == p.Country {
			return gazetteer.Place{}, false // "British police in Birmingham"
		}
	}
	for _, q := range all {
		if q.Country != d.place.Country || q.Kind != gazetteer.KindCity {
			continue
		}
		local := d.place.Region != "" && q.Region == d.place.Region
		if p.Kind == gazetteer.KindCapital && !local {
			continue
		}
		if local || datelineNear(q, d.place) {
			return q, true // "WASHINGTON - … in Alexandria": Virginia's, 10 km away
		}
		if p.Population >= bareTownMajor || p.Population >= bareTownFarLarger*q.Population {
			// "NEW YORK - … in Melbourne": Australia's; "WASHINGTON - …
			// in Manchester": England's (a nearer namesake may follow)
			continue
		}
		return q, true
	}
	return gazetteer.Place{}, false
}

// datelineNearKm is the distance from the dateline within which a
// namesake far smaller than the gazetteer's choice is still the one a
// story datelined there means: the dateline's own region's news
// ("ATLANTA" then "in Birmingham", Alabama's, 225 km away).
const datelineNearKm = 300

// datelineNear reports q within datelineNearKm of the dateline's place d.
func datelineNear(q, d gazetteer.Place) bool {
	return gazetteer.Km(q, d) <= datelineNearKm
}
