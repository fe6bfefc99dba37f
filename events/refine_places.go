package events

// Places in refine: the country of a "to PLACE", "from", "near", "into" or
// seized place made a target or source, the place attacked, a building's
// state, and the place lookup these use.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/gazetteer"
)

// placeTarget makes the country of a "to PLACE" phrase the target of an
// aid delivery.
func (c *Coder) placeTarget(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	start := h.end
	if start > h.head+1 && toks[start-1].Lower == "to" {
		start-- // the pattern's own "to": "send police officers to Haiti"
	}
	for k := start; k < len(toks)-1 && k < h.end+8; k++ {
		// a force led or kept "in Haiti" protects that country too
		// and troops deployed "in the Central African Republic" are sent
		// there (troops stationed in Poland are a standing force: standing.go);
		// a mission ended "in Afghanistan's Uruzgan province" leaves that
		// country (0874)
		in := k == h.end && toks[k].Lower == "in" && (h.code == "074" || h.code == "0334" || h.code == "0874" || h.code == "154" && toks[h.head].Lemma == "deploy") && len(h.source) > 0
		if toks[k].Lower != "to" && toks[k].Lower != "into" && !in {
			continue // ("sent 50 trucks of food into Gaza")
		}
		for j := k + 1; j < len(toks) && j < k+4; j++ {
			if m := st.at[j]; in && m >= 0 && st.ments[m].Kind == actors.KindCountry && len(st.ments[m].Sectors) == 0 && st.ments[m].Country != h.source[0].Country {
				return []actors.Mention{st.ments[m]} // a country the gazetteer has no entry for: "in the Central African Republic"
			}
			p, _, ok := c.placeAt(st, j, len(toks), 1)
			if !ok {
				continue
			}
			if in && p.Country == h.source[0].Country {
				return nil
			}
			m := c.placeMention(p.Country, toks[j:j+1], st.s.Text)
			m.Start, m.End = j, j+1
			return []actors.Mention{*m}
		}
		return nil
	}
	return nil
}

