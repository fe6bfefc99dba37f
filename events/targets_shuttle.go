package events

// Shuttle mediation, as the gold README's "Conventions fixed here" codes
// it: "shuttle mediation between delegations that do not meet gives only
// the 045s". A go-between who shuttles between the delegations or
// carries messages between them ("Iran and the United States held
// indirect talks in Oman, with Oman's foreign minister carrying messages
// between the two delegations") mediates with each party of the talks
// (045 each); the parties, who do not meet, hold no talks with each other
// (no 046 between them). "Between the delegations", "between the two
// sides" names no party of its own: the parties are the talks'.

import "github.com/dyad-events/dyad/actors"

// shuttleMediation reports a mediation hit h told by shuttling or by
// carrying messages: a head of lemma "shuttle", or of "carry", "pass",
// "relay" or "ferry" with "message(s)" right after.
func shuttleMediation(st *sentence, h *verbHit) bool {
	if h.code != "045" || h.p.Noun {
		return false
	}
	toks := st.toks
	switch toks[h.head].Lemma {
	case "shuttle":
		return true
	case "carry", "pass", "relay", "ferry":
		return h.head+1 < len(toks) && (toks[h.head+1].Lower == "messages" || toks[h.head+1].Lower == "message")
	}
	return false
}

// betweenSides reports a target that names no party of its own: one
// mention right after "between" (a determiner and "two" between) headed
// by "delegations", "sides", "parties", "teams" or "negotiators" ("between
// the two delegations", "between the sides").
func betweenSides(st *sentence, tgt []actors.Mention) bool {
	if len(tgt) != 1 {
		return false
	}
	toks := st.toks
	m := tgt[0]
	if m.End <= m.Start || m.End > len(toks) {
		return false
	}
	switch toks[m.End-1].Lower {
	case "delegations", "sides", "parties", "teams", "negotiators":
	default:
		return false
	}
	j := m.Start - 1
	for j >= 0 && (toks[j].Tag == "DT" || toks[j].Lower == "two") {
		j--
	}
	return j >= 0 && toks[j].Lower == "between"
}

// dropShuttledTalks removes the parties' own talks (046 hits among the
// parties ps) behind a shuttle mediation: delegations that do not meet.
func dropShuttledTalks(hits []verbHit, live []bool, ps []actors.Mention) {
	in := func(m actors.Mention) bool {
		for _, p := range ps {
			if p.Code == m.Code {
				return true
			}
		}
		return false
	}
	for k := range hits {
		g := &hits[k]
		if !live[k] || g.code != "046" || len(g.source) == 0 {
			continue
		}
		all := true
		for _, m := range append(append([]actors.Mention(nil), g.source...), g.target...) {
			if !in(m) {
				all = false
				break
			}
		}
		if all {
			live[k] = false
		}
	}
}
