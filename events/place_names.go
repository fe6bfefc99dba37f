package events

// Which place a name in the text is, when the gazetteer knows it but the
// words around it decide: a name is read whole before its parts ("Papua
// New Guinea" is no Guinea, "New South Wales" no Wales); a name inside
// the name of a sea, strait or bay is no place of its own ("the South
// China Sea", "the Taiwan Strait", "the Gulf of Aden"); a name the text
// qualifies with its country or region is the namesake there ("Tripoli,
// Lebanon"; "Athens, Georgia"; "Paris, Texas", which the gazetteer lacks,
// is Texas); and a name several countries share is the namesake of the
// country whose forces, police, courts or parties the sentence names as
// acting there ("Pakistani police arrested two journalists in Hyderabad"
// is Pakistan's Hyderabad), or the country of its adjective ("the
// Lebanese city of Tripoli"); a doubled word ("Bela Bela") is no place
// of the single word. placeAt (refine.go) applies them all.

import (
	"strings"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/gazetteer"
)

// insideLongerName reports a place name at token j that ends a longer
// name the gazetteer knows, opened by one or two capitalised words
// before it: "Guinea" in "Papua New Guinea", "Wales" in "New South
// Wales", "York" in "New York".
func (c *Coder) insideLongerName(st *sentence, j int) bool {
	toks := st.toks
	for b := 1; b <= 2 && j-b >= 0; b++ {
		if !startsUpperASCII(toks[j-b].Text) {
			return false
		}
		for m := 1; m <= 3 && j+m <= len(toks); m++ {
			if m > 1 && !isWordByte(toks[j+m-1].Text[0]) {
				break
			}
			if _, ok := c.gaz.Lookup(st.s.Text[toks[j-b].Start:toks[j+m-1].End]); ok {
				return true
			}
		}
	}
	return false
}

// doubledName reports a word at token j written twice in a row ("Bela
// Bela", "Walla Walla", "Wagga Wagga"), either word, where the gazetteer
// does not know the doubled name: a reduplicated name is a place of its
// own, not the place of the single word ("five Bela Bela villages" in
// Lesotho are not India's city of Bela).
func (c *Coder) doubledName(st *sentence, j, hi int) bool {
	toks := st.toks
	if j > 0 && toks[j-1].Text == toks[j].Text {
		return true
	}
	if j+1 >= hi || j+1 >= len(toks) || toks[j+1].Text != toks[j].Text {
		return false
	}
	_, ok := c.gaz.Lookup(st.s.Text[toks[j].Start:toks[j+1].End])
	return !ok
}

// waterName reports a place name (tokens j to j+n) inside the name of a
// sea, strait or bay ([water bodies] of data/words.txt): a capitalised
// water noun right after it ("the South China Sea", "the Taiwan Strait")
// or before it with "of" ("the Gulf of Aden", "the Sea of Japan"); or of
// a river or the land it shapes, a noun of [land forms] right after it
// in either case ("along the Niger river", "the Chad basin").
func (c *Coder) waterName(st *sentence, j, n int) bool {
	toks := st.toks
	if k := j + n; k < len(toks) && (startsUpperASCII(toks[k].Text) && st.words.waterBodies[toks[k].Lower] || st.words.landForms[toks[k].Lower]) {
		return true
	}
	return j >= 2 && toks[j-1].Lower == "of" && startsUpperASCII(toks[j-2].Text) && st.words.waterBodies[toks[j-2].Lower]
}

// placeInContext returns the place the name at tokens j to j+n (found as
// p) stands for in its sentence, with the tokens it takes: the namesake
// a qualifier after a comma names (qualifiedPlace; the qualifier's tokens
// are then part of the name), else the namesake of the adjective before
// it or of the sentence's home actors (sentenceNamesake), else the
// dateline's town named again (datelineTown), else the namesake the
// sentence's countries or the dateline's give (namesake), else p itself.
func (c *Coder) placeInContext(st *sentence, p gazetteer.Place, j, n, hi int) (gazetteer.Place, int) {
	if p.Kind == gazetteer.KindCountry {
		if q, w, ok := c.foreignQualifiedCountry(st, p, j, n, hi); ok {
			return q, w // "in Lebanon, Pennsylvania" (place_country_towns.go)
		}
		return p, n
	}
	if q, w, ok := c.qualifiedPlace(st, j, n, hi); ok {
		return q, w
	}
	if q, ok := c.sentenceNamesake(st, p, j, n); ok {
		return q, n // "the French city of Paris" under "PARIS, Texas"
	}
	if q, ok := c.datelineTown(st, p, j, n); ok {
		return q, n // "BOSTON, England", then "in Boston" (place_dateline_namesake.go)
	}
	return c.namesake(st, p, j, n), n
}