// attackPlace makes the country of the place attacked the target: "struck
// targets in Iran", "missile strikes on Kyiv".
func (c *Coder) attackPlace(st *sentence, h *verbHit) *actors.Mention {
	toks := st.toks
	if repelledAttack(st, h) {
		return nil // "repelled an assault on a base in Deir ez-Zor": the defenders' ground, not a target (repelledTarget)
	}
	// a place right after the verb: "shelled Kherson", "struck the port of
	// Hodeidah", "destroyed a Gaza tower"; after a noun event, after the
	// verb it is the subject of: "air strikes hit Gaza City"
	j := h.end
	from := h.end
	if !h.p.Noun && weaponAfterObject(toks, h) {
		j, from = h.head+1, h.head+1 // "hit port facilities in Ukraine's Odesa region with cruise missiles"
	}
	if h.p.Noun && j < len(toks) {
		switch toks[j].Lower {
		case "hit", "struck", "pounded", "targeted", "rocked", "battered", "killed":
			j++
		}
	}
	if j < len(toks) && (toks[j].Lower == "a" || toks[j].Lower == "an") {
		j++
	}
	j = kindOfPlace(toks, j) // "seized the town of Bunia", the pattern ending at "town" (targets_places.go)
	if j+1 < len(toks) && !startsUpperASCII(toks[j].Text) && (st.words.compassWord(toks[j].Lower) || st.words.compassPoint(toks[j].Lower)) {
		j++ // "shelled eastern Ghouta" (actors_places.go)
	}
	if x := partOf(toks, j); x > j {
		j = x // "shelled the centre of Kherson"
	}
	if m := c.facilityPlace(st, j); m != nil && h.status != dyad.Alleged {
		return m // "attacked the Zaporizhzhia nuclear plant" (lexconflict.go; an alleged
		// shelling of it, the sides accusing each other, keeps no target, as the gold set codes it)
	}
	if j < len(toks) && st.at[j] < 0 {
		if p, n, ok := c.placeAt(st, j, len(toks), 2); ok {
			return c.placeMention(p.Country, toks[j:j+n], st.s.Text)
		}
		if p, n, ok := placeRef(st, j); ok {
			return c.placeMention(p, toks[j:j+n], st.s.Text) // "shelled the city again" (placeref.go)
		}
	}
	// (not past a reason phrase: "called the attack a reprisal for
	// airstrikes in Kunduz" names another event's place, reasonclause.go)
	hi := reasonStart(st, h.head, min(len(toks)-1, from+10), true)
	for k := from; k < hi; k++ {
		if from < h.end && k >= h.end-2 && toks[k].Lower == "with" {
			break // the weapon the pattern names: the place lies before it
		}
		if m := st.at[k]; m >= 0 && claimHedge(toks, st.ments[m]) {
			k = st.ments[m].End - 1
			continue // targets.go: "at what it said were militant bases"
		}
		if m := st.at[k]; m >= 0 && k > from && placeOwner(st, st.ments[m]) {
			return &st.ments[m] // targets.go: "in Pakistan's Balochistan province"
		}
		if m := st.at[k]; m >= 0 && insideState(st, k) {
			return &st.ments[m] // "struck deep inside Russia" (targets_implied.go)
		}
		if m := st.at[k]; m >= 0 && k > from && placedBuilding(st.ments[m]) {
			// "an air strike hit a maternity hospital in Mariupol": the
			// state of the place named after it, or no target at all
			// ("in the city centre": not the attacker's own country,
			// which coref.go read into the bare hospital)
			return c.buildingPlace(st, st.ments[m])
		}
		if m := st.at[k]; m >= 0 && !st.ments[m].Modifier && !st.ments[m].Place &&
			!(st.ments[m].End < len(toks) && (toks[st.ments[m].End].Tag == "NN" || toks[st.ments[m].End].Tag == "NNS")) &&
			!(st.ments[m].Start > 0 && toks[st.ments[m].Start-1].Tag == "PRP$") {
			// "fighting Isis in Syria", "fired at protesters who stormed
			// parliament in Nairobi": the place is where the act met
			// someone named, not a foe ("military targets in Iran",
			// "against its troops near Bakhmut" still name the state's)
			return nil
		}
		switch {
		case toks[k].Lower == "in", toks[k].Lower == "on", toks[k].Lower == "at", toks[k].Lower == "near", toks[k].Lower == "into", toks[k].Lower == "across",
			toks[k].Lower == "of" && k > 0 && toks[k-1].Lower == "out": // "shelled a corridor out of the city of Mariupol"
		default:
			if toks[k].Text == "," || toks[k].Text == ";" {
				return nil
			}
			continue
		}
		if m := c.placeAfterPrep(st, k); m != nil {
			return m // "in the eastern city of Kharkiv" (targets_places.go)
		}
		for j := k + 1; j < len(toks) && j < k+4; j++ {
			if toks[j-1].Lower == "of" {
				continue // "the Gulf of Oman" is a sea
			}
			if p, n, ok := c.placeAt(st, j, len(toks), 2); ok && !featureName(toks, j+n) {
				return c.placeMention(p.Country, toks[j:j+n], st.s.Text)
			}
		}
	}
	return nil
}

// weaponAfterObject reports a verb pattern that names its weapon after
// the verb's object, with "with" ("hit … with missiles"): the place
// attacked stands between the verb and "with", not after the pattern.
func weaponAfterObject(toks []dyad.Token, h *verbHit) bool {
	if h.end-h.head < 3 || h.end > len(toks) || toks[h.head+1].Lower == "with" {
		return false
	}
	for k := h.head + 2; k < h.end; k++ {
		if toks[k].Lower == "with" {
			return true
		}
	}
	return false
}

// placedBuilding reports a building the coder coded as a state
// ("a maternity hospital in Kherson" UKR, coref.go), a place attacked, not
// someone the act met; which state is buildingPlace's.
func placedBuilding(m actors.Mention) bool {
	return m.Kind == "coref" && m.Country != "" && m.Code == m.Country && len(m.Sectors) == 0 && !m.Person && !startsUpperASCII(m.Text)
}

