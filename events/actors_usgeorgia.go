package events

// Georgia is a country and a U.S. state. The dictionary reads "Georgia" as
// the country (GEO); a sentence that names it with an office only the U.S.
// state has ("Georgia Governor Brian Kemp", "Georgia's secretary of
// state", "a Georgia state senator") or with a city of the state
// ("… in Atlanta", "Savannah") means the state, and its actors are
// American: CODING.md codes actors by their state, and a U.S. state's
// officials are the United States' (USAGOV).

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// usGeorgia recodes the sentence's mentions of Georgia (but those that say
// "Georgian" or "Tbilisi") as the United States when the sentence tells
// the U.S. state, with the agents it gave its country ("the Justice
// Department" of "a Georgia state senator accused the Justice Department"):
// a word of [us state offices] right after "Georgia" or "Georgia's", or
// before "of Georgia" ("the governor of Georgia", "the state of Georgia";
// not a secretary or an assembly, nor "the head of state of Georgia"), or a
// word of [us georgia places] anywhere in it.
func (v *vocab) usGeorgia(toks []dyad.Token, ms []actors.Mention) {
	state := false
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
		if j < len(toks) && v.usStateOffices[toks[j].Lower] {
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
	}
	if !state {
		return
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
