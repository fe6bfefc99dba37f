package events

// Coordinated passives. A participle with its "by" agent that follows
// "and" after another passive participle shares its voice: "an
// appearance arranged by Republican leaders and criticized by the Obama
// administration", "the plan, which was drafted by Egypt and endorsed by
// the Arab League". The agent of each is its source, as in the first
// conjunct; read alone, the second took the noun before "and" for its
// subject and the agent for its object.

import "github.com/dyad-events/dyad/actors"

// coordinatedPassive reports the past participle at i, with "by" right
// after it and "and" right before it, as the second conjunct of a
// passive: a past participle with its own "by" agent stands before the
// "and" within a few words, itself a passive (after "be") or a reduced
// relative on a noun.
func coordinatedPassive(st *sentence, i int) bool {
	return firstPassiveConjunct(st, i) >= 0
}

// firstPassiveConjunct returns the participle of the first conjunct of
// the coordinated passive at i (coordinatedPassive), or -1.
func firstPassiveConjunct(st *sentence, i int) int {
	toks := st.toks
	if i < 3 || i+2 >= len(toks) || toks[i+1].Lower != "by" || toks[i-1].Lower != "and" {
		return -1
	}
	if toks[i].Tag != "VBN" && toks[i].Tag != "VBD" || st.lex.PastOnly(toks[i].Lower) {
		return -1
	}
	for k := i - 3; k >= 1 && k >= i-12; k-- {
		t := toks[k]
		if t.Text == "," || t.Text == ";" || finite(t.Tag) && t.Lemma != "be" {
			return -1
		}
		if (t.Tag != "VBN" && t.Tag != "VBD") || toks[k+1].Lower != "by" {
			continue
		}
		if isPassive(toks, k) || reducedRelative(st, k) {
			return k
		}
		return -1
	}
	return -1
}

// coordinatedPassiveTarget returns the target of the coordinated passive
// hit h: the subject the two conjuncts share, read from the first
// (never the first conjunct's own "by" agent, which is no patient of
// the second: "arranged by Republican leaders and criticized by the
// Obama administration"). ok is false when h is no coordinated passive.
func (c *Coder) coordinatedPassiveTarget(st *sentence, h *verbHit) (target []actors.Mention, ok bool) {
	k := firstPassiveConjunct(st, h.head)
	if k < 0 {
		return nil, false
	}
	g := c.subject(st, k)
	if len(g) > 0 && g[0].Start > k {
		return nil, true
	}
	return g, true
}
