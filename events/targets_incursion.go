package events

// An incursion told in a clause opened by "after", "as" or "when" that
// follows the main clause is aimed at the main clause's state: the state
// whose forces fire warning shots, scramble jets or lodge a protest
// answers the other side's crossing into its space. The incursion's
// clause names no target of its own ("crossed the demarcation line",
// "entered waters around the islets", "flew near the northern island"),
// so the object scan finds none:
//
//	"Greek troops fired warning shots after Turkish soldiers crossed the demarcation line"   TURMIL 150 GRC
//	"Manila lodged a protest with Beijing after Chinese ships entered waters near the shoal"  CHNMIL 150 PHL
//	"Finland scrambled jets as Russian bombers flew near its islands"                        RUSMIL 150 FIN
//
// The incursion is a show of force (root 15) whose verb is an
// [incursion verbs] lemma of data/words.txt; its subject is another
// state's forces or the state itself, right after the opening word (past
// a number: "after about 20 soldiers"). The target is the main clause's
// subject's state, by its country code alone (CODING.md: the space
// crossed is the state's). A main clause of the same state, a main
// subject that is no state's actor and any other show of force ("after
// the North fired shells into the sea": no one's space) give nothing.

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// incursionAnswered returns the state whose space the incursion h in an
// "after"/"as"/"when" clause enters (see the file comment), or nil.
func (c *Coder) incursionAnswered(st *sentence, h *verbHit) []actors.Mention {
	if len(h.target) != 0 || len(h.source) == 0 || h.p.Noun || h.passive || cameo.Root(h.code) != "15" {
		return nil
	}
	toks := st.toks
	if !c.words.incursionVerbs[toks[h.head].Lemma] {
		return nil
	}
	src := h.source[0]
	last := h.source[len(h.source)-1]
	if src.Country == "" || src.Place || last.End > h.head {
		return nil
	}
	cut := openingWordBefore(toks, src.Start)
	end := last.End
	for end < h.head && (toks[end].Tag == "NN" || toks[end].Tag == "NNS") {
		end++ // "Chinese ships", "Russian bombers": the nationality's noun
	}
	if cut < 1 || !reactionPredicate(toks, end, h.head) {
		return nil
	}
	subj := c.mainSubject(st, cut)
	if len(subj) == 0 {
		return nil
	}
	m := subj[0]
	if len(m.Country) != 3 || m.Place || m.Modifier || m.Country == src.Country {
		return nil
	}
	return []actors.Mention{c.stateTarget(h, m)}
}

// stateTarget returns m's state as the target of h, by its country code
// alone, with m's words and span as the evidence: the state that answers
// for its forces' or its people's act (an incursion, a build-up, a raid).
func (c *Coder) stateTarget(h *verbHit, m actors.Mention) actors.Mention {
	t := c.implicitTarget(h, m.Country)
	t.Start, t.End, t.Text, t.Span = m.Start, m.End, m.Text, m.Span
	return t
}

// openingWordBefore returns the index of the "after", "as" or "when"
// that opens the clause whose subject starts at start, past "the", a
// number and "about", "some" or "more than" ("after about 20 North
// Korean soldiers"), or -1.
func openingWordBefore(toks []dyad.Token, start int) int {
	k := start - 1
	for n := 0; k >= 1 && n < 4 && approxWord(toks[k]); n++ {
		k--
	}
	if k < 1 {
		return -1
	}
	if toks[k].Lower == "when" || answeringWord(toks, k) {
		return k
	}
	return -1
}

// approxWord reports a word that may stand between the opening word and
// its subject: "the", a number, "about", "some", "more", "than".
func approxWord(t dyad.Token) bool {
	switch t.Lower {
	case "the", "about", "some", "more", "than":
		return true
	}
	return t.Tag == "CD"
}
