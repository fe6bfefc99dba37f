package events

// The country a sentence or clause is set in, for mentions that take their
// state from a place: the first place named after "in", "at" or "near" in
// the sentence or clause, a city or region the gazetteer knows, a place
// right after a preposition, and the article's most mentioned country; and
// states named as a destination, a border or a part of a city, which are
// places, not actors.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/gazetteer"
)

// anyPlaceCountry returns the country of the first capitalised word run
// of the sentence that the gazetteer knows as a place, "" when none. For
// a state's body or official named by role alone (official: "The
// President", "the foreign minister", "the government", "Parliament",
// "the supreme court", a party such as "the Muslim Brotherhood") a place after
// the role counts only after "in" when it is a state or a capital the
// actor dictionary names: such a state named later is what the official
// acts on ("The President approved an arms sale to Iran", "The foreign
// minister condemned Israel"), not the official's own state; "in
// Nairobi" is where the official is, and a town or region ("demanding
// statehood for Ladakh") still places it. A state's adjective before a
// place's kind and "of" ("the southern Philippine city of Marawi") places
// it in that state, whether the gazetteer knows the place or not.
func (c *Coder) anyPlaceCountry(st *sentence, ms []actors.Mention, official *actors.Mention) string {
	for k := 0; k < len(st.toks); k++ {
		if st.toks[k].Tag != "NNP" {
			continue
		}
		if m := mentionAt(ms, k); m != nil {
			if official != nil && k >= official.End && st.toks[k-1].Lower != "in" {
				continue
			}
			if (m.Kind == actors.KindCountry || m.Kind == actors.KindCapital) && !m.Modifier && k > 0 && !st.words.borderWith(st.toks, k) {
				return m.Country // "off the coast of Somalia"
			}
			if m.Kind == actors.KindAdjective && m.Country != "" && m.End < len(st.toks) && kindNoun(st.toks[m.End].Lower) && m.End+1 < len(st.toks) && st.toks[m.End+1].Lower == "of" {
				return m.Country // "the southern Philippine city of Marawi": a place the gazetteer may not know, in that state
			}
			continue // modifiers are no places ("German government websites")
		}
		if p, n, ok := c.placeAt(st, k, len(st.toks), 3); ok && (!nameGoesOn(st.toks, k+n) || regionWord(st.toks, k+n)) && !featureName(st.toks, k+n) {
			if k == 0 && !regionWord(st.toks, k+n-1) && !regionWord(st.toks, k+n) {
				continue // a capitalised first word is often no place ("Male voters")
			}
			if country, decided := c.bareTownCountry(st, p); decided {
				return country // "near Bor": no country rather than a wrong one (place_bare_town.go)
			}
			return p.Country
		}
	}
	return ""
}

// cityCountry returns the country of the first city or region the
// sentence names, its first word too ("Kharkiv was hit …, the city's
// mayor said"); "" when it names none.
func (c *Coder) cityCountry(st *sentence) string {
	for k := 0; k < len(st.toks); k++ {
		if st.toks[k].Tag != "NNP" {
			continue
		}
		if p, n, ok := c.placeAt(st, k, len(st.toks), 3); ok && p.Kind != gazetteer.KindCountry && !nameGoesOn(st.toks, k+n) && !featureName(st.toks, k+n) {
			if country, decided := c.bareTownCountry(st, p); decided {
				return country // (place_bare_town.go)
			}
			return p.Country
		}
	}
	return ""
}

// mentionAt returns the mention token k lies in, nil when none.
func mentionAt(ms []actors.Mention, k int) *actors.Mention {
	for j := range ms {
		if k >= ms[j].Start && k < ms[j].End {
			return &ms[j]
		}
	}
	return nil
}

// regionWord reports "state", "province" or "county" at token i.
func regionWord(toks []dyad.Token, i int) bool {
	if i >= len(toks) {
		return false
	}
	switch toks[i].Lower {
	case "state", "province", "county":
		return true
	}
	return false
}