// buildingPlace returns building mention m recoded as the state of the
// place the gazetteer knows named right after it through "in" or "near"
// ("a hospital in Kherson", "in the southern city of Mariupol", "in
// Russian-occupied Melitopol": UKR), or through "the capital" of the one
// state the sentence names as a noun ("Sudan's army bombed a hospital in
// the capital": SDN). It returns nil when no such place follows ("in the
// city centre", "in the early hours of Tuesday", "near the front line"):
// the country coref.go gave the bare building may be the attacker's own.
func (c *Coder) buildingPlace(st *sentence, m actors.Mention) *actors.Mention {
	toks := st.toks
	k := m.End
	if k+1 >= len(toks) || toks[k].Lower != "in" && toks[k].Lower != "near" {
		return nil
	}
	country := ""
	if p := c.placeAfterPrep(st, k); p != nil {
		country = p.Country // "in the southern city of Mariupol"
	}
	j := k + 1
	if j < len(toks) && toks[j].Lower == "the" {
		j++
	}
	for n := 0; country == "" && n < 2 && j+1 < len(toks) && (strings.IndexByte(toks[j].Text, '-') > 0 ||
		!startsUpperASCII(toks[j].Text) && (toks[j].Tag == "JJ" || toks[j].Tag == "VBN")); n++ {
		j++ // "in Russian-occupied Melitopol", "in besieged Mariupol"
	}
	if country == "" && j < len(toks) && toks[j].Lower == "capital" && j > k+1 {
		j++
		if j < len(toks) && toks[j].Text == "," {
			j++ // "in the capital, Kyiv"
		}
		if _, _, named := c.placeAt(st, j, len(toks), 3); !named {
			if country = c.namedState(st, m.Start); country == "" {
				return nil
			}
		}
	}
	if country == "" {
		p, n, ok := c.placeAt(st, j, len(toks), 3)
		if !ok || featureName(toks, j+n) {
			return nil
		}
		country = p.Country
	}
	out := m
	out.Code, out.Country = country, country
	out.Name = c.matcher.Dictionary().Name(country)
	return &out
}

// namedState returns the state named as a noun before token end, when the
// sentence's tokens up to there name exactly one ("Sudan's army bombed",
// not the adjective of "Russian missiles"), else "".
func (c *Coder) namedState(st *sentence, end int) string {
	state := ""
	for j := 0; j < end && j < len(st.toks); j++ {
		if !startsUpperASCII(st.toks[j].Text) || st.toks[j].Tag == "JJ" {
			continue
		}
		if p, _, ok := c.placeAt(st, j, end, 1); ok && p.Kind == gazetteer.KindCountry {
			if state != "" && state != p.Country {
				return ""
			}
			state = p.Country
		}
	}
	return state
}

// fromPlace finds "from (the city of) PLACE" after the hit, or ending it
// ("pulled back from Jabalia", where the pattern holds the "from").
func (c *Coder) fromPlace(st *sentence, h *verbHit) *actors.Mention {
	toks := st.toks
	for k := h.head + 1; k < len(toks)-1 && k < h.end+3; k++ {
		if toks[k].Lower != "from" && !(toks[k].Lower == "of" && toks[k-1].Lower == "out") {
			continue // "withdrew from …", "pulled out of …"
		}
		for j := k + 1; j < len(toks) && j < k+6; j++ {
			if !startsUpperASCII(toks[j].Text) {
				continue
			}
			if p, _, ok := c.placeAt(st, j, len(toks), 1); ok {
				return c.placeMention(p.Country, toks[j:j+1], st.s.Text)
			}
			if home := peopleTownAt(st, j); home != "" {
				return c.placeMention(home, toks[j:j+2], st.s.Text) // "out of the Tigrayan town of Shire" (places_people_town.go)
			}
			return nil
		}
	}
	return nil
}

