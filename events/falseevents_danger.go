package events

// A warning about a danger is no threat. "Warned of the risk of
// escalation", "warned about the danger of a wider war", "warned Sudan's
// generals of the growing threat of famine", "warned that there was a
// real prospect of renewed fighting": what follows the danger noun
// ([danger nouns]) is what may happen, not what the warner says it will
// do, even when it is a war or an attack. Such a warning is a pessimistic
// comment (012), as "warned of famine" is (warnsOfSituation), while
// "warned of retaliation" and "warned that it would strike" stay threats.
// So does a state's warning to another state of the danger of an act of
// war between them ([danger acts]: "Pyongyang warned Seoul of the danger
// of a war on the peninsula"): the war is one the warner's side would
// wage on the warned, a threat (138), not a comment on what may befall
// others (warnersAct).

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// dangerWarning reports a 13x hit of "warn" (or of a "warning" noun) whose
// complement is a danger: "of", "about" or "that" (past a named party,
// dates and adverbs), then a noun phrase headed by a word of [danger
// nouns] ("the growing risk of …", "a real danger that …"), or "that
// there is a risk …". The scan stops at a clause break, a verb, a modal
// or a condition, so "warned that it would strike at any risk to its
// troops" keeps its threat.
func (c *Coder) dangerWarning(st *sentence, h *verbHit) bool {
	if !strings.HasPrefix(h.code, "13") {
		return false
	}
	toks := st.toks
	w := -1
	if toks[h.head].Lemma == "warn" {
		w = h.head
	} else {
		for j := h.head; j <= h.end+1 && j < len(toks); j++ {
			if toks[j].Lower == "warning" || toks[j].Lower == "warnings" {
				w = j
				break
			}
		}
	}
	if w < 0 {
		return false
	}
	for j := w + 1; j < len(toks) && j <= w+12; j++ {
		t := toks[j]
		if isClauseBreak(toks, j) || t.Text == "," || t.Tag == "MD" || strings.HasPrefix(t.Tag, "VB") || t.Lower == "if" || t.Lower == "unless" {
			return false
		}
		switch t.Lower {
		case "of", "about", "over":
			n := st.words.dangerPhrase(toks, j+1)
			return n >= 0 && !warnersAct(st, h, n)
		case "that":
			k := j + 1
			if k+1 < len(toks) && toks[k].Lower == "there" && toks[k+1].Lemma == "be" {
				k += 2 // "warned that there was a risk of …"
			}
			return st.words.dangerPhrase(toks, k) >= 0
		}
	}
	return false
}

// dangerPhrase returns the token of the head of a noun phrase at k headed
// by a word of [danger nouns]: determiners, possessives, adverbs and
// adjectives ("the growing", "a very real", "an increased") before it,
// unless a word of [danger penalties] follows within five words ("the
// threat of sanctions": a threat still). It returns -1 when there is none.
func (v *vocab) dangerPhrase(toks []dyad.Token, k int) int {
	for ; k < len(toks); k++ {
		t := toks[k]
		switch {
		case v.dangerNouns[t.Lower]:
			if k+1 >= len(toks) || (toks[k+1].Lower != "of" && toks[k+1].Lower != "that" && toks[k+1].Lower != "from" && toks[k+1].Lower != "posed") {
				return -1
			}
			// "the threat of sanctions", "the risk of a military
			// response": the warner's penalty keeps the threat
			for j := k + 2; j < len(toks) && j <= k+6; j++ {
				if toks[j].Text == "," || isClauseBreak(toks, j) {
					break
				}
				if v.dangerPenalties[toks[j].Lower] {
					return -1
				}
			}
			return k
		case t.Tag == "DT" || t.Tag == "PRP$" || t.Tag == "RB" || t.Tag == "RBR" || strings.HasPrefix(t.Tag, "JJ") || t.Tag == "VBG" || t.Tag == "VBN" || t.Tag == "CD":
			continue
		default:
			return -1
		}
	}
	return -1
}

// warnersAct reports a danger noun at n whose "of" names an act of war
// ([danger acts], within four words: "the danger of a nuclear war") in a
// warning from a state (a country, its government or its forces:
// stateSide) to another state it names: the war is one the warner's side would wage on
// the warned. A warning from an international body ("the UN chief warned
// the council of the danger of war") or to no one stays a comment.
func warnersAct(st *sentence, h *verbHit, n int) bool {
	if len(h.source) == 0 || len(h.target) == 0 {
		return false
	}
	s, t := h.source[0], h.target[0]
	if !stateSide(s) || !stateSide(t) || s.Country == t.Country || s.Modifier || t.Modifier || strings.HasPrefix(s.Code, "IGO") || strings.HasPrefix(t.Code, "IGO") {
		return false
	}
	toks := st.toks
	if n+1 >= len(toks) || toks[n+1].Lower != "of" {
		return false
	}
	for j := n + 2; j < len(toks) && j <= n+5; j++ {
		if toks[j].Text == "," || isClauseBreak(toks, j) {
			return false
		}
		if st.words.dangerActs[toks[j].Lower] {
			return true
		}
	}
	return false
}