// destination marks states and capitals named as where someone goes or
// flies over as places, not actors: "returned to Pyongyang", "entered
// Damascus", "air defences were activated over Tehran". A visited state
// stays an actor: it is the host (043).
func (v *vocab) destination(toks []dyad.Token, ms []actors.Mention) {
	for k := range ms {
		m := &ms[k]
		if m.Seat && m.Start >= 2 && toks[m.Start-1].Lower == "the" {
			switch toks[m.Start-2].Lower {
			case "in", "at", "inside", "outside", "near":
				m.Place = true // "signed a statement in the Kremlin"
			}
		}
		if v.attackPlaceCompound(toks, m) {
			m.Place = true // "the Nairobi attack": where it happened (places_attackcompound.go)
			continue
		}
		if v.venuePlaceCompound(toks, m) {
			m.Place = true // "the Doha negotiations": where they were held (places_venuecompound.go)
			continue
		}
		if m.Kind != actors.KindCountry && m.Kind != actors.KindCapital || m.Possessive {
			continue
		}
		j := m.Start - 1
		inner := false // a region word before: "central Somalia"
		for j >= 0 && (toks[j].Lower == "the" || (strings.HasSuffix(toks[j].Lower, "ern") || toks[j].Lower == "central" || v.compassPoint(toks[j].Lower)) && !startsUpperASCII(toks[j].Text)) {
			inner = inner || toks[j].Lower != "the"
			j--
		}
		if j < 0 {
			continue
		}
		switch toks[j].Lower {
		case "in", "at", "near", "across", "throughout", "inside", "on":
			if inner {
				m.Place = true // "in central Somalia", "the attack on southern Israel"
			}
		case "over", "via", "toward", "towards":
			// "activated over Tehran"; a state flown over may be the
			// target of a show of force ("a missile over Japan")
			m.Place = m.Kind == actors.KindCapital
		case "entered", "reached", "enter", "reach", "entering", "reaching":
			m.Place = true
		case "visit", "visited", "visits", "visiting":
			// "visited Taipei": where the visit went; the visit codes its
			// host all the same (042/043 take a place's state)
			m.Place = true
		case "capital":
			if m.Kind == actors.KindCapital && placedOwner(toks, ms, j-1) {
				m.Place = true // "Police in Kyrgyzstan's capital Bishkek broke up": where they are
			}
		case "with":
			if j > 0 && borderWord(toks[j-1].Lower) && !closesBorder(toks, j-1) {
				m.Place = true // "guard the border with Chad", "crossings with Ukraine"
			}
		case "and", ",":
			// the last of a list of places that are no actors: "rounding
			// up thousands in Karachi and Islamabad"
			m.Place = m.Kind == actors.KindCapital && placeList(toks, ms, j)
		case "of":
			if j > 0 && toks[j-1].Lower == "control" {
				m.Place = true // "took control of Damascus": territory
			}
			if m.Kind == actors.KindCapital && partOfPlace(toks, j) {
				m.Place = true // "looted shops in suburbs of Paris"
			}
		case "to", "into":
			if j > 0 {
				// going home or fleeing (a trip to a state is a visit, its
				// host an actor: "his first trip to Russia")
				switch toks[j-1].Lemma {
				case "return", "flee", "relocate":
					m.Place = true
				}
				switch toks[j-1].Lower {
				case "returned", "fled", "relocated", "back", "home", "return":
					m.Place = true
				}
				if m.Kind == actors.KindCapital && sentPeople(toks, ms, j) {
					m.Place = true // "sent police officers to Port-au-Prince": where they go
				}
			}
		}
		if m.Place {
			// a list shares it: "crossed into Poland and Moldova"
			for n := k + 1; n < len(ms) && (ms[n].Kind == actors.KindCountry || ms[n].Kind == actors.KindCapital); n++ {
				if !actors.Coordinated(toks, ms[n-1].End, ms[n].Start) {
					break
				}
				ms[n].Place = true
			}
		}
	}
}

// placedOwner reports a possessive at token p ("'s" of "Kyrgyzstan's
// capital") closing a state named as a place: after "in", "at" or
// "near", or inside a located agent ("Police in Kyrgyzstan").
func placedOwner(toks []dyad.Token, ms []actors.Mention, p int) bool {
	if p < 1 || !isPossTok(toks[p]) {
		return false
	}
	for _, n := range ms {
		if n.End != p {
			continue
		}
		if n.Start > 0 {
			switch toks[n.Start-1].Lower {
			case "in", "at", "near":
				return true
			}
		}
		if locatedAgent(toks, n) {
			return true
		}
	}
	return false
}

// locatedAgent reports a mention that holds its own place phrase:
// "Police in Kyrgyzstan", "Authorities in India".
func locatedAgent(toks []dyad.Token, m actors.Mention) bool {
	for x := m.Start; x < m.End; x++ {
		if toks[x].Lower == "in" {
			return true
		}
	}
	return false
}

// partOfPlace reports "of" at token j after a noun naming part of a
// city: "suburbs of Paris", "the outskirts of Kyiv", "the streets of
// Tehran".
func partOfPlace(toks []dyad.Token, j int) bool {
	if j == 0 {
		return false
	}
	switch toks[j-1].Lower {
	case "suburbs", "suburb", "outskirts", "streets", "centre", "center", "heart", "parts", "districts", "neighbourhoods", "neighborhoods":
		return true
	}
	return false
}

