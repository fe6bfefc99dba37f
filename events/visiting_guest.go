package events

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// visitingGuest returns the visitor named by an attributive "visiting"
// ("Kuwait's emir received the visiting Iraqi foreign minister", "Modi
// met visiting Nepali Prime Minister Oli", "promised visiting Nepali
// Prime Minister Oli …", "met with visiting Egyptian Foreign Minister
// Shoukry"): the actor right after the word is the guest who makes the
// visit (042) and the clause's subject hosts it (043), not the other way
// round as a gerund would read it ("visiting Nepal": the subject
// visits). nil when the hit is no such word (visitingAt). CODING.md: 042
// is made by the visitor, 043 by the host; gold W16294, W41014, W46051.
func visitingGuest(st *sentence, h *verbHit) *actors.Mention {
	if h.code != "042" || h.passive {
		return nil
	}
	return visitingAt(st, h.head)
}

// visitingAt returns the guest of an attributive "visiting" at token i:
// the word after a determiner, after "with" ("met with visiting …",
// "held talks with visiting …"), or right after a finite verb that takes
// no gerund object (not "began visiting", [aspect verbs] in
// data/words.txt), and the actor after it no place ("visiting Nepal"
// stays the subject's visit). The actor may follow a name's modifiers
// the dictionary does not know as actors ("visiting Somaliland leader
// Abdirahman Irro", W16294): at most two capitalised words. nil when
// there is no such guest.
func visitingAt(st *sentence, i int) *actors.Mention {
	toks := st.toks
	if i <= 0 || i+1 >= len(toks) || toks[i].Lower != "visiting" {
		return nil
	}
	p := toks[i-1]
	switch {
	case p.Lower == "the" || p.Lower == "a" || p.Lower == "an" || p.Lower == "with":
	case (p.Tag == "VBD" || p.Tag == "VBZ" || p.Tag == "VBP") && st.at[i-1] < 0 && !st.words.aspectVerbs[p.Lemma] && !isAux(p):
	default:
		return nil
	}
	j := i + 1
	for j < len(toks) && j < i+3 && st.at[j] < 0 && startsUpperASCII(toks[j].Text) && (toks[j].Tag == "NNP" || toks[j].Tag == "JJ") {
		j++ // "visiting Somaliland leader …": a modifier no actor of the dictionary
	}
	m := mentionAt(st.ments, j)
	if m == nil || m.Start != j || m.Place {
		return nil
	}
	return m
}

// visitingMet gives a meeting verb the guest an attributive "visiting"
// names right after it as its other party: "Netanyahu met visiting U.S.
// Secretary of State John Kerry in Jerusalem" is a meeting of the two
// (040 both ways) beside Kerry's visit (042, 043 by Netanyahu), as gold
// W16294 codes "met visiting Somaliland leader Abdirahman Irro". The
// object scan takes a name right after "met" (titledMet) but not one
// after the participle. "met with visiting …" and "held talks with the
// visiting …" are mutualWithModified's.
func visitingMet(st *sentence, h *verbHit) {
	if !h.p.has(flagMutual) || len(h.target) != 0 || h.end >= len(st.toks) {
		return
	}
	if g := visitingAt(st, h.end); g != nil {
		h.target = []actors.Mention{*g}
	}
}

// visitingGoverned reports an attributive "visiting" at head (visitingAt)
// whose guest ends before the date at i, after a verb hit of its clause
// (visitingGovernor): the date is that verb's ("met visiting U.S.
// Secretary of State John Kerry in Jerusalem on Sunday", "received
// visiting Turkish President Erdogan in Sochi on Monday"), and the visit
// takes it from there (governorDate), so the meeting and the visit share
// the day, as gold W16294 and W46051 date them.
func visitingGoverned(st *sentence, head, i int) bool {
	g := visitingAt(st, head)
	return g != nil && g.End <= i && visitingGovernor(st, head) >= 0
}

// visitingGovernor returns the head of the last verb hit before an
// attributive "visiting" at head in its clause, with no comma between
// ("met", "received", "held" of "held talks with visiting …"); -1 when
// there is none.
func visitingGovernor(st *sentence, head int) int {
	lo, _ := clauseBounds(st.toks, head)
	gov := -1
	for _, v := range st.hits {
		if v.head >= lo && v.head < head && v.head > gov && !v.p.Noun && strings.HasPrefix(st.toks[v.head].Tag, "VB") && !commaBetween(st.toks, v.head, head) {
			gov = v.head
		}
	}
	return gov
}

// visitingHost returns the host of a visit told by an attributive
// "visiting" whose own subject search finds none, when a noun of talks
// stands between it and the clause's verb ("Xi held talks with visiting
// French President Macron"): the subject of that verb (visitingGovernor).
func (c *Coder) visitingHost(st *sentence, head int) []actors.Mention {
	gov := visitingGovernor(st, head)
	if gov < 0 {
		return nil
	}
	return c.subject(st, gov)
}
