package events

// People the actor dictionary does not know, read from their phrase: a
// name whose apposition names the office and body it holds ("Ren Guoqiang,
// a spokesman for the Chinese defence ministry"), a person met behind a
// capitalised title ("met Chairman Paul Volcker"), and kin ("the
// families", "her father") who speak and act for someone they are related
// to and take that person's state.

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

// kinMention reports a mention of kin ("the families", "her father", "the
// parents", "family members"): private people who speak and act for
// someone they are related to.
func (v *vocab) kinMention(toks []dyad.Token, m actors.Mention) bool {
	if m.End <= m.Start {
		return false
	}
	switch w := toks[m.End-1].Lower; w {
	case "mother", "father":
		return true
	case "members":
		return m.End-2 >= m.Start && toks[m.End-2].Lower == "family"
	default:
		return v.kinNouns[w]
	}
}

// kinState returns the state of the first state body (a government,
// police, court or legislature, or one of their office holders) among
// after, the mentions after kin ending at token from, when it stands in
// the kin's own clause: the state kin appeal to, accuse or sue is their
// own ("the mother of a man held in Syria lodged a claim against the UK
// government": GBRCVL). "" when none is, or when a clause of its own
// tells of it ("the mother said Turkish police had arrested her son").
func kinState(toks []dyad.Token, after []actors.Mention, from int) string {
	for _, m := range after {
		if m.Country == "" || m.Modifier || m.Place || m.Unresolved || !hasSector(m, "GOV", "COP", "JUD", "LEG") {
			continue
		}
		for k := from; k < m.Start && k < len(toks); k++ {
			switch toks[k].Lower {
			case "said", "says", "say", "told", "that", "who", "which", "when", "after", "because", "while":
				return ""
			}
		}
		return m.Country
	}
	return ""
}

// kinObject reports kin starting at token start after a verb or a
// preposition (past determiners, possessives, adjectives and numbers): an
// object ("killed my mother", "an appeal by the parents"), not a clause's
// subject.
func kinObject(toks []dyad.Token, start int) bool {
	k := start - 1
	for k >= 0 {
		switch t := toks[k].Tag; {
		case t == "DT" || t == "PRP$" || t == "JJ" || t == "CD" || t == "POS" || t == "NNP" || t == "CC":
			k--
			continue
		case (t == "VBG" || t == "VBN") && (k == 0 || toks[k-1].Tag == "DT"):
			k-- // "Grieving parents", "the bereaved father": adjectives
			continue
		}
		break
	}
	if k < 0 {
		return false
	}
	t := toks[k].Tag
	return strings.HasPrefix(t, "VB") || t == "IN" || t == "TO"
}

// placeTail reports that tokens a..b-1 name only a state or capital,
// perhaps after a compass word: the second half of a place told with its
// region ("from Sunamganj district, north-east Bangladesh,"), no
// apposition of the subject.
func placeTail(st *sentence, a, b int) bool {
	toks := st.toks
	a0 := a // (after the comma at a-1)
	if a0 < 2 {
		return false
	}
	if a < b && st.at[a] < 0 && (st.words.compassWord(toks[a].Lower) || st.words.compassPoint(toks[a].Lower)) {
		a++
	}
	if a >= b {
		return false
	}
	x := st.at[a]
	if x < 0 {
		return false
	}
	m := st.ments[x]
	if m.Start != a || m.End != b || m.Kind != actors.KindCountry && m.Kind != actors.KindCapital {
		return false
	}
	return m.Place || st.at[a0-2] < 0 // (not a list of states: "France, Britain, and")
}

// ofNameHead returns the subject group when the name ending at token e
// follows "of" or "for" and an actor: the actor heads the noun phrase and
// the name only says whose ("The parents of Jack Letts, a Briton held by
// Kurds, have accused": the parents); nil otherwise.
func (c *Coder) ofNameHead(st *sentence, e int) []actors.Mention {
	toks := st.toks
	b := e
	for b > 0 && st.at[b-1] < 0 && nameWord(toks[b-1]) && e-b < 4 {
		b--
	}
	if b < 2 || st.at[b] >= 0 || toks[b-1].Lower != "of" && toks[b-1].Lower != "for" {
		return nil
	}
	m := st.at[b-2]
	if m < 0 || st.ments[m].Modifier || st.ments[m].Place || st.ments[m].End != b-1 {
		return nil
	}
	g := c.group(st, m)
	if s := g[0].Start - 1; s >= 0 && isPreposition(toks[s].Lower) {
		return nil // "a call by the family of …": an object
	}
	return g
}

// passiveParticiple reports a past form at i read as a finite verb that
// is a participle with its agent ("a Briton held by Kurds in Syria"):
// inside an apposition, no clause's verb.
func passiveParticiple(toks []dyad.Token, i int) bool {
	return toks[i].Tag == "VBD" && i+1 < len(toks) && toks[i+1].Lower == "by" && i > 0 && strings.HasPrefix(toks[i-1].Tag, "NN")
}

// kinHead returns the kin the noun phrase ending at token end belongs
// to: that phrase (an actor or not) follows "of" and a mention of kin,
// who head the subject while the phrase only says whose kin they are
// ("The father of a jailed blogger urged", "Family members of the
// detained journalists urged": the father, the family members, not the
// blogger or the journalists). nil otherwise.
func (c *Coder) kinHead(st *sentence, end int) []actors.Mention {
	toks := st.toks
	q := end
	for q >= 0 && (st.at[q] >= 0 && !st.ments[st.at[q]].Place || st.at[q] < 0 && (npTag(toks[q].Tag) || toks[q].Tag == "VBN")) {
		q--
	}
	if q < 1 || toks[q].Lower != "of" {
		return nil
	}
	x := st.at[q-1]
	if x < 0 || st.ments[x].End != q || st.ments[x].Modifier || st.ments[x].Place || !st.words.kinMention(toks, st.ments[x]) {
		return nil
	}
	g := c.group(st, x)
	if s := g[0].Start - 1; s >= 0 && isPreposition(toks[s].Lower) {
		return nil // "an appeal by the father of …": an object
	}
	return g
}

// titledMet reports a person named at token k after a meeting verb behind
// a title in capitals that no actor covers ("met Chairman Paul Volcker",
// "had earlier met Federal Reserve Board Chairman Paul Volcker"): the title
// is the person's own, so the person is the one met, as "met Paul
// Volcker" is. At most four title words, each capitalised (a tagger
// may take "Reserve" for a verb).
func titledMet(st *sentence, h *verbHit, k int) bool {
	toks := st.toks
	if toks[h.head].Lemma != "meet" || k <= h.head+1 || k-h.head-1 > 4 || st.at[k] < 0 || !st.ments[st.at[k]].Person {
		return false
	}
	for j := h.head + 1; j < k; j++ {
		if t := toks[j]; !startsUpperASCII(t.Text) || st.at[j] >= 0 {
			return false
		}
	}
	return true
}