// sentPeople reports "to" at token j closing "sent/deployed PEOPLE":
// an agent mention ending right before j, after a verb sending people.
func sentPeople(toks []dyad.Token, ms []actors.Mention, j int) bool {
	a := mentionAt(ms, j-1)
	if a == nil || a.Country != "" && !a.Unresolved && a.Kind != "coref" && a.Kind != actors.KindAgent {
		return false
	}
	k := a.Start - 1
	for k >= 0 && (toks[k].Tag == "DT" || toks[k].Tag == "CD" || toks[k].Tag == "JJ" || toks[k].Tag == "NN" && !startsUpperASCII(toks[k].Text)) {
		k-- // "a peace envoy"
	}
	if k < 0 {
		return false
	}
	switch toks[k].Lemma {
	case "send", "deploy", "dispatch":
		return true
	}
	return false
}

// borderWord reports a noun whose "with X" names a place: "the border
// with Chad", "crossings with Ukraine".
func borderWord(w string) bool {
	switch w {
	case "border", "borders", "crossing", "crossings", "frontier", "boundary":
		return true
	}
	return false
}

// closesBorder reports a verb closing or opening the border noun at b
// (within three words before it): "closed its border with Haiti" acts on
// Haiti.
func closesBorder(toks []dyad.Token, b int) bool {
	for k := b - 1; k >= 0 && k >= b-3; k-- {
		switch toks[k].Lemma {
		case "close", "shut", "seal", "open", "reopen":
			return true
		}
	}
	return false
}

// placeList reports a list ending at the conjunction or comma at token j
// whose items are capitalised words no mention covers, after "in", "at"
// or "near": "in Karachi and", "near Aleppo, Idlib and".
func placeList(toks []dyad.Token, ms []actors.Mention, j int) bool {
	k, names := j-1, 0
	for ; k >= 0; k-- {
		switch {
		case toks[k].Lower == "and" || toks[k].Text == ",":
		case startsUpperASCII(toks[k].Text) && mentionAt(ms, k) == nil:
			names++
		default:
			switch toks[k].Lower {
			case "in", "at", "near":
				return names > 0
			}
			return false
		}
	}
	return false
}

// placeCountryAfter returns the country of a place named right after the
// word prep (lower case) at or after token from, "" when none.
func (c *Coder) placeCountryAfter(st *sentence, from int, prep string) string {
	toks := st.toks
	for k := from; k+1 < len(toks); k++ {
		if toks[k].Lower != prep {
			continue
		}
		j := k + 1
		j = pastThe(toks, j)
		if p, n, ok := c.placeAt(st, j, len(toks), 2); ok && !nameGoesOn(toks, j+n) && !featureName(toks, j+n) {
			if country, ok := c.storyCountry(st, p); ok {
				return country
			}
		}
	}
	return ""
}

// placeNoun reports a noun for a settlement or region: "town", "city"
// ([place nouns] of data/words.txt).
func (v *vocab) placeNoun(w string) bool {
	return v.placeNouns[w]
}

// sentenceCountry returns the country of the first place named after
// in/at/near in the sentence, "" when none.
func (c *Coder) sentenceCountry(st *sentence) string {
	return c.placeCountryIn(st, 0, len(st.toks))
}

// clauseCountry is sentenceCountry for the clause around token i first
// (clauseBounds: "…, while police in Tbilisi arrested …" is Georgia's
// whatever the clause before names), else for the whole sentence.
func (c *Coder) clauseCountry(st *sentence, i int) string {
	if lo, hi := clauseBounds(st.toks, i); lo > 0 || hi < len(st.toks) {
		if p := c.placeCountryIn(st, lo, hi); p != "" {
			return p
		}
	}
	return c.sentenceCountry(st)
}

// homePlaceCountry is placeCountryIn for the clause after token from,
// skipping a place that only locates a gathering ("boycotted a summit in
// Sochi"): where the people the clause opens with are.
func (c *Coder) homePlaceCountry(st *sentence, from int) string {
	_, hi := clauseBounds(st.toks, max(from-1, 0))
	for k := from; k < hi; k++ {
		switch st.toks[k].Lower {
		case "in", "at", "near", "outside", "through", "around", "across":
		default:
			continue
		}
		if k > 0 && gatheringNoun(st.toks[k-1].Lower) {
			return ""
		}
		if p := c.placeCountryIn(st, k, min(k+6, hi)); p != "" {
			return p
		}
	}
	return ""
}

