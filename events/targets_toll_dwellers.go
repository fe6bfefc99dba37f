package events

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// dwellersOfPlace reports an attack event e aimed at a state alone
// through a place named after a preposition ("shelled villages in
// Kashmir", "fired rockets into Kunar province", "slammed into an
// apartment block in Dnipro") whose toll names the people living there,
// or people by age and sex ("killing a woman and wounding four children",
// "killing at least 40 residents": [toll dwellers]): the attack struck
// those civilians, the place's CVL, as the gold sets code them (dev
// W33015 AFGCVL, W45049 INDCVL, W28030 UKRCVL). The dead named as
// "people" or "civilians" keep the place's state (tollOfPlace), and so
// does a toll of an attack whose object is the place itself ("bombed the
// town of Bentiu, killing a child" SSD): the place, not where it struck,
// is what the attack was aimed at.
func dwellersOfPlace(st *sentence, e *dyad.Event, w actors.Mention) bool {
	t := e.Target
	if t == nil || len(t.Sectors) != 0 || t.Code != t.Country || t.Country != w.Country || w.Code != w.Country+"CVL" {
		return false
	}
	f := strings.Fields(strings.ToLower(w.Text))
	if len(f) == 0 || !st.words.tollDwellers[f[len(f)-1]] {
		return false
	}
	for k, tok := range st.toks {
		if tok.Start == t.Span[0] {
			if k == 0 {
				return false
			}
			switch st.toks[k-1].Lower {
			case "in", "into", "near", "across", "around", "outside":
				return true
			}
			return false
		}
	}
	return false
}

// tollConjunct reports a toll participle at i joined by "and" to a toll
// participle after a comma: "…, killing a woman and wounding four
// children". The second tells more of the same toll (consequence).
func tollConjunct(st *sentence, i int) bool {
	toks := st.toks
	if i < 2 || toks[i-1].Lower != "and" {
		return false
	}
	for k := i - 2; k >= 1 && k >= i-12; k-- {
		switch {
		case toks[k].Text == "," || toks[k].Text == ";" || toks[k].Text == ".":
			return false
		case toks[k].Tag == "VBG" && st.words.tollVerbs[toks[k].Lemma] && toks[k-1].Text == ",":
			return true
		}
	}
	return false
}

// harmToll reports a "wounding" whose clause tells the toll of an act of
// harm a verb before it in the sentence names ("shelled villages …,
// killing a woman and wounding four children", "struck a market,
// wounding 12 residents"): it is kept for consequence, which sets it
// aside and gives the attack the victims it names (tollTarget), rather
// than dropped as no event (woundNoAttack).
func harmToll(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if toks[i].Tag != "VBG" || i < 1 || toks[i-1].Text != "," && !tollConjunct(st, i) {
		return false
	}
	for _, g := range st.hits {
		if g.head < i && !g.p.Noun && g.head != i && harm(g.p.Code) && !st.words.tollVerbs[toks[g.head].Lemma] {
			return true
		}
	}
	return false
}
