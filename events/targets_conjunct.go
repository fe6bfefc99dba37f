package events

// A second verb of one subject whose object opens with a possessive or is
// an object pronoun ("… and seized its offices", "… and praised his
// role", "… and froze their assets") names no target the object scan
// reads: the pronoun stands for the first verb's object, the one actor
// the clause has acted on.
//
//	"Egypt banned the opposition Wafd party on Wednesday and seized its offices"   EGY 171 EGYOPP
//	"Clinton met Mursi on Wednesday and praised his role"                         USA 051 EGY
//	"Police arrested Kizza Besigye and raided his home"                           COP 171 UGAOPP
//
// The pronoun must fit the antecedent: "his"/"her"/"him" a person,
// "its"/"it" no person, "their"/"them" a plural actor or a group; a
// subject that is a person may be what "his"/"her"/"him" means as well
// ("Modi received the Japanese prime minister and rebuked his ministers":
// INDGOV 111 with no target), so such a pronoun gives nothing. The
// antecedent is the first verb's target only when it is that verb's
// direct object (no other noun between the verb and it: "sent 29 cartel
// figures to the United States and froze their assets" has the figures,
// no actor, nearer), the verbs share the source, and nothing but time
// words, "and" and a comma stand between the object and the second verb
// (no clause break, no other actor, no other finite verb). The actor's
// own things ("moved its troops", "their own") and a source's own
// pronoun ("Israel struck Hezbollah and said its jets …") give nothing;
// only acts aimed at someone's thing take the owner: praise (not a
// defence: "met the IAEA chief and defended its programme"), raids and
// inquiries, criticism, demands, rejections, threats, reduced relations,
// coercion and force (roots 05, 09–13, 16–20).

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// conjunctOwner sets h's target to the target of an earlier hit of before
// when h's object is a pronoun standing for it (see the file comment).
// before are the hits ahead of h in the sentence, live their liveness.
func conjunctOwner(st *sentence, before []verbHit, live []bool, h *verbHit) {
	if len(h.target) != 0 && !placedProperty(st, h) || len(h.source) == 0 || h.p.Noun || h.passive || h.code == "" {
		return
	}
	switch cameo.Root(h.code) {
	case "09", "10", "11", "12", "13", "16", "17", "18", "19", "20":
	case "05":
		if h.code != "051" {
			return // "defended its nuclear programme": its own
		}
	default:
		return
	}
	toks := st.toks
	k := conjunctPronoun(st, h)
	if k < 0 {
		return
	}
	var g *verbHit
	for j := len(before) - 1; j >= 0; j-- {
		if live[j] && before[j].head < h.head && before[j].code != "" {
			g = &before[j]
			break
		}
	}
	if g == nil || len(g.target) != 1 || len(g.source) == 0 || g.source[0].Code != h.source[0].Code || g.p.Noun || g.passive {
		return
	}
	t := g.target[0]
	if t.Code == h.source[0].Code || t.Start <= g.head || t.End > h.head || t.Modifier || t.Place {
		return
	}
	if !pronounFits(toks, toks[k].Lower, t) {
		return
	}
	if w := toks[k].Lower; (w == "his" || w == "her" || w == "him") && personMention(toks, h.source[0]) {
		return // "Modi received the Japanese prime minister and rebuked his ministers": Modi's own, or the guest's
	}
	// the target is the first verb's direct object: nothing that could be
	// an object of its own stands between them
	for j := g.head + 1; j < t.Start; j++ {
		if j+1 < t.Start && quantityOf(toks, j+1) {
			j++ // "shooting scores of civilians": a count, no object of its own
			continue
		}
		if st.at[j] >= 0 || toks[j].Tag == "NN" || toks[j].Tag == "NNS" || toks[j].Tag == "PRP" || toks[j].Text == "," || toks[j].Lower == "to" || toks[j].Lower == "with" {
			return
		}
	}
	// and only "and", a comma and time words between its noun phrase
	// ("the opposition Wafd party") and the second verb
	e := t.End
	for e < h.head && (toks[e].Tag == "NN" || toks[e].Tag == "NNS" || toks[e].Tag == "NNP" || toks[e].Tag == "NNPS") && !isWeekday(toks[e].Lower) {
		if m := st.at[e]; m >= 0 && st.ments[m].Country != t.Country {
			return // "… Kizza Besigye and Uganda's police"
		}
		e++
	}
	e = chargeComplement(st, e, h.head) // "convicted X of genocide on Friday and sentenced him"
	for j := e; j < h.head; j++ {
		if st.at[j] >= 0 || isClauseBreak(toks, j) || finite(toks[j].Tag) {
			return
		}
		switch w := toks[j].Lower; {
		case w == "and" || w == "," || w == "on" || w == "then" || w == "later" || w == "also":
		case isWeekday(w) || toks[j].Tag == "CD" || toks[j].Tag == "RB":
		default:
			return
		}
	}
	m := t
	m.Possessive = false
	h.target = []actors.Mention{m}
}