// gatheringNoun reports nouns of meetings and events that a place after
// them locates ("a summit in Sochi", "talks in Doha").
func gatheringNoun(w string) bool {
	switch w {
	case "summit", "talks", "conference", "meeting", "meetings", "forum", "negotiations", "ceremony", "visit", "games", "tournament", "festival", "congress", "session":
		return true
	}
	return false
}

// enclosedPlace reads a town or region p, named by the tokens before i,
// that the sentence places "in" a larger place right after it ("Uri in
// Kashmir", "Hyderabad in Pakistan", "Cordoba in Spain"): the town lies
// in that place, so a gazetteer namesake of another country is the wrong
// one. It returns true with the namesake of p in the larger place's
// country, or with no place (a zero Place) when the gazetteer has none
// there or the larger place is a capitalised name it does not know while
// neither the story nor the sentence names p's country (the Swiss canton
// Uri in a story of India's army). It returns false when p stands: a
// country or capital, no "in" after it, or the larger place of p's own
// country ("Kherson in southern Ukraine"), or a month, weekday or town
// after the "in" ("Mariupol in March").
func (c *Coder) enclosedPlace(st *sentence, p gazetteer.Place, i int) (gazetteer.Place, bool) {
	toks := st.toks
	if p.Kind != gazetteer.KindCity && p.Kind != gazetteer.KindRegion || i+1 >= len(toks) || toks[i].Lower != "in" {
		return gazetteer.Place{}, false
	}
	j := pastThe(toks, i+1)
	for j+1 < len(toks) && !startsUpperASCII(toks[j].Text) && (strings.HasSuffix(toks[j].Lower, "ern") || toks[j].Lower == "central" || st.words.compassPoint(toks[j].Lower)) {
		j++ // "in southern Ukraine"
	}
	if j >= len(toks) || !startsUpperASCII(toks[j].Text) || isWeekday(toks[j].Lower) || monthOf(toks[j].Lower) != 0 {
		return gazetteer.Place{}, false // "laid siege to Mariupol in March"
	}
	q, _, ok := c.placeAt(st, j, len(toks), 3)
	if ok && q.Kind != gazetteer.KindCountry && q.Kind != gazetteer.KindRegion {
		return gazetteer.Place{}, false // a larger place is a state or a region, not a town
	}
	if !ok {
		if storyNames(st, p.Country) {
			return gazetteer.Place{}, false
		}
		return gazetteer.Place{}, true
	}
	if q.Country == p.Country {
		return gazetteer.Place{}, false
	}
	for _, o := range c.gaz.All(p.Name) {
		if o.Country == q.Country {
			return o, true
		}
	}
	return gazetteer.Place{}, true
}

// placeCountryIn is sentenceCountry for tokens [lo, hi).
func (c *Coder) placeCountryIn(st *sentence, lo, hi int) string {
	toks := st.toks[:hi]
	for k := lo; k+1 < len(toks); k++ {
		switch toks[k].Lower {
		case "in", "at", "near", "outside", "through", "around", "across":
		case "of":
			if k == 0 {
				continue
			}
			if toks[k-1].Lower != "out" && !st.words.placeHead(toks[k-1].Lower) { // ("drove the fighters out of Kismayo": where they were)
				continue // ("the city of Tyre", "a residential area of Raqqa", "the outskirts of Khartoum")
			}
		default:
			continue
		}
		j := k + 1
		j = pastThe(toks, j)
		for j+1 < len(toks) && !startsUpperASCII(toks[j].Text) && (strings.HasSuffix(toks[j].Lower, "ern") || toks[j].Lower == "central" || st.words.compassPoint(toks[j].Lower)) {
			j++ // "in central Mali", "in northern Israel"
		}
		if p, n, ok := c.placeAt(st, j, len(toks), 2); ok && !nameGoesOn(toks, j+n) && !featureName(toks, j+n) {
			if p.Kind == gazetteer.KindCountry && st.words.neighbourBorder(st.toks, j+n) {
				continue // "near the Algerian border": the neighbour across it (actors_border.go)
			}
			if country, ok := c.storyCountry(st, p); ok {
				return country
			}
		}
		if j+1 < len(toks) && st.words.placeNoun(toks[j+1].Lower) {
			// "in the Tigrayan town of Axum": the one state of the people
			// whose town it is
			if homes := peopleHomes(toks[j].Text); len(homes) == 1 {
				return homes[0]
			}
		}
	}
	return ""
}

// focus returns the country mentioned most so far in the article (the
// earliest on a tie), "" when none.
func (ctx *articleCtx) focus() string {
	best, n := "", 0
	for _, c := range ctx.order {
		if ctx.countries[c] > n {
			best, n = c, ctx.countries[c]
		}
	}
	return best
}

