package events

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// A visitor is never of the place visited. An unresolved title ("the
// Secretary of State", "the foreign minister", "he" standing for one)
// whose sentence names no state of its own must not take its country
// from the place it goes to, which the last fallbacks of the coreference
// rules (any place the sentence names) would give it:
//
//	"The Secretary of State said he would visit Japan next month"  JPNGOV 036 JPN → no event
//	"The foreign minister will travel to Beijing next week"        CHNGOV 036 CHN → no event
//
// (a self-visit says nobody; the story before may still give the
// visitor's state, and a named visitor keeps the dictionary's). The
// place stays the target of the visit.

// visitedBy returns the country of the place that m, an actor mention,
// goes to in its own clause ("visit Japan", "travel to Beijing",
// "arrived in India", "fly to Kenya", "head to Moscow"), past auxiliaries,
// adverbs, a verb of saying and a pronoun standing for m ("said he would
// visit"); "" when m goes nowhere or another actor or clause comes first.
func (c *Coder) visitedBy(st *sentence, ms []actors.Mention, m actors.Mention) string {
	toks := st.toks
	for k := m.End; k < len(toks) && k < m.End+10; k++ {
		t := toks[k]
		if j := destinationAt(toks, k); j > 0 {
			j = pastThe(toks, j)
			if d := mentionAt(ms, j); d != nil {
				if d.Start == j && (d.Kind == actors.KindCountry || d.Kind == actors.KindCapital) && !d.Modifier {
					return d.Country
				}
				return ""
			}
			if p, _, ok := c.placeAt(st, j, len(toks), 3); ok {
				return p.Country
			}
			return ""
		}
		switch {
		case t.Tag == "MD" || t.Tag == "RB" || t.Tag == "TO" || k < len(st.isDate) && st.isDate[k] || dateWord(t):
		case t.Lemma == "be" || t.Lemma == "have" || t.Lemma == "plan" || t.Lemma == "expect" || t.Lemma == "due" || t.Lemma == "set" || t.Lemma == "go":
		case t.Lemma == "say" || t.Lemma == "announce" || t.Lemma == "tell" || t.Lower == "that":
		case t.Tag == "PRP" && (t.Lower == "he" || t.Lower == "she" || t.Lower == "they"):
		default:
			return ""
		}
	}
	return ""
}

// destinationAt returns, for a verb of going at k, the token where its
// destination starts: after "visit" itself, after "to" for travel,
// fly, head, go, return, and after "in" for arrive, land; -1 otherwise.
func destinationAt(toks []dyad.Token, k int) int {
	t := toks[k]
	if !strings.HasPrefix(t.Tag, "VB") {
		return -1
	}
	next := func(words ...string) int {
		if k+2 < len(toks) {
			for _, w := range words {
				if toks[k+1].Lower == w {
					return k + 2
				}
			}
		}
		return -1
	}
	switch t.Lemma {
	case "visit", "tour":
		if k+1 < len(toks) {
			return k + 1
		}
	case "travel", "fly", "head", "go", "return", "come":
		return next("to")
	case "arrive", "land":
		return next("in", "at")
	}
	return -1
}

// visitHost returns the office holder a visit is paid to when the
// sentence names the visit's place by its state or capital alone (tgt)
// and the visit itself as "a visit to" a person of that state: "Xi
// arrived in Moscow on Monday for a state visit to Vladimir Putin" is a
// visit to Putin, RUSGOV, who hosts it, not to Russia. nil when the
// sentence has no such visit noun, or it is to someone of another state.
func visitHost(st *sentence, tgt actors.Mention) *actors.Mention {
	if !(tgt.Kind == actors.KindCountry || tgt.Kind == actors.KindCapital) || tgt.Code != tgt.Country {
		return nil
	}
	toks := st.toks
	for k := tgt.End; k+2 < len(toks); k++ {
		if toks[k].Text == ";" || toks[k].Lower == "after" || toks[k].Lower == "before" {
			return nil
		}
		if (toks[k].Lower != "visit" && toks[k].Lower != "trip") || toks[k+1].Lower != "to" {
			continue
		}
		j := pastThe(toks, k+2)
		if d := mentionAt(st.ments, j); d != nil && d.Start == j && (d.Person || d.Kind == actors.KindPerson) && d.Country == tgt.Country && d.Code != d.Country {
			return d
		}
		return nil
	}
	return nil
}
