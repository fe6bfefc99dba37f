package events

// Two kinds of help joined as one verb's object are two acts: "will
// restart the sharing of intelligence and defence aid for Moldova" shares
// intelligence (064, 0314 as a plan) and gives military aid (072, 0332),
// "sent weapons and food aid to Sudan" gives military and humanitarian
// aid. The verb's pattern codes the first kind; the kind after "and" is
// read from the words of [aid kinds …] in data/words.txt.

import "strings"

// aidKinds are the codes of the kinds of help coordinatedAid adds, each
// with its intent (03x) form.
var aidKinds = map[string]string{"064": "0314", "071": "0331", "072": "0332", "073": "0333"}

// aidKindOf returns the code of the kind of help a hit's code names:
// its own for 064 and 071–073, the act's for their intents; "" for any
// other code.
func aidKindOf(code string) string {
	for act, intent := range aidKinds {
		if code == act || code == intent {
			return act
		}
	}
	return ""
}

// conjunctKind reads the noun phrase toks[from:] (at most four words,
// adjectives and nouns) as a kind of help: intelligence (064), or aid,
// assistance, support or supplies that are military (072), humanitarian
// (073) or economic (071), or arms (072); "" when it names none. It
// returns the end of the phrase too.
func (v *vocab) conjunctKind(st *sentence, from int) (string, int) {
	toks := st.toks
	kind, noun, end := "", false, from
	for k := from; k < len(toks) && k < from+4; k++ {
		t := toks[k]
		if st.at[k] >= 0 && !st.ments[st.at[k]].Modifier || !(strings.HasPrefix(t.Tag, "JJ") || strings.HasPrefix(t.Tag, "NN") || t.Tag == "VBG") {
			break
		}
		w := t.Lower
		switch {
		case v.aidIntelligence[w]:
			kind = "064"
		case v.aidArms[w]:
			kind, noun = "072", true
		case v.aidMilitary[w] && kind == "":
			kind = "072"
		case v.aidHumanitarian[w] && kind == "":
			kind = "073"
		case v.aidEconomic[w] && kind == "":
			kind = "071"
		}
		if v.aidNouns[w] {
			noun = true
		}
		end = k + 1
	}
	if kind == "" || !noun && kind != "064" {
		return "", from
	}
	return kind, end
}

// coordinatedAid adds to hits the second kind of help a live aid or
// intelligence hit's object names after "and", with the hit's status and
// pattern flags (its intent form when the hit is a plan).
func (c *Coder) coordinatedAid(st *sentence, hits []verbHit) []verbHit {
	toks := st.toks
	n := len(hits)
	for k := 0; k < n; k++ {
		h := hits[k]
		kind := aidKindOf(h.code)
		if kind == "" || h.p == nil || h.end >= len(toks)-1 || toks[h.end].Lower != "and" {
			continue
		}
		second, end := st.words.conjunctKind(st, h.end+1)
		if second == "" || second == kind {
			continue
		}
		g := h
		m := *h.p
		m.Code = second
		g.p, g.end, g.code = &m, end, second
		if h.code != kind {
			g.code = aidKinds[second] // a plan: its intent
		}
		hits = append(hits, g)
	}
	return hits
}
