package events

// Descriptions whose apposition says more than they do: a title followed
// by the name of a person the dictionary knows ("the Scottish National
// Party's Holyrood leader, Nicola Sturgeon,") is that person, with the
// person's dated code; a body followed by an apposition naming its
// opposition or rebel role ("the Syrian Negotiations Commission, Syria's
// umbrella opposition group,") has that role.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// appositionRoles rewrites in place the code of each mention of ms, the
// resolved mentions of a sentence in order, that an apposition right
// after it, between a comma and a comma (or the sentence's end or a
// verb), describes better:
//   - a title (bodyTitle: "leader", "minister", "spokesman") followed by a
//     person of the dictionary of the same country takes the person's
//     code: the dictionary's dated role of a named person beats the role
//     guessed from the title ("Holyrood leader" is no UK government post);
//   - a body that is no person ("commission", "council", "committee")
//     followed by a description of the same country whose only role is
//     OPP or REB ("Syria's umbrella opposition group", "the main rebel
//     alliance") takes that role.
//
// A person the dictionary gives no role at the story's date leaves the
// title's code.
func appositionRoles(st *sentence, ms []actors.Mention) {
	toks := st.toks
	for i := range ms {
		m := &ms[i]
		if m.Modifier || m.Place || m.Unresolved || len(m.Country) != 3 || m.End >= len(toks) || toks[m.End].Text != "," {
			continue
		}
		switch m.Kind {
		case actors.KindAgent, "coref", "title":
		default:
			continue
		}
		head := toks[m.End-1].Lower
		if i+1 < len(ms) && ms[i+1].Start == m.End+1 && ms[i+1].Kind == actors.KindPerson {
			x := ms[i+1]
			if x.Person && !x.Modifier && x.Country == m.Country && len(x.Sectors) > 0 && bodyTitle(head) && appositionEnds(toks, x.End) {
				m.Code, m.Sectors, m.Name = x.Code, x.Sectors, x.Name // "the party's leader, Nicola Sturgeon,"
			}
			continue
		}
		if !m.Person && !bodyTitle(head) {
			if role := groupRole(toks, ms, m.Country, m.End+1); role != "" && !hasSector(*m, role) {
				m.Code, m.Sectors = m.Country+role, []string{role} // "the Syrian Negotiations Commission, Syria's umbrella opposition group,"
			}
		}
	}
}

// groupRole returns "OPP" or "REB" when the tokens from a, after a body's
// comma, are an apposition describing it as an opposition or rebel group
// ("the main opposition alliance", "Syria's umbrella opposition group", "a
// rebel coalition"), closed by a comma, the sentence's end or a verb: an
// article or a possessive of the body's own state (country), lower-case
// modifiers, and a group noun last. It returns "" otherwise.
func groupRole(toks []dyad.Token, ms []actors.Mention, country string, a int) string {
	role := ""
	for k := a; k < len(toks) && k < a+7; k++ {
		t := toks[k]
		if x := mentionAt(ms, k); x != nil && x.Country != country {
			return "" // another state's ("Turkey's ally")
		}
		switch {
		case t.Lower == "opposition":
			role = "OPP"
		case t.Lower == "rebel" || t.Lower == "rebels" || t.Lower == "insurgent":
			role = "REB"
		case groupNoun(t.Lower):
			if role != "" && appositionEnds(toks, k+1) && (k+1 >= len(toks) || !(toks[k+1].Tag == "NN" || toks[k+1].Tag == "NNS")) {
				return role
			}
		case t.Tag == "DT" || t.Tag == "POS" || t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "NNS":
		case t.Tag == "NNP" && mentionAt(ms, k) != nil:
		default:
			return ""
		}
	}
	return ""
}

// groupNoun reports a noun for a political or armed group.
func groupNoun(w string) bool {
	switch w {
	case "group", "groups", "bloc", "alliance", "coalition", "movement", "umbrella", "body", "front", "organisation", "organization", "party", "faction":
		return true
	}
	return false
}