// hasASCIIAlnum reports whether s holds an ASCII letter or digit.
func hasASCIIAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			return true
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// placeAt looks up the place named at token j: the longest name
// (starting with a capital, ending before hi) that the gazetteer knows,
// of as many tokens as its longest name has words (at least width and
// three), with its length in tokens: "San Cristobal de las Casas" is the
// Mexican city, not the Venezuelan San Cristóbal its first words name.
func (c *Coder) placeAt(st *sentence, j, hi, width int) (gazetteer.Place, int, bool) {
	toks := st.toks
	if j >= hi || !startsUpperASCII(toks[j].Text) {
		return gazetteer.Place{}, 0, false
	}
	// the gazetteer first: most capitalised words name no place, and the
	// name checks below only refuse one (none of them, nor this lookup,
	// writes anything, so their order changes no answer)
	p, n, ok := c.longestPlaceAt(st, j, hi, max(width, 3, c.gaz.MaxWords())) // the whole name before its parts, whatever the width asked: "San Cristobal de las Casas" is no San Cristobal
	if !ok {
		return gazetteer.Place{}, 0, false
	}
	if c.personNameBefore(st, j) {
		return gazetteer.Place{}, 0, false // "activist Ahmed Douma": a surname, not the Syrian town (coref_places.go)
	}
	if c.givenNameOfOwner(st, j) {
		return gazetteer.Place{}, 0, false // "Bryan Kohberger's car": a given name, not the Texas city (coref_places.go)
	}
	if j > 0 && strings.HasPrefix(toks[j].Text, "America") {
		switch toks[j-1].Text {
		case "Latin", "South", "Central", "North", "Middle":
			return gazetteer.Place{}, 0, false // "aid to Latin America": a region, not the United States
		}
	}
	if c.insideLongerName(st, j) {
		return gazetteer.Place{}, 0, false // "Papua New Guinea" is no Guinea (place_names.go)
	}
	if c.settlementName(st, j) {
		return gazetteer.Place{}, 0, false // "the Alei Sinai settlement" is no Sinai (place_names.go)
	}
	if c.doubledName(st, j, hi) {
		return gazetteer.Place{}, 0, false // "Bela Bela" is no Bela (place_names.go)
	}
	// "Niger State", "Kharkiv region": the gazetteer lists the region's forms
	if c.waterName(st, j, n) {
		return gazetteer.Place{}, 0, false // "the South China Sea"
	}
	if q, nested := c.enclosedPlace(st, p, j+n); nested {
		return q, n, q.Name != "" // "Hyderabad in Pakistan", "Uri in Kashmir" (coref_places.go)
	}
	p, n = c.placeInContext(st, p, j, n, hi) // "Tripoli, Lebanon"
	if c.foreignRegion(st, p, j, n) {
		return gazetteer.Place{}, 0, false // "the Litoral penitentiary in Guayaquil": no Equatorial Guinean province (place_foreign_region.go)
	}
	return p, n, true
}

// longestPlaceAt returns the gazetteer's place named by the longest run
// of at most width tokens from token j, ending before hi and in a word
// (not in "Raqqa ."), with its length in tokens; it looks names up only
// as far as the gazetteer has names that begin with the run's words.
func (c *Coder) longestPlaceAt(st *sentence, j, hi, width int) (gazetteer.Place, int, bool) {
	toks, text := st.toks, st.s.Text
	w := min(width, hi-j)
	for n := 1; n < w; n++ {
		// stop where no longer name begins with the words so far and the
		// next token, set apart by a space, adds a word to the name; not
		// at tokens written together ("N'" "Djamena") or at "." and "—",
		// which add nothing to the name the gazetteer would look up
		end := toks[j+n-1].End
		if strings.ContainsAny(text[end:toks[j+n].Start], " \t\n\r") && hasASCIIAlnum(toks[j+n].Text) && !c.gaz.Continues(text[toks[j].Start:end]) {
			w = n
		}
	}
	for n := w; n >= 1; n-- {
		if n > 1 && !isWordByte(toks[j+n-1].Text[0]) {
			continue // a longer name ends in a word, not in "Raqqa ."
		}
		if p, ok := c.gaz.Lookup(text[toks[j].Start:toks[j+n-1].End]); ok {
			return p, n, true
		}
	}
	return gazetteer.Place{}, 0, false
}

func (c *Coder) placeMention(country string, toks []dyad.Token, text string) *actors.Mention {
	m := actors.Mention{Kind: "place"}
	m.Code, m.Country, m.Sectors = country, country, []string{}
	m.Name = c.matcher.Dictionary().Name(country)
	m.Span = [2]int{toks[0].Start, toks[len(toks)-1].End}
	m.Text = text[m.Span[0]:m.Span[1]]
	return &m
}

// nearPlace finds "near/off PLACE" right after a hit, the place looked up
// in the gazetteer: "sailed near Alaska's Aleutian Islands".
func (c *Coder) nearPlace(st *sentence, h *verbHit) *actors.Mention {
	toks := st.toks
	for k := h.end - 1; k < len(toks)-1 && k < h.end+6; k++ {
		if k < 0 || toks[k].Text == "," || toks[k].Text == ";" {
			return nil
		}
		if toks[k].Lower != "near" && toks[k].Lower != "off" {
			continue
		}
		j := k + 1
		if x := partOf(toks, j); x > j {
			j = x // "near the northern island of Hokkaido"
		} else if toks[j].Lower == "the" && j+1 < len(toks) {
			j++
		}
		if p, n, ok := c.placeAt(st, j, len(toks), 2); ok {
			return c.placeMention(p.Country, toks[j:j+n], st.s.Text)
		}
		return nil
	}
	return nil
}

