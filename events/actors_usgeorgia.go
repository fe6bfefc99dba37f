package events

// Georgia is a country and a U.S. state. The dictionary reads "Georgia" as
// the country (GEO); a sentence that names it with an office only the U.S.
// state has ("Georgia Governor Brian Kemp", "Georgia's secretary of
// state", "a Georgia state senator") or with a city of the state
// ("… in Atlanta", "Savannah") or in a list with another U.S. state
// ("the swing states of Arizona, Georgia and Nevada") means the state, and
// its actors are American: CODING.md codes actors by their state, and a
// U.S. state's officials are the United States' (USAGOV). Once a sentence
// of a story has told the state, the story's later "Georgia" is the state
// too ("Georgia Gov. Brian Kemp …", then "worried about Georgia's shift
// leftward"), unless that sentence names the country's own people or
// places ([georgia country words]: Tbilisi, Abkhazia, Georgian).

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/gazetteer"
)

// usGeorgia recodes the sentence's mentions of Georgia (but those that say
// "Georgian" or "Tbilisi") as the United States when the sentence tells
// the U.S. state, with the agents it gave its country ("the Justice
// Department" of "a Georgia state senator accused the Justice Department"):
// a word of [us state offices] right after "Georgia" or "Georgia's", or
// of [us georgia nouns] right after "Georgia" ("Georgia voters", "Georgia
// officials": news calls the country's people "Georgian"), or "election"
// and a word of [us election offices] after "Georgia" or "Georgia's"
// ("Georgia's election officials": electionOffice), or
// before "of Georgia" ("the governor of Georgia", "the state of Georgia";
// not a secretary or an assembly, nor "the head of state of Georgia"), or a
// word of [us georgia places] anywhere in it, or a U.S. state of gaz
// listed beside it ("Arizona, Georgia", "Georgia and North Carolina"); or,
// with told (an earlier sentence of the story told the state), any
// "Georgia" in a sentence with no word of [georgia country words]. It
// reports whether the sentence told the state itself (here), and whether
// its Georgia is the state (state: where its events are placed).
func (v *vocab) usGeorgia(toks []dyad.Token, ms []actors.Mention, gaz *gazetteer.Gazetteer, told bool) (here, state bool) {
	if !told && !georgiaOrPlace(toks, v.usGeorgiaPlaces) {
		return false, false // (most sentences: no "Georgia" and no city of the state, so nothing below can tell it)
	}
	for _, t := range toks {
		if v.georgiaCountryWords[t.Lower] {
			return false, false
		}
	}
	for i, t := range toks {
		if v.usGeorgiaPlaces[t.Lower] && startsUpperASCII(t.Text) {
			state = true
			break
		}
		if t.Text != "Georgia" {
			continue
		}
		j := i + 1
		if j < len(toks) && isPossTok(toks[j]) {
			j++
		}
		if j < len(toks) && (v.usStateOffices[toks[j].Lower] || j == i+1 && v.usGeorgiaNouns[toks[j].Lower]) {
			state = true
			break
		}
		if v.electionOffice(toks, j) {
			// "Georgia's election officials", "Georgia's top elections
			// official" (not "Georgia's central election commission")
			state = true
			break
		}
		if i >= 2 && toks[i-1].Lower == "of" && v.usStateOffices[toks[i-2].Lower] && toks[i-2].Lower != "secretary" && toks[i-2].Lower != "assembly" &&
			!(toks[i-2].Lower == "state" && i >= 4 && toks[i-3].Lower == "of" && toks[i-4].Lower == "head") && !(j > i+1) {
			// "the governor of Georgia", "the U.S. state of Georgia" (not
			// "the head of state of Georgia", the country's, nor "the
			// governor of Georgia's Kakheti region")
			state = true
			break
		}
		if usStateBeside(toks, i, gaz) {
			state = true
			break
		}
	}
	if !state && !told {
		return false, false
	}
	for k := range ms {
		m := &ms[k]
		if m.Country != "GEO" || mentionHas(toks, m, "Georgian") || mentionHas(toks, m, "Tbilisi") {
			continue
		}
		m.Code = "USA" + strings.TrimPrefix(m.Code, "GEO")
		m.Country = "USA"
		m.Name = "United States"
	}
	return state, true
}

// electionOffice reports "election" or "elections" at toks[j], or after
// one adjective there ("top", "state"), followed by a word of [us election
// offices]: the people who run a U.S. state's elections ("election
// officials", "top elections official").
func (v *vocab) electionOffice(toks []dyad.Token, j int) bool {
	if j < len(toks) && (toks[j].Tag == "JJ" || toks[j].Lower == "top" || toks[j].Lower == "state") {
		j++
	}
	return j+1 < len(toks) && (toks[j].Lower == "election" || toks[j].Lower == "elections") && v.usElectionOffices[toks[j+1].Lower]
}

// usStateBeside reports a U.S. state of gaz (a region of the United
// States that names no country) listed right before or after toks[i]
// ("Arizona, Georgia", "Georgia or North Carolina"): a name of one to three
// capitalised tokens, joined to toks[i] by a comma, "and" or "or".
func usStateBeside(toks []dyad.Token, i int, gaz *gazetteer.Gazetteer) bool {
	if gaz == nil {
		return false
	}
	joins := func(w string) bool { return w == "," || w == "and" || w == "or" }
	name := func(a, b int) bool { // toks[a:b]
		if a < 0 || b > len(toks) || a >= b {
			return false
		}
		var parts []string
		for _, t := range toks[a:b] {
			if !startsUpperASCII(t.Text) {
				return false
			}
			parts = append(parts, t.Text)
		}
		state := false
		for _, p := range gaz.All(strings.Join(parts, " ")) {
			switch {
			case p.Kind == gazetteer.KindCountry:
				return false
			case p.Kind == gazetteer.KindRegion && p.Country == "USA":
				state = true
			}
		}
		return state
	}
	for n := 1; n <= 3; n++ {
		if i >= 2 && joins(toks[i-1].Lower) && name(i-1-n, i-1) {
			return true
		}
		if i+2 < len(toks) && joins(toks[i+1].Lower) && name(i+2, i+2+n) {
			return true
		}
	}
	return false
}

// mentionHas reports a token of mention m whose text is w.
func mentionHas(toks []dyad.Token, m *actors.Mention, w string) bool {
	for i := m.Start; i < m.End && i < len(toks); i++ {
		if toks[i].Text == w {
			return true
		}
	}
	return false
}

// usGeorgiaPlace gives the U.S. state for loc when loc is the country
// Georgia and the sentence's Georgia is the state (st.usGeorgia); loc
// otherwise. The state is the gazetteer's region "Georgia State" (USA).
func (c *Coder) usGeorgiaPlace(st *sentence, loc *dyad.Location) *dyad.Location {
	if loc == nil || !st.usGeorgia || loc.Country != "GEO" || loc.Kind != string(gazetteer.KindCountry) {
		return loc
	}
	for _, p := range c.gaz.All("Georgia State") {
		if p.Country == "USA" && p.Kind == gazetteer.KindRegion {
			l := p.Location()
			return &l
		}
	}
	return loc
}

// georgiaOrPlace reports a token "Georgia" or a capitalised word of places
// ([us georgia places]): without either (and with no earlier sentence
// telling the state) usGeorgia tells nothing, whatever else the sentence
// holds.
func georgiaOrPlace(toks []dyad.Token, places wordList) bool {
	for _, t := range toks {
		if t.Text == "Georgia" || startsUpperASCII(t.Text) && places[t.Lower] {
			return true
		}
	}
	return false
}