// qualifiedPlace reads "NAME, QUALIFIER" at token j, NAME taking n
// tokens and QUALIFIER a country or first-level region the gazetteer
// knows (Gazetteer.Qualifiers: its name, or a state's abbreviation as
// "Ga." or "Colo."), followed by the clause's punctuation, a preposition or its end
// ("in Tripoli, Lebanon, on Monday"; "Athens, Georgia."): the place
// called NAME in the qualifier (Gazetteer.Within: in a state, a
// namesake the gazetteer places in it, never one of another state), else a region qualifier itself
// ("Paris, Texas": the gazetteer has no Paris in the United States),
// with the tokens of both. ok is false without such a qualifier, or when
// a country qualifier has no place of the name ("in Paris, Germany and
// Italy" is a list).
func (c *Coder) qualifiedPlace(st *sentence, j, n, hi int) (gazetteer.Place, int, bool) {
	toks := st.toks
	k := j + n
	if k+1 >= hi || toks[k].Text != "," || !startsUpperASCII(toks[k+1].Text) {
		return gazetteer.Place{}, 0, false
	}
	for m := 3; m >= 1; m-- {
		e := k + 1 + m
		if e > hi || !isWordByte(toks[e-1].Text[0]) {
			continue
		}
		quals := c.gaz.Qualifiers(st.s.Text[toks[k+1].Start:toks[e-1].End])
		if len(quals) == 0 && e < len(toks) && toks[e].Text == "." && toks[e].Start == toks[e-1].End {
			// "Westminster, Colo., police said": the tokenizer parts an
			// abbreviation from its full stop
			if quals = c.gaz.Qualifiers(st.s.Text[toks[k+1].Start:toks[e].End]); len(quals) > 0 {
				e++
			}
		}
		if len(quals) == 0 {
			continue
		}
		if !qualifierEnds(st, j, e) {
			return gazetteer.Place{}, 0, false
		}
		for _, q := range quals {
			if p, ok := c.gaz.Within(st.s.Text[toks[j].Start:toks[k-1].End], q); ok {
				return p, e - j, true
			}
		}
		for _, q := range quals {
			if q.Kind == gazetteer.KindRegion {
				return q, e - j, true
			}
		}
		return gazetteer.Place{}, 0, false
	}
	return gazetteer.Place{}, 0, false
}

// qualifierEnds reports token e as the end of a place's qualifier (the
// place's name opening at token j): the sentence's end, punctuation
// other than a possessive, a preposition or a date ("Tripoli, Lebanon,
// on Monday"; "Hyderabad, Pakistan, detained": the comma; "visited
// Birmingham, Alabama last week"); or a finite verb when the place
// qualifies the head of the clause's subject (subjectPlace: "Police in
// Atlanta, Georgia arrested"). Not "In Kyiv, Russia launched" nor
// "Paris, Germany's capital".
func qualifierEnds(st *sentence, j, e int) bool {
	toks := st.toks
	if e >= len(toks) {
		return true
	}
	t := toks[e]
	switch t.Text {
	case "'s", "’s", "'", "’":
		return false
	}
	if dateWordsAt(st, e) {
		return true
	}
	if finite(t.Tag) || t.Tag == "MD" {
		return subjectPlace(toks, j)
	}
	return !isWordByte(t.Text[0]) || t.Tag == "IN" || t.Tag == "TO"
}

// dateWordsAt reports token e as a word of a date expression or the
// preposition before one ("Lebanon, Pennsylvania last week", "…,
// Georgia on Monday"), as st.isDate marks them. It reads the tokens
// alone, not st.isDate, which analyse sets only after the actors are
// resolved: the matcher's towns (townActors, countryNamedTown,
// qualifierOfPlace) and the event's place (locationFor) then read a
// qualifier alike. The reference day is fixed: only the spans count, so
// the sentence's dates are read once (st.fixedDates), not at every
// qualifier.
func dateWordsAt(st *sentence, e int) bool {
	if !st.fixedDatesRead {
		st.fixedDates = findDates(st.toks, time.Date(2000, 6, 15, 0, 0, 0, 0, time.UTC), nil)
		st.fixedDatesRead = true
	}
	toks := st.toks
	for _, d := range st.fixedDates {
		if e >= d.start && e < d.end {
			return true
		}
		if e == d.start-1 {
			switch toks[e].Lower {
			case "on", "in", "since", "earlier", "late", "early":
				return true
			}
		}
	}
	return false
}