// intoActor finds the actor of an "into …" phrase after an investigation:
// a modifier or "by X" inside it ("into Chinese subsidies", "into abuses
// by Belarusian security forces").
func (c *Coder) intoActor(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	for k := h.end - 1; k < len(toks) && k <= h.end+4; k++ {
		if k >= h.end && !st.isDate[k] && toks[k].Lower != "into" {
			return nil
		}
		if k < 0 || toks[k].Lower != "into" {
			continue
		}
		for j := k + 1; j < len(toks) && j < k+6; j++ {
			if toks[j].Text == "," || toks[j].Text == ";" || strings.HasPrefix(toks[j].Tag, "VB") && !hedgeWord(toks[j].Lower) {
				return nil // (but "into alleged abuses by Venezuela's security forces")
			}
			if m := st.at[j]; m >= 0 {
				mt := st.ments[m]
				head := true // the head of the phrase: "into President Dina Boluarte", "into the defence ministry's procurement"
				for x := k + 1; x < mt.Start; x++ {
					head = head && (toks[x].Tag == "DT" || toks[x].Tag == "JJ" || toks[x].Lower == "former")
				}
				if owner, ok := c.placedVictimsOwner(st, h, mt); ok {
					return owner // "into killings of civilians in Ethiopia's Tigray region": the region's state, not the victims
				}
				// (a place after "into" may own what is probed: "into Israel's conduct in Gaza")
				if mt.Place && !(mt.Possessive || mt.End < len(toks) && isPossTok(toks[mt.End])) || len(h.source) > 0 && mt.Code == h.source[0].Code && !ownOrganProbed(st, h, &h.source[0], &mt) ||
					!mt.Modifier && !mt.Possessive && !head && toks[j-1].Lower != "by" {
					return nil // "into the deaths of protesters": the victims are no target
				}
				return []actors.Mention{mt}
			}
		}
		return nil
	}
	return nil
}

// seizedPlace finds the place seized right after a seizure verb, past
// "control of", "most of", "the city of": "seized control of most of
// Goma" → the place's country.
func (c *Coder) seizedPlace(st *sentence, h *verbHit) *actors.Mention {
	toks := st.toks
	j := h.end
	for j < len(toks) && j < h.end+6 {
		switch toks[j].Lower {
		case "control", "of", "most", "much", "part", "parts", "the", "city", "town", "all":
			j++
			continue
		}
		break
	}
	if j >= len(toks) {
		return nil
	}
	if m := st.at[j]; m >= 0 {
		mt := st.ments[m]
		if mt.Kind == actors.KindCountry || mt.Kind == actors.KindCapital {
			return &mt
		}
		return nil
	}
	if p, n, ok := c.placeAt(st, j, len(toks), 2); ok {
		return c.placeMention(p.Country, toks[j:j+n], st.s.Text)
	}
	return nil
}

// leavingPlace reports a travel ban hit h ("barred … from leaving") whose
// place left is no country: the word after "leaving" (past a
// determiner) is neither "country", "abroad" nor a state's name
// ("barred from leaving the hotel"). A ban with no place stays.
func leavingPlace(st *sentence, h *verbHit) bool {
	toks := st.toks
	k := -1
	for j := h.head + 1; j < len(toks) && j < h.end+1; j++ {
		if toks[j].Lower == "leaving" { // ("travelling long distances" is a travel ban of its own)
			k = j + 1
		}
	}
	if k < 0 || k >= len(toks) {
		return false
	}
	for k < len(toks) && (toks[k].Tag == "DT" || toks[k].Tag == "PRP$") {
		k++
	}
	if k >= len(toks) {
		return false
	}
	switch toks[k].Lower {
	case "country", "abroad", "overseas", ",", ".", ";", "on", "for", "until", "after", "without":
		return false
	}
	if m := st.at[k]; m >= 0 && st.ments[m].Country != "" {
		return false
	}
	return strings.HasPrefix(toks[k].Tag, "NN")
}

// missionEnded reports the verbs of ending a mission whose place "in" a
// country names the country left (0874: "ended its military mission in
// Afghanistan's Uruzgan province"); fighters surrendering "in eastern
// Syria" leave no one there.
func missionEnded(lemma string) bool {
	switch lemma {
	case "end", "conclude", "finish":
		return true
	}
	return false
}
