package events

// The source of an attack told without its doer and blamed on someone in
// a coordinated clause after it: "An air strike on a funeral hall in
// Sanaa killed more than 140 people on Saturday, and the Houthis blamed
// Saudi Arabia" (Saudi Arabia allegedly struck), "A roadside bomb killed
// five Kenyan police officers, and the county governor blamed al-Shabaab
// militants", "Drones struck two buildings in Moscow, and Russia's
// defence ministry blamed Kyiv for what it called a terrorist attack". The
// one blamed is the attack's alleged source; ", which denied it" after
// the one blamed makes the attack denied. "Blamed X for the attack" names
// its act after "for" and is blamedFor's (status.go).

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// blamedLater returns the one blamed for the harm hit h (roots 18–20, no
// source found) by a later clause ", and X blamed Y" of the sentence, and
// the attack's status: alleged, or denied when ", which denied it" (or
// "…, who denied it") follows Y. The blame must be an active finite
// "blamed" whose clause opens with ", and" after h's, with Y right after
// it and the clause ending there (the sentence's end, the denial, "for the
// attack", or "for what it called …"). Nil when there is no such clause, or when h is the
// verb a nominal attack before it is the subject of ("an air strike …
// killed"; tolled: the attack takes the blame, not its toll).
func (c *Coder) blamedLater(st *sentence, h *verbHit, tolled bool) ([]actors.Mention, dyad.Status) {
	toks := st.toks
	if !harm(h.code) || h.code[:2] == "17" || tolled {
		return nil, ""
	}
	for b := h.end; b+1 < len(toks); b++ {
		if toks[b].Lemma != "blame" && toks[b].Lemma != "accuse" || toks[b].Tag != "VBD" && toks[b].Tag != "VBZ" || st.at[b] >= 0 {
			continue
		}
		// the blamer's clause opens with ", and" after h
		a := b - 1
		for a > h.end && toks[a].Lower != "and" && (st.at[a] >= 0 || npTag(toks[a].Tag) || toks[a].Tag == "RB" || st.isDate[a]) {
			a--
		}
		if a <= h.end || toks[a].Lower != "and" || toks[a-1].Text != "," || a+1 == b {
			return nil, ""
		}
		// the one blamed, right after the verb, past the words that only
		// qualify it ("Kurdish militants", "suspected jihadists")
		k := b + 1
		if k < len(toks) && toks[k].Lower == "the" {
			k++
		}
		for n := 0; n < 2 && k < len(toks) && st.at[k] < 0 && blamedPremodifier(toks[k]); n++ {
			k++
		}
		if k >= len(toks) || st.at[k] < 0 || st.ments[st.at[k]].Place {
			return nil, ""
		}
		var g []actors.Mention
		if m := st.ments[st.at[k]]; m.Modifier {
			// "blamed North Korean agents", "blamed Pakistani
			// intelligence operatives": a state's adjective before the
			// people it sends names that state
			e := m.End
			if e >= len(toks) || st.at[e] >= 0 || toks[e].Tag != "NNS" || !c.words.blamedAgents[toks[e].Lower] || m.Country == "" {
				return nil, ""
			}
			m.Modifier = false
			m.End = e + 1
			g = []actors.Mention{m}
		} else {
			g = c.group(st, st.at[k])
		}
		e := g[len(g)-1].End
		if e+2 < len(toks) && toks[e].Lower == "for" && toks[e+1].Lower == "the" && c.words.attackNouns[toks[e+2].Lower] {
			e += 3 // "blamed al-Shabaab for the attack": the one told before
		}
		status := dyad.Alleged
		switch {
		case e >= len(toks) || toks[e].Text == ".":
		case e+1 < len(toks) && toks[e].Lower == "for" && toks[e+1].Lower == "what":
			// "blamed Kyiv for what it called a terrorist attack"
		case e+2 < len(toks) && toks[e].Text == "," && (toks[e+1].Lower == "which" || toks[e+1].Lower == "who"):
			// ", which denied it", ", which Moscow denied"
			d := e + 2
			if st.at[d] >= 0 {
				d = st.ments[st.at[d]].End
			}
			if d >= len(toks) || toks[d].Lemma != "deny" {
				return nil, ""
			}
			status = dyad.Denied
		default:
			return nil, ""
		}
		for _, m := range g {
			if m.Country == "" && !hasSector(m, "REB", "UAF", "CRM") {
				return nil, ""
			}
		}
		return g, status
	}
	return nil, ""
}

// blamedPremodifier reports a word before the one blamed that only
// qualifies it and is no actor of its own: an adjective or participle
// ("suspected", "Islamist"), or a capitalised name word the matcher
// leaves out ("Kurdish militants", "Baloch separatists").
func blamedPremodifier(t dyad.Token) bool {
	return t.Tag == "JJ" || t.Tag == "VBN" || t.Tag == "NNP"
}
