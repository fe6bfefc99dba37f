package events

import (
	"sort"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// appositionPeople adds to ms, the resolved mentions of a sentence, the
// people the dictionary does not know whose apposition names the body
// they hold an office in: "Jean-Claude Paye, Director General of the
// Organization for Economic Cooperation and Development (OECD), told a
// news conference" (IGOWSTOEC), "Ren Guoqiang, a spokesman for the
// Chinese defence ministry, said" (CHNGOV). The name (two capitalised
// words or more, no mention) is followed by a comma, an optional article
// and adjectives, an office noun (bodyTitle), "of", "for" or "at" and the
// body: an organisation or a state body the sentence names, not as a
// place. The person takes the body's code, and a later surname or "he"
// means the same person (remember). A former office ("a former director
// of …") gives nothing. It returns ms in order.
func appositionPeople(st *sentence, ms []actors.Mention) []actors.Mention {
	if len(ms) == 0 {
		return ms // no body named: nobody to stand for
	}
	toks := st.toks
	var add []actors.Mention
	nameRuns(st, ms, func(a, b int) {
		if a > 0 && (mentionAt(ms, a-1) != nil || toks[a-1].Tag == "NNP") {
			return
		}
		if o := appositionBody(toks, ms, b); o != nil {
			m := *o
			m.Start, m.End = a, b
			m.Text = st.s.Text[toks[a].Start:toks[b-1].End]
			m.Span = [2]int{toks[a].Start, toks[b-1].End}
			m.Person, m.Plural, m.Possessive, m.Unresolved = true, false, false, false
			m.Kind = actors.KindPerson // (remember keeps the name for a later surname)
			add = append(add, m)
		}
	})
	if len(add) == 0 {
		return ms
	}
	ms = append(ms, add...)
	sort.Slice(ms, func(x, y int) bool { return ms[x].Start < ms[y].Start })
	return ms
}

// appositionBody returns the body the apposition starting at token c (a
// comma) makes the name before it an officer of, nil when it names none.
func appositionBody(toks []dyad.Token, ms []actors.Mention, c int) *actors.Mention {
	if c+3 >= len(toks) || toks[c].Text != "," {
		return nil
	}
	k := c + 1
	if w := toks[k].Lower; w == "the" || w == "a" || w == "an" {
		k++
	}
	start := k
	for k < len(toks) && k < start+4 && !bodyTitle(toks[k].Lower) {
		if w := toks[k].Lower; w == "former" || w == "ex" || w == "then" || w == "late" || toks[k].Text == "," || toks[k].Tag == "IN" || strings.HasPrefix(toks[k].Tag, "VB") {
			return nil
		}
		k++
	}
	if k >= len(toks) || !bodyTitle(toks[k].Lower) {
		return nil
	}
	for k+1 < len(toks) && (bodyTitle(toks[k+1].Lower) || toks[k+1].Lower == "general") {
		k++ // "director general", "executive director"
	}
	k++
	if k+1 >= len(toks) {
		return nil
	}
	switch toks[k].Lower {
	case "of", "for", "at":
	default:
		return nil
	}
	k++
	if toks[k].Lower == "the" {
		k++
	}
	o := mentionAt(ms, k)
	if o == nil || o.Start != k && !(o.Start == k-1 && toks[k-1].Lower == "the") || o.Place || o.Modifier || o.Unresolved || o.Person {
		return nil
	}
	switch {
	case o.Kind == actors.KindOrg:
	case o.Kind == actors.KindAgent && len(o.Country) == 3 && len(o.Sectors) > 0:
	default:
		return nil // a state, a place, a person: not a body named here
	}
	if e := o.End; e < len(toks) && toks[e].Text != "," && toks[e].Text != "(" && toks[e].Text != "." && !isAuxWord(toks[e].Lower) && !strings.HasPrefix(toks[e].Tag, "VB") {
		return nil // "director of the OECD's economics department": a part of it
	}
	return o
}

// bodyTitle reports a noun for an office in a body: who holds it speaks
// and acts for the body.
func bodyTitle(w string) bool {
	switch w {
	case "director", "director-general", "head", "chief", "chairman", "chairwoman", "chair", "president", "secretary",
		"secretary-general", "spokesman", "spokeswoman", "spokesperson", "leader", "commander", "founder", "co-founder",
		"official", "executive", "envoy", "representative", "ambassador", "governor", "minister", "deputy":
		return true
	}
	return false
}
