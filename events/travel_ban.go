package events

// A travel ban one state or bloc imposes on another state's people is a
// sanction (163), as a ban from entering its territory is (entry_ban.go);
// one imposed on its own people keeps 172. An arms embargo told with it
// ("imposed an arms embargo and a travel ban on a dozen Uzbek
// officials") is a second sanction, on the people's state: the gold
// files' convention (testdata/gold/README.md, events-dev22-wire.jsonl).

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// travelBanSanction recodes h, a travel ban (172, "travel" and "ban" or
// "bans" among its matched words) whose source and first target are of
// different states (or the source a bloc of none), as 163, and returns the
// arms embargo told before the ban in the same phrase ("an arms embargo
// and a travel ban on …") as a second 163 event, its target the first
// target's state alone (UZB for "Uzbek officials"); ok is false when there
// is no such embargo.
func (c *Coder) travelBanSanction(st *sentence, h *verbHit) (verbHit, bool) {
	if h.code != "172" || len(h.source) == 0 || len(h.target) == 0 || h.passive {
		return verbHit{}, false
	}
	toks := st.toks
	travel, embargo := -1, -1
	for k := h.head + 1; k < h.end; k++ {
		switch toks[k].Lower {
		case "travel":
			travel = k
		case "embargo":
			embargo = k
		}
	}
	if travel < 0 || travel+1 >= len(toks) || toks[travel+1].Lower != "ban" && toks[travel+1].Lower != "bans" {
		return verbHit{}, false
	}
	src, tgt := h.source[0], h.target[0]
	if tgt.Country == "" || src.Country == tgt.Country {
		return verbHit{}, false // "imposed a travel ban on opposition leaders": a ban at home
	}
	h.code = "163"
	if embargo < 0 || embargo > travel || !andBetween(toks, embargo, travel) {
		return verbHit{}, false
	}
	var p *Pattern
	for _, q := range c.patterns.verbs["impose"] {
		if q.Code == "163" && len(q.Slots) == 2 && slotHas(q.Slots[1:], "embargo") {
			p = q
		}
	}
	if p == nil {
		return verbHit{}, false
	}
	state := tgt
	state.Code, state.Sectors = tgt.Country, nil
	return verbHit{p: p, head: h.head, end: h.end, code: "163", status: h.status,
		source: append([]actors.Mention(nil), h.source...), target: []actors.Mention{state}}, true
}

// andBetween reports "and" between tokens a and b with only determiners,
// adjectives and nouns else ("embargo and a travel"): one coordinated
// noun phrase.
func andBetween(toks []dyad.Token, a, b int) bool {
	and := false
	for k := a + 1; k < b; k++ {
		switch t := toks[k]; {
		case t.Lower == "and":
			and = true
		case t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "NNS":
		default:
			return false
		}
	}
	return and
}
