package events

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// bombedState gives a bombing (183x) by an armed group or unidentified
// attacker of one state in that same state, aimed at no one the text
// names, the state of the place rather than its civilians: "Niger Delta
// militants bombed a crude pipeline in Rivers state" NGAREB 183 NGA, "a
// car bombing in central Ankara" TURREB 183 TUR, as the gold sets code
// bombings of pipelines, streets and cities (gold README, "Conventions
// fixed here": the attacked place gives its country; events.jsonl ev0413,
// dev33-wire W33012, dev36-wire W36015, dev8-wire E0137). The civilians of
// the place stay where the sentence names a crowded venue ([crowded
// venues] of data/words.txt: "a suicide attack on a Lahore park", "a car
// bomb outside a beach restaurant"), where the people gathered there are
// the ones bombed, and so does a foreign group's bombing (Islamic State in
// Kerman: IRNCVL). Only a target the coder assumed (no words, or the place
// read as its civilians) changes; victims the text names stay. A bombing
// whose toll is "people" ("a car bombing in central Ankara that killed 37
// people", peopleToll) keeps the place's civilians too (gold README,
// "Conventions fixed here", item 67).
func bombedState(st *sentence, h *verbHit) {
	if !strings.HasPrefix(h.code, "183") || len(h.source) != 1 || len(h.target) != 1 {
		return
	}
	src, t := h.source[0], h.target[0]
	if !hasSector(src, "REB", "UAF") || len(src.Code) < 3 || t.Country != src.Code[:3] || t.Kind != "coref" || len(t.Sectors) != 1 || t.Sectors[0] != "CVL" {
		return
	}
	if t.Text != "" && !placeText(st, t) {
		return
	}
	for _, tok := range st.toks {
		if st.words.crowdedVenues[tok.Lower] {
			return
		}
	}
	if peopleToll(st) {
		return
	}
	v := t
	v.Code, v.Sectors = v.Country, nil
	h.target = []actors.Mention{v}
}

// peopleToll reports a sentence telling a toll of "people" counted by a
// number or a word of number: a verb of toll ([toll verbs] lemmas: "kill",
// "wound" …) and "people" (or "persons") right after a number, "dozens
// of", "hundreds of" or "scores of", up to two words between ("killing 37
// people", "killed at least 12 people", "wounding more than 250 people",
// "dozens of people were killed").
func peopleToll(st *sentence) bool {
	toll := false
	for _, tok := range st.toks {
		if st.words.tollVerbs[tok.Lemma] {
			toll = true
			break
		}
	}
	if !toll {
		return false
	}
	for k, tok := range st.toks {
		if tok.Lower != "people" && tok.Lower != "persons" {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			switch w := st.toks[j]; {
			case w.Tag == "CD":
				return true
			case w.Lower == "of" && j > 0:
				switch st.toks[j-1].Lower {
				case "dozens", "hundreds", "scores", "thousands":
					return true
				}
			}
		}
	}
	return false
}

// placeText reports a mention that is a place the sentence names ("Rivers
// state"), not people: a place the gazetteer found (no actor tokens), or
// tokens none of which the matcher read as an actor other than a place.
func placeText(st *sentence, m actors.Mention) bool {
	if m.Start == m.End {
		return true // (a gazetteer place: refine_places.go placeMention)
	}
	if m.Start < 0 || m.End > len(st.toks) || m.Start > m.End {
		return false
	}
	for k := m.Start; k < m.End; k++ {
		if j := st.at[k]; j >= 0 && st.ments[j].Kind != "place" && st.ments[j].Kind != actors.KindCountry && st.ments[j].Kind != actors.KindCapital {
			return false
		}
	}
	return true
}
