package events

// Reciprocal acts of two named parties: "Peru and Chile expelled each
// other's envoys", "Serbia and Kosovo freed 30 prisoners between them",
// "Kenya and Tanzania will share intelligence", "and the two inaugurated
// a pipeline" (a reciprocal subject: reciprocal_subject.go), and the alleged act of
// "Chad and Niger accused each other of violating the truce". The two
// parties of the subject act on each other, whatever the verb: one event
// per direction (CODING.md, Events: mutual verbs), each with the other as
// its target in place of a target the object scan took from a place, a
// bare noun or a thing ("in Geneva", "the prisoners", "a link with U.S.
// systems").

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// reciprocalTargets returns the target of each of the two sources of a
// hit whose act the two do to each other: a reciprocal object after the
// pattern ("each other", "one another", "between them"), the act alleged
// by an accusation the two make of each other, or a verb of the
// [reciprocal verbs] list with no partner named ("Kenya and Tanzania
// will share intelligence"). Each target is the other source, with the
// roles of a bare group noun the object scan found ("prisoners",
// "civilians": the other's people; "each other's diplomats": the other's
// GOV). ok is false when the hit is none of these or its object names a
// third party ("accused each other of arming the rebels"), and for an
// alleged act the accusation's object found no target (other than a
// ceasefire violation, 196, always against the other side): "accused
// each other of shelling the plant" keeps none, as the gold sets code it.
func (c *Coder) reciprocalTargets(st *sentence, h *verbHit, srcs, tgts []actors.Mention) (out [2]actors.Mention, ok bool) {
	if len(srcs) != 2 || srcs[0].Code == srcs[1].Code || srcs[0].Modifier || srcs[1].Modifier {
		return out, false
	}
	r := reciprocalAt(st.toks, h)
	switch {
	case r >= 0:
	case eachOtherAccused(st, h):
		if len(tgts) == 0 && h.code != "196" {
			// "accused each other of shelling the plant", "of blowing it
			// up": with no target found, the act keeps none
			return out, false
		}
	case st.words.reciprocalVerbs[st.toks[h.head].Lemma] && !h.p.Noun && !h.p.has(flagEach):
		for _, t := range tgts {
			if !t.Modifier {
				return out, false // "shared intelligence with Ukraine": the partner is named
			}
		}
	case len(tgts) > 0 && ownCountryOnly(srcs, tgts) && c.reciprocalSubject(st, h, srcs):
		// "and the two inaugurated a pipeline that will carry
		// Azerbaijani gas": a reciprocal subject acts on each other, an
		// object adjective no target (reciprocal_subject.go)
	default:
		return out, false
	}
	var group *actors.Mention // a bare noun of people: "prisoners", "civilians"
	if r >= 0 {
		group = ownedAgent(st, r) // "each other's diplomats"
	}
	for k := range tgts {
		t := &tgts[k]
		own := t.Country != "" && (t.Country == srcs[0].Country || t.Country == srcs[1].Country)
		bare := !t.Person && !t.Modifier && len(t.Sectors) > 0 && t.Text != "" && !startsUpperASCII(t.Text) &&
			!strings.HasPrefix(t.Text, "the ") && !strings.HasPrefix(t.Text, "The ")
		if bare && group == nil {
			group = t
		}
		if !own && !bare && !t.Place && !t.Modifier && t.Kind != actors.KindCapital && t.Kind != "place" && !placeAdjunct(st.toks, t.Start) {
			return out, false // a third party named: "accused each other of arming the Houthis"
		}
	}
	for i := range 2 {
		out[i] = partnerAs(c, srcs[1-i], group)
	}
	return out, true
}

// partnerAs returns the mention of partner as a target: with the roles of
// group and the partner's country when group is set and the partner is a
// state ("freed prisoners between them": the other's civilians).
func partnerAs(c *Coder, partner actors.Mention, group *actors.Mention) actors.Mention {
	partner.Possessive = false
	if group == nil || partner.Country == "" || len(partner.Sectors) > 0 || partner.Code != partner.Country {
		return partner
	}
	m := *group
	m.Country = partner.Country
	m.Code = partner.Country + strings.Join(m.Sectors, "")
	m.Name = c.matcher.Dictionary().Name(partner.Country)
	m.Unresolved, m.Possessive = false, false
	return m
}

// reciprocalAt returns the token of a reciprocal pronoun in the hit's
// own clause after its verb: "each other('s)", "one another('s)",
// "between them", "between themselves" ("expelled each other's
// diplomats", "freed 24 prisoners between them in a swap"), before a
// comma, a clause break or another finite verb, within ten words of the
// pattern's end; -1 when there is none.
func reciprocalAt(toks []dyad.Token, h *verbHit) int {
	for k := h.head + 1; k+1 < len(toks) && k < h.end+10; k++ {
		if toks[k].Text == "," || isClauseBreak(toks, k) || finite(toks[k].Tag) {
			return -1
		}
		a, b := toks[k].Lower, toks[k+1].Lower
		if a == "each" && b == "other" || a == "one" && b == "another" || a == "between" && (b == "them" || b == "themselves") {
			return k
		}
	}
	return -1
}

// ownedAgent returns the agent noun a reciprocal possessive at token r
// owns ("each other's top diplomats": GOV), or nil.
func ownedAgent(st *sentence, r int) *actors.Mention {
	toks := st.toks
	if r+2 >= len(toks) || toks[r+2].Lower != "'s" && toks[r+2].Text != "'" {
		return nil
	}
	for k := r + 3; k < len(toks) && k <= r+5; k++ {
		if m := st.at[k]; m >= 0 {
			if v := &st.ments[m]; len(v.Sectors) > 0 && !v.Person {
				return v
			}
			return nil
		}
	}
	return nil
}

// eachOtherAccused reports an alleged act whose accusation the two
// accusers make of each other ("A and B accused each other on Monday of
// violating the truce", "blamed one another for the shelling"): an
// accusation hit before it whose reciprocal object follows its verb.
func eachOtherAccused(st *sentence, h *verbHit) bool {
	if h.status != dyad.Alleged {
		return false
	}
	for _, g := range st.hits {
		if g.p.has(flagAccuse) && g.head < h.head && h.head-g.end <= 12 && eachOther(st.toks, g.end) {
			return true
		}
	}
	return false
}

// placeAdjunct reports a mention at token i that follows a preposition of
// place ("the truce agreed in Doha", "talks held at Lusaka"): a venue,
// not a party.
func placeAdjunct(toks []dyad.Token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].Lower {
	case "in", "at", "near":
		return true
	}
	return false
}