// subjectPlace reports a place name at token j after the preposition of
// a bare noun phrase that opens its clause, at the sentence's start or
// after a comma ("Police in Atlanta, Georgia arrested …"; "On Monday,
// police in Lakewood, Colorado arrested …"): the name and its qualifier
// belong to the subject, and a verb after them is the subject's. Not a
// fronted place phrase ("In Tbilisi, Georgia accused …") nor one inside
// another ("After talks in Tbilisi, Georgia accused …").
func subjectPlace(toks []dyad.Token, j int) bool {
	if j < 2 || toks[j-1].Tag != "IN" || !strings.HasPrefix(toks[j-2].Tag, "NN") {
		return false
	}
	for k := j - 3; k >= 0; k-- {
		switch {
		case toks[k].Text == ",":
			return true
		case npTag(toks[k].Tag):
		default:
			return false
		}
	}
	return true
}

// namesake returns the place of the name at tokens j to j+n (found as p,
// the gazetteer's preferred one) when the gazetteer gives the name to
// places of several countries and the sentence's own words have not
// chosen one (sentenceNamesake), nor the dateline's town (datelineTown):
// p when the sentence has actors that act at home (homeCountries), none
// of a namesake's country; else the one in the one country the sentence
// names (namedNamesake), else the one in the dateline's country
// (datelineNamesake); else p.
func (c *Coder) namesake(st *sentence, p gazetteer.Place, j, n int) gazetteer.Place {
	var buf [4]gazetteer.Place // (most names have fewer places: no allocation)
	all := c.gaz.AppendAll(buf[:0], st.s.Text[st.toks[j].Start:st.toks[j+n-1].End])
	if len(all) < 2 || len(c.homeCountries(st)) > 0 {
		return p
	}
	if q := namedNamesake(st, p, all); q != p {
		return q
	}
	if q, ok := datelineNamesake(st, p, all, j, n); ok {
		return q // "ATLANTA - … in Birmingham": Alabama's (place_dateline_namesake.go)
	}
	return p
}

// sentenceNamesake returns the namesake of p (named at tokens j to j+n)
// that the sentence's own words choose: the one in the country of an
// adjective heading a place noun before it ("the Lebanese city of
// Tripoli"; p when that country has none), else the one in the one
// country the sentence names as a place (placeNamedCountry: "Tripoli, in
// northern Lebanon"), else the one in the country of an actor that acts
// at home (homeCountries: "Lebanese soldiers clashed with gunmen in
// Tripoli"), p's own first. A name of one place is decided only by
// evidence of its own country ("the French city of Paris"), against a
// dateline's town of the name elsewhere ("PARIS, Texas"). ok is false when they do not decide, and the story's
// dateline may (placeInContext): "ROME, Ga." then "Italian police
// arrested two protesters in Rome" is Italy's Rome.
func (c *Coder) sentenceNamesake(st *sentence, p gazetteer.Place, j, n int) (gazetteer.Place, bool) {
	toks := st.toks
	var buf [4]gazetteer.Place // (most names have fewer places: no allocation)
	all := c.gaz.AppendAll(buf[:0], st.s.Text[toks[j].Start:toks[j+n-1].End])
	if j >= 2 && toks[j-1].Lower == "of" && st.words.placeHead(toks[j-2].Lower) {
		for k := j - 3; k >= 0 && k >= j-5; k-- {
			if !startsUpperASCII(toks[k].Text) {
				continue
			}
			if country := c.countryWord(toks[k].Text); country != "" {
				for _, q := range all {
					if q.Country == country {
						return q, true
					}
				}
				return p, len(all) > 1
			}
		}
	}
	if q, ok := c.placeNamedCountry(st, p, all, j, n); ok {
		return q, true // "near Santiago in the Philippines" (place_named_country.go)
	}
	homes := c.homeCountries(st)
	if homes[p.Country] {
		return p, true
	}
	for _, q := range all[1:] {
		if homes[q.Country] && q.Kind != gazetteer.KindCountry {
			return q, true
		}
	}
	return p, false
}