// appositionEnds reports an apposition that ends at token e, perhaps
// after one or two head nouns ("group", "bloc"): a comma, a closing
// bracket, the sentence's end or a verb follows.
func appositionEnds(toks []dyad.Token, e int) bool {
	for k := e; k < len(toks) && k < e+3; k++ {
		t := toks[k]
		switch {
		case t.Text == "," || t.Text == ")" || t.Text == "." || t.Text == ";":
			return true
		case t.Tag == "NN" || t.Tag == "NNS":
			continue
		default:
			return k > e && (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP")
		}
	}
	return e >= len(toks)
}

// apposedObject returns the person an apposition names right after a
// verb's object that is no actor (a name the dictionary does not know:
// apposedName), or: "detained the suspect, a Tunisian man"
// is aimed at the Tunisian man (TUNCVL), as "detained a Tunisian man"
// is. The object is a determiner and one or two nouns right after the
// hit's end; the apposition opens with "a" or "an" after the comma, its
// mention has a country, is no place, modifier or possessive, and the
// apposition ends (appositionEnds). It returns nil otherwise.
func (c *Coder) apposedObject(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	k := h.end
	if !h.p.Noun {
		if m := c.apposedName(st, h); m != nil {
			return m
		}
	}
	if h.p.Noun || k >= len(toks) || toks[k].Tag != "DT" {
		return nil
	}
	k++
	n := 0
	for k < len(toks) && (toks[k].Tag == "NN" || toks[k].Tag == "NNS") && n < 2 {
		if st.at[k] >= 0 {
			return nil // the object is an actor of its own
		}
		k, n = k+1, n+1
	}
	if n == 0 || k+2 >= len(toks) || toks[k].Text != "," || toks[k+1].Lower != "a" && toks[k+1].Lower != "an" {
		return nil
	}
	a := st.at[k+2]
	if a < 0 {
		return nil
	}
	m := st.ments[a]
	if m.Start != k+2 || len(m.Country) != 3 || m.Place || m.Modifier || m.Possessive || !appositionEnds(toks, m.End) {
		return nil
	}
	for _, s := range h.source {
		if s.Code == m.Code {
			return nil
		}
	}
	return c.group(st, a)
}

// apposedName returns the office holder an apposition makes of a name the
// dictionary does not know, right after the hit h: "shot dead Antonio
// Halili, the mayor of the Philippine city of Tanauan," is aimed at the
// mayor (PHLGOV), "arrested Juan Perez, a Colombian senator," at the
// senator (COLLEG). The name is two to four capitalised words (NNP) no
// mention covers, then a comma, an optional article and a mention with a
// country and a sector that is no place, modifier or possessive, whose
// apposition ends (apposedTailEnds); a "former" office gives nothing. It
// returns nil otherwise.
func (c *Coder) apposedName(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	k := h.end
	n := 0
	for k < len(toks) && toks[k].Tag == "NNP" && st.at[k] < 0 && n < 4 {
		k, n = k+1, n+1
	}
	if n < 2 || k+2 >= len(toks) || toks[k].Text != "," {
		return nil
	}
	k++
	if w := toks[k].Lower; w == "the" || w == "a" || w == "an" {
		k++
	}
	if k >= len(toks) || toks[k].Lower == "former" {
		return nil
	}
	a := st.at[k]
	if a < 0 {
		return nil
	}
	m := st.ments[a]
	if m.Start != k || len(m.Country) != 3 || len(m.Sectors) == 0 || m.Place || m.Modifier || m.Possessive || m.Plural || !apposedTailEnds(toks, m.End) {
		return nil
	}
	for _, s := range h.source {
		if s.Code == m.Code {
			return nil
		}
	}
	return c.group(st, a)
}

// apposedTailEnds reports an apposition whose mention ends at token e and
// that closes within eight tokens, its tail naming no verb: "the mayor of
// the Philippine city of Tanauan," (a comma, a closing bracket or the
// sentence's end).
func apposedTailEnds(toks []dyad.Token, e int) bool {
	for k := e; k < len(toks) && k < e+8; k++ {
		t := toks[k]
		switch {
		case t.Text == "," || t.Text == ")" || t.Text == "." || t.Text == ";":
			return true
		case strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" || t.Tag == "WDT" || t.Tag == "WP":
			return false
		}
	}
	return e >= len(toks)
}
