package events

// Target rules of the 2026-11-30 targets pass (dev6): the party a visit
// or a planned trip is for, named after the place visited.

import (
	"github.com/dyad-events/dyad/actors"
)

// targets6 runs the rules of this file on h, after the other target
// families.
func (c *Coder) targets6(st *sentence, h *verbHit) {
	if h.code == "" {
		return
	}
	c.talksHost(st, h)
	c.talksVenue(st, h)
	c.mutualWithModified(st, h)
}

// talksHost makes the office holder a trip is "for talks with" (or
// "to meet") the host when the trip's target is only that person's
// state or capital: "will travel to Moscow next month for talks with
// Vladimir Putin" is BRAGOV 036 RUSGOV and "flew to Beijing for talks
// with Xi Jinping" DEUGOV 042 CHNGOV (a host official named as host,
// testdata/gold/README.md). Talks with another state's party leave the
// place: "travel to Istanbul for the peace talks with Ukraine" stays TUR.
func (c *Coder) talksHost(st *sentence, h *verbHit) {
	if h.code != "036" && h.code != "042" || len(h.target) != 1 {
		return
	}
	t := h.target[0]
	if t.Kind != actors.KindCountry && t.Kind != actors.KindCapital || t.Code != t.Country || t.Country == "" {
		return
	}
	toks := st.toks
	for k := t.End; k+1 < len(toks) && k < t.End+8; k++ {
		if isClauseBreak(toks, k) || toks[k].Text == "," {
			return
		}
		talks := toks[k].Lower == "with" && k >= 1 && (toks[k-1].Lower == "talks" || toks[k-1].Lower == "meeting" || toks[k-1].Lower == "summit") ||
			toks[k].Lower == "meet" && toks[k-1].Lower == "to"
		if !talks {
			continue
		}
		j := k + 1
		if j < len(toks) && toks[j].Tag == "DT" {
			j++
		}
		m := st.at[j]
		if m < 0 {
			return
		}
		x := st.ments[m]
		if x.Country == t.Country && hasSector(x, "GOV") && !x.Modifier {
			h.target = []actors.Mention{x}
		}
		return
	}
}

// mutualWithModified gives a mutual verb the party named after "with"
// when lower-case modifiers stand between the article and the name, which
// the object scan reads as the noun phrase's head: "clashed with the
// paramilitary Rapid Support Forces", "clashed with the Rwanda-backed M23
// rebels", "held talks with the visiting Iranian foreign minister".
func (c *Coder) mutualWithModified(st *sentence, h *verbHit) {
	if !h.p.has(flagMutual) || len(h.target) != 0 {
		return
	}
	toks := st.toks
	for k := h.head + 1; k+2 < len(toks) && k < h.end+6; k++ {
		if isClauseBreak(toks, k) || toks[k].Text == "," {
			return
		}
		if toks[k].Lower != "with" {
			continue
		}
		j := k + 1
		if toks[j].Tag == "DT" || toks[j].Tag == "PRP$" {
			if toks[j].Lower == "all" {
				return // "with all concerned parties": an unnamed collective
			}
			j++
		}
		n := 0
		for j < len(toks) && n < 3 {
			if m := st.at[j]; m >= 0 && st.ments[m].Modifier {
				j = st.ments[m].End // "the Rwanda-backed M23 rebels"
			} else if m < 0 && modifierTag(toks[j].Tag) && !startsUpperASCII(toks[j].Text) && !collectiveWord(toks[j].Lower) && toks[j].Lower != "concerned" {
				j++ // "the paramilitary Rapid Support Forces"
			} else {
				break
			}
			n++
		}
		if n == 0 || j >= len(toks) {
			return
		}
		m := st.at[j]
		if m < 0 || st.ments[m].Modifier || st.ments[m].Place || st.ments[m].Code == "" || st.ments[m].Kind == "coref" || st.ments[m].Start != j {
			return
		}
		h.target = c.group(st, m)
		return
	}
}

// modifierTag reports a part-of-speech tag a pre-modifier of a name may
// carry: adjectives, participles and nouns used as adjectives
// ("paramilitary", "separatist", "visiting").
func modifierTag(tag string) bool {
	switch tag {
	case "JJ", "NN", "VBN", "VBG":
		return true
	}
	return false
}

// talksVenue keeps a trip's destination as its host when the object scan
// passed over it to the other party of the talks the trip is for:
// "did not travel to Istanbul on Thursday for the peace talks with
// Ukraine" is a (negated) visit to TUR; Ukraine hosts nothing.
func (c *Coder) talksVenue(st *sentence, h *verbHit) {
	if h.code != "036" && h.code != "042" || len(h.target) == 0 {
		return
	}
	toks := st.toks
	t := h.target[0]
	w := t.Start - 1
	if w >= 0 && toks[w].Tag == "DT" {
		w--
	}
	if w < 1 || toks[w].Lower != "with" || toks[w-1].Lower != "talks" && toks[w-1].Lower != "negotiations" && toks[w-1].Lower != "meeting" {
		return
	}
	for k := h.head + 1; k+1 < w && k < h.head+4; k++ {
		if toks[k].Lower != "to" {
			continue
		}
		p, ok := c.namedPlace(st, k+1, w)
		if !ok || p.Country == "" || p.Country == t.Country || len(h.source) > 0 && p.Country == h.source[0].Country {
			return
		}
		h.target = c.placeAfterCountry(st, k+1, p.Country)
		return
	}
}