// namedNamesake returns, for a city p whose name the gazetteer gives to
// places of several countries (all, p first), the namesake in the one
// country the sentence names as an actor when it names none of p's
// ("Spain's King Felipe visited flood-hit towns around Valencia" is
// Spain's Valencia, not Venezuela's, the gazetteer's first), in a story
// that named no country before the sentence; else p. A
// capital or region keeps its country ("Canadian Prime Minister Mark
// Carney arrived in London").
func namedNamesake(st *sentence, p gazetteer.Place, all []gazetteer.Place) gazetteer.Place {
	if p.Kind != gazetteer.KindCity || len(st.story) > 0 {
		return p // (a story that named countries before: storyCountry decides)
	}
	ms := st.ments
	if ms == nil {
		ms = st.raw
	}
	named := ""
	for _, m := range ms {
		if len(m.Country) != 3 || m.Place || m.Modifier || m.Kind == "place" {
			continue
		}
		if m.Country == p.Country {
			return p
		}
		for _, q := range all[1:] {
			if q.Country == m.Country && q.Kind == gazetteer.KindCity {
				if named != "" && named != q.Country {
					return p // two countries' namesakes: the text does not decide
				}
				named = q.Country
			}
		}
	}
	for _, q := range all[1:] {
		if q.Country == named && q.Kind == gazetteer.KindCity {
			return q
		}
	}
	return p
}

// homeCountries returns the countries of the sentence's actors that act
// in their own country: police, courts, lawmakers, parties, the
// opposition, armed forces and rebels (a leader or a minister travels:
// "Canadian Prime Minister Mark Carney arrived in London" is no London,
// Ontario). Before the sentence's mentions are resolved it reads the
// matcher's (sentence.raw). nil when there are none.
func (c *Coder) homeCountries(st *sentence) map[string]bool {
	var out map[string]bool
	ms := st.ments
	if ms == nil {
		ms = st.raw
	}
	for _, m := range ms {
		if len(m.Country) == 3 && !m.Place && hasSector(m, "COP", "JUD", "LEG", "PTY", "OPP", "MIL", "REB") {
			if out == nil {
				out = map[string]bool{}
			}
			out[m.Country] = true
		}
	}
	return out
}

// qualifierOfPlace reports a mention of a country that qualifies the
// place named before it ("Police in Hyderabad, Pakistan, detained two
// journalists"; "Tripoli, Lebanon"): a place, no actor.
func (c *Coder) qualifierOfPlace(st *sentence, m actors.Mention) bool {
	if m.Start < 2 || st.toks[m.Start-1].Text != "," {
		return false
	}
	for j := m.Start - 2; j >= 0 && j >= m.Start-4; j-- {
		if p, n, ok := c.placeAt(st, j, len(st.toks), 3); ok && j+n == m.End && p.Kind != gazetteer.KindCountry {
			return true
		}
	}
	return false
}

// qualifierStart returns the comma that opens a place's qualifier ending
// at token j, or with the comma at j ("Police in Hyderabad, Pakistan,
// detained"; "Police in Lahore, Pakistan detained"), -1 when there is
// none: the subject search then runs as if the verb stood at that comma.
func (c *Coder) qualifierStart(st *sentence, j int) int {
	toks := st.toks
	e := j + 1
	if toks[j].Text == "," {
		e = j
	}
	for k := e - 2; k >= 1 && k >= e-4; k-- {
		if toks[k].Text != "," {
			continue
		}
		for s := k - 1; s >= 0 && s >= k-3; s-- {
			if _, n, ok := c.placeAt(st, s, len(toks), 3); ok && s+n == e {
				return k
			}
		}
		return -1
	}
	return -1
}

// settlementName reports a place name at token j that ends a longer local
// name with a noun of [settlement nouns] after it: a capitalised word
// before it, not opening the sentence, that the gazetteer does not know
// ("the Alei Sinai settlement" is no place in Sinai,
// Egypt). "the Sinai settlement" and "northern Sinai" stay Sinai.
func (c *Coder) settlementName(st *sentence, j int) bool {
	toks := st.toks
	if j < 2 || !startsUpperASCII(toks[j-1].Text) || toks[j-1].Tag != "NNP" {
		return false
	}
	e := j + 1
	for e < len(toks) && e <= j+2 && startsUpperASCII(toks[e].Text) {
		e++
	}
	if e >= len(toks) || !st.words.settlementNouns[toks[e].Lower] {
		return false
	}
	_, known := c.gaz.Lookup(toks[j-1].Text)
	return !known
}
