package events

// Inverted attribution: a speech verb that closes the report and has its
// subject after it ("…, said the foreign ministry", "…, said Mallam Garba
// Shehu, spokesman for Nigerian President Muhammadu Buhari") reports the
// acts before it, as "…, the foreign ministry said" does. The subject is
// the actor right after the verb, or a name the dictionary does not know
// followed by its title in commas, whose body or office names the
// reporter (the name keeps the title's code, as "Garba Shehu,
// spokesman for …, said" does).

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// invertedSpeaker returns the subject after the speech verb at head of
// an inverted attribution: head says, adds, writes or states, follows a
// comma or a closing quotation mark and has no complement of its own
// (hasComplement: "…, said Russia had attacked" is a report of its own).
// It returns nil when the words after the verb name no actor, or an actor
// that a verb follows (the subject of a clause).
func (c *Coder) invertedSpeaker(st *sentence, head int) []actors.Mention {
	toks := st.toks
	if !st.words.invertedSpeech[toks[head].Lemma] {
		return nil
	}
	if head == 0 || head+1 >= len(toks) || toks[head-1].Text != "," && !isDoubleQuote(toks[head-1].Text) || hasComplement(st, head) {
		return nil
	}
	k := head + 1
	for k < len(toks) && (st.isDate[k] || toks[k].Tag == "RB") {
		k++ // "…, said on Monday the ministry"
	}
	if k < len(toks) && (toks[k].Lower == "the" || toks[k].Lower == "a" || toks[k].Lower == "an") {
		k++
	}
	if k >= len(toks) {
		return nil
	}
	fit := func(m *actors.Mention) bool {
		return m != nil && !m.Modifier && !m.Place && m.Code != "" && !bareRole(m) && !subjectAt(toks, m.End)
	}
	if m := mentionAt(st.ments, k); m != nil {
		if !fit(m) || m.Kind == "coref" && !ownedAfter(toks, m.End) {
			return nil // "…, said a spokesperson": whose, its words do not say
		}
		return []actors.Mention{*m}
	}
	// a name the dictionary does not know, then its title in commas
	n := k
	for n < len(toks) && n < k+5 && (toks[n].Tag == "NNP" || particleName(toks[n].Text)) && mentionAt(st.ments, n) == nil {
		n++
	}
	if n == k || n+1 >= len(toks) || toks[n].Text != "," {
		return nil
	}
	t := n + 1
	if w := toks[t].Lower; w == "the" || w == "a" || w == "an" {
		t++
	}
	m := mentionAt(st.ments, t) // "spokesman for Nigerian President Muhammadu Buhari" (a title resolved)
	if m == nil {
		m = appositionBody(toks, st.ments, n) // "director of the Gaza health ministry" (actors_people.go)
	}
	if !fit(m) || m.Kind == "coref" && !ownedAfter(toks, m.End) {
		return nil
	}
	r := *m
	r.Start, r.End = k, n
	r.Text = st.s.Text[toks[k].Start:toks[n-1].End]
	r.Span = [2]int{toks[k].Start, toks[n-1].End}
	r.Person, r.Plural, r.Possessive = true, false, false
	return []actors.Mention{r}
}

// ownedAfter reports "for", "of", "to" or "at" at token k: a title whose
// body or office follows it ("spokesman for Nigerian President Muhammadu
// Buhari"), which gave it its code.
func ownedAfter(toks []dyad.Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	switch toks[k].Lower {
	case "for", "of", "to", "at":
		return true
	}
	return false
}