// nearPlaceCountry returns the country of a place named by "in" within
// three tokens after from, with no comma or verb between ("a police
// convoy in Kenya's Lamu county": KEN); "" when there is none.
func (c *Coder) nearPlaceCountry(st *sentence, from int) string {
	toks := st.toks
	for k := from; k < len(toks) && k <= from+2; k++ {
		if toks[k].Text == "," || strings.HasPrefix(toks[k].Tag, "VB") {
			return ""
		}
		if toks[k].Lower == "in" {
			return c.placeCountryAfter(st, k, "in")
		}
	}
	return ""
}

// personNameBefore reports a capitalised word at j that an honorific
// ("Mr Wellington", actors.HonorificBefore) or a known given
// name right before it opens ("pardoned activist Ahmed Douma", "President
// Adama Barrow"): the word is a surname, no place, unless the two words
// together name one the gazetteer knows.
func (c *Coder) personNameBefore(st *sentence, j int) bool {
	toks := st.toks
	if j >= len(toks) || actors.HonorificBefore(toks, j) {
		return j < len(toks) // "Mr Wellington said": a surname, not New Zealand's capital
	}
	if j == 0 || toks[j-1].Tag != "NNP" {
		return false
	}
	var key [32]byte
	if _, ok := c.genders[string(gazetteer.AppendKey(key[:0], toks[j-1].Text))]; !ok {
		return false
	}
	_, place := c.gaz.Lookup(st.s.Text[toks[j-1].Start:toks[j].End])
	return !place
}

// givenNameOfOwner reports a one-word city name at j that opens a
// person's name owning something: a capitalised word the gazetteer does
// not know right after it, then a possessive ("seized parts of Bryan
// Kohberger's car", "Tyler Durden's flat"), where the words together are
// no place the gazetteer knows and the second is no kind of place ("Gaza
// City's", "Kharkiv Oblast's" are places) nor a title ("Aleppo
// Governor's office").
func (c *Coder) givenNameOfOwner(st *sentence, j int) bool {
	toks := st.toks
	if j+2 >= len(toks) || !isPossTok(toks[j+2]) || toks[j+1].Tag != "NNP" || !startsUpperASCII(toks[j+1].Text) {
		return false
	}
	p, ok := c.gaz.Lookup(toks[j].Text)
	if !ok || p.Kind != gazetteer.KindCity {
		return false
	}
	if _, ok := c.gaz.Lookup(st.s.Text[toks[j].Start:toks[j+1].End]); ok {
		return false
	}
	if _, ok := c.gaz.Lookup(toks[j+1].Text); ok {
		return false
	}
	w := toks[j+1].Lower
	if kindNoun(w) || st.words.localTitles[w] || st.words.landForms[w] || st.words.waterBodies[w] {
		return false
	}
	switch w {
	case "university", "airport", "dam", "council", "museum", "hospital", "stadium", "station", "police", "mayor":
		return false // "Mosul University's campus": a place's institution
	}
	return st.at[j+1] < 0
}

// storyCountry returns the country the place p can give the people of
// sentence st, and false when it gives none: a country, capital or
// region its own; a city whose name the gazetteer gives to places of
// several countries or towns (Gazetteer.All) the namesake in a country
// the story or the sentence names, else none at all once the story has
// named a country. "members of the families in his private room at
// Westminster" in a story of the UK are not of Westminster, Colorado (the
// gazetteer's Westminsters are American), and "Birmingham" in a story of
// the United States is Alabama's; a city of one name (Lyon, Kano) keeps
// its country in any story.
func (c *Coder) storyCountry(st *sentence, p gazetteer.Place) (string, bool) {
	if country, decided := c.bareTownCountry(st, p); decided {
		return country, country != "" // "near Bor": South Sudan's or Russia's (place_bare_town.go)
	}
	if p.Kind != gazetteer.KindCity || len(st.story) == 0 || storyNames(st, p.Country) {
		return p.Country, true
	}
	all := c.gaz.All(p.Name)
	if len(all) < 2 {
		return p.Country, true
	}
	for _, q := range all {
		if storyNames(st, q.Country) {
			return q.Country, true
		}
	}
	return "", false
}

// storyNames reports whether the story before st, or st itself, names
// the country iso3.
func storyNames(st *sentence, iso3 string) bool {
	if st.story[iso3] > 0 {
		return true
	}
	for _, m := range st.ments {
		if m.Country == iso3 {
			return true
		}
	}
	return false
}