// conjunctPronoun returns the token of the pronoun that is h's object or
// opens it ("seized its offices", "praised his role", "flew them"), right
// after the verb or its pattern, or -1. The actor's own things ("its
// troops", "their own") give -1.
func conjunctPronoun(st *sentence, h *verbHit) int {
	toks := st.toks
	k := h.head + 1
	if h.end > k && h.end < len(toks) {
		switch toks[h.end].Lower {
		case "its", "his", "her", "their", "them", "him", "it":
			k = h.end // the pattern holds a particle: "cracked down on their …"
		}
	}
	if k >= len(toks) || st.at[k] >= 0 {
		return -1
	}
	switch toks[k].Lower {
	case "its", "his", "their":
		if k+1 >= len(toks) || ownedByActor(toks, k+1) || toks[k+1].Tag != "NN" && toks[k+1].Tag != "NNS" && toks[k+1].Tag != "JJ" {
			return -1
		}
		return k
	case "her":
		if k+1 < len(toks) && ownedByActor(toks, k+1) {
			return -1
		}
		return k // "praised her role", or the object: "arrested her"
	case "them", "him", "it":
		if k+1 < len(toks) && (toks[k+1].Lower == "to" || toks[k+1].Lower == "of") && toks[k].Lower == "it" {
			return -1 // "made it to", "it of": no object
		}
		return k
	}
	return -1
}

// pronounFits reports a pronoun that may stand for the actor t: "his",
// "him" and "her" a person (named, or by a title: "the ambassador"),
// "its" and "it" no person, "their" and "them"
// a plural actor or a group that is no single state.
func pronounFits(toks []dyad.Token, w string, t actors.Mention) bool {
	person := personMention(toks, t)
	switch w {
	case "his", "him", "her":
		return person
	case "its", "it":
		return !person && !pluralNoun(toks, t)
	case "their", "them":
		return !person && (pluralNoun(toks, t) || len(t.Sectors) > 0 && t.Kind != actors.KindCountry && t.Kind != actors.KindCapital)
	}
	return false
}

// personMention reports an actor mention naming one person, by name or by
// a title: "Mursi", "the IAEA chief", "the Russian ambassador".
func personMention(toks []dyad.Token, m actors.Mention) bool {
	return m.Person || m.End > 0 && m.End <= len(toks) && titleWord(toks[m.End-1].Lower)
}

// chargeComplement returns the token after the charge a verb of judging
// names after its object, from e up to (not past) limit: "of genocide",
// "of embezzling state funds", "with corruption", "of genocide and
// crimes against humanity" (the preposition, then nouns, adjectives,
// gerunds and the prepositions that join them, no actor among them); e
// itself when none starts at e. ("convicted former dictator Efrain Rios
// Montt of genocide on Friday and sentenced him": the charge stands
// between the object and the second verb.)
func chargeComplement(st *sentence, e, limit int) int {
	toks := st.toks
	if e >= limit {
		return e
	}
	switch toks[e].Lower {
	case "of", "with", "for":
	default:
		return e
	}
	j := e + 1
scan:
	for j < limit && st.at[j] < 0 && !isWeekday(toks[j].Lower) {
		switch t := toks[j]; {
		case t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "JJ" || t.Tag == "VBG" || t.Tag == "DT" || t.Tag == "PRP$":
		case (t.Lower == "and" || t.Lower == "of" || t.Lower == "against" || t.Lower == "in") && j > e+1 && j+1 < limit &&
			(toks[j+1].Tag == "NN" || toks[j+1].Tag == "NNS" || toks[j+1].Tag == "JJ"):
			// "of genocide and crimes against humanity"
		default:
			break scan
		}
		j++
	}
	if j == e+1 || j < limit && st.at[j] >= 0 {
		return e
	}
	return j
}

// placedProperty reports a destruction of property (1712) whose one
// target is a bare state named after the act's object, the place it
// happened ("set their homes on fire in an attack in the centre of the
// Central African Republic"): an object that opens with a pronoun names
// the owner better (the villagers the first verb killed, CAFCVL).
func placedProperty(st *sentence, h *verbHit) bool {
	if h.code != "1712" || len(h.target) != 1 {
		return false
	}
	t := h.target[0]
	return t.Code == t.Country && len(t.Sectors) == 0 && t.Start >= h.end
}
