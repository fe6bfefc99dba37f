package events

// The means of an aim: a "by"-gerund that tells how an infinitive's act
// would be done ("Moscow wants to punish Kyiv by cutting gas supplies",
// "Iran wants to remain in Iraq and to pressure Washington by menacing
// the Gulf states", "Turkey hopes to deter Syria by massing troops") shares that
// infinitive's unrealised status: it is part of an aim or a purpose, no
// deed told. An infinitive whose governing verb says its act happened
// ("moved to punish Kyiv by cutting gas", "continued to pressure
// Damascus by shelling …") or an attempt ("tried to provoke Israel by
// firing rockets": the rockets were fired) keeps its means, as does a
// "by"-gerund under a finite verb ("Russia responded by expelling
// diplomats").

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// aimMeans reports a hit whose head is a gerund right after "by" (an
// adverb may stand between: "by repeatedly shelling") whose governing
// verb, found back in its clause past the verb's object, is an
// infinitive ("to punish") that no realising verb governs (realisedGov:
// "continue", "begin", "manage", "move" …) or attempt verb ("try",
// "attempt", "strive", "seek"). The clause ends at a comma,
// a semicolon, a colon, a relative or complement word, or a finite verb
// (then the gerund is that verb's means and is left alone).
func aimMeans(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if h.p.Noun || toks[i].Tag != "VBG" {
		return false
	}
	b := i - 1
	for b >= 0 && toks[b].Tag == "RB" {
		b--
	}
	if b < 2 || toks[b].Lower != "by" {
		return false
	}
	for j := b - 1; j >= 1 && j >= b-12; j-- {
		t := toks[j]
		switch t.Lower {
		case ",", ";", ":", "that", "which", "who", "whom", "where", "when", "while":
			return false
		}
		if t.Tag == "MD" || t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" {
			return false // a finite verb: "Russia responded by threatening"
		}
		if toks[j-1].Lower != "to" || t.Tag != "VB" && !untaggedVerb(toks, j) {
			continue
		}
		if j < 2 {
			return true
		}
		gov := toks[j-2]
		if g := pastDateBack(st, j-2); g != j-2 {
			gov = toks[g] // "moved on Tuesday to punish"
		}
		switch {
		case realisedGov(gov.Lemma), gov.Lemma == "use" && strings.HasPrefix(gov.Tag, "VB"):
			return false
		case gov.Lemma == "try" || gov.Lemma == "attempt" || gov.Lemma == "strive" || gov.Lemma == "seek":
			return false // an attempt is made by its means: "tried to provoke Israel by firing rockets"
		}
		return true
	}
	return false
}

// untaggedVerb reports a word after "to" that the tagger read as a noun
// but that takes an object as a verb does, after a verb of wanting or
// planning: "wants to punish Kyiv", "plans to weaken the government";
// not "came to power by" or "returned to office by".
func untaggedVerb(toks []dyad.Token, j int) bool {
	if toks[j].Tag != "NN" || j < 2 || j+1 >= len(toks) || !wishVerb(toks[j-2]) {
		return false
	}
	switch toks[j+1].Tag {
	case "NNP", "NNPS", "DT", "PRP$", "PRP":
		return true
	}
	return false
}

// wishVerb reports a verb of wanting or planning ("wants", "hoped",
// "plans").
func wishVerb(t dyad.Token) bool {
	if !strings.HasPrefix(t.Tag, "VB") {
		return false
	}
	switch t.Lemma {
	case "want", "hope", "wish", "plan", "intend":
		return true
	}
	return false
}
