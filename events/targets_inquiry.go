package events

// Inquiry suspects: whom an investigation (root 09) is aimed at when its
// "into" phrase names the suspect by its syntax rather than by a
// possessive (grids.go inquiryOwner reads "into Russia's attack"). The
// target is the one whose conduct is looked into, as the gold sets code
// it (testdata/gold/README.md: "an inquiry into a suspected Russian
// plot" RUS); a victim, a place or a mere topic is none:
//
//   - the agent of the act looked into, named with "by" inside the "into"
//     phrase: "opened an investigation into the breach of the dam as a
//     possible war crime by Russian forces" UKRJUD 090 RUSMIL, "into
//     kickbacks paid by contractors" BUS ("an inquiry by the UN into …"
//     names the investigator, before "into", and is not read);
//   - the subject of a "whether" or "if" clause right after "into": "an
//     inquiry into whether President Jair Bolsonaro leaked documents"
//     BRAGOV;
//   - the subject of the "that" clause of a claim noun ([inquiry claims]
//     in data/words.txt) right after "into" or after "investigate":
//     "into claims that intelligence agencies bankrolled …", "began
//     investigating reports on Monday that the ruling party bought votes"
//     (the investigator's own state too when the clause names it
//     definitely, as with "by": "by the finance ministry");
//   - an actor that is itself what "into" names, no modifier, place or
//     possessive: "an investigation into the troops involved", "a probe
//     into the ruling party".
//
// The "into" phrase ends at a comma, a semicolon, a clause break or a
// finite verb; "into the death of a blogger in police custody" names no
// agent and gives nothing.

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// inquirySuspect returns the suspect the "into" phrase opening at token
// into names (see the file comment), nil when it names none or only h's
// own source. into may also be the head of "investigate" or "probe",
// whose object is read as an "into" phrase ("investigating the sale of
// land by council officials"). It does not look at possessives (inquiryOwner does).
func (c *Coder) inquirySuspect(st *sentence, h *verbHit, into int) []actors.Mention {
	toks := st.toks
	if into < 0 || into+1 >= len(toks) || toks[into].Lower != "into" && into != h.head {
		return nil
	}
	own := func(m actors.Mention) bool {
		for _, s := range h.source {
			if s.Code == m.Code {
				return true
			}
		}
		return false
	}
	usable := func(j int, self bool) (actors.Mention, bool) {
		if j >= len(toks) || st.at[j] < 0 {
			return actors.Mention{}, false
		}
		m := st.ments[st.at[j]]
		// the source's own code is a suspect only when self and the
		// mention is definite or more than a bare noun ("by the finance
		// ministry", "by city council officials", not "that officials")
		definite := m.End-m.Start > 1 || m.Start > 0 && toks[m.Start-1].Lower == "the"
		if m.Start != j || m.Place || m.Modifier || m.Possessive || m.Kind == actors.KindAdjective || m.Country == "" && m.Kind != actors.KindOrg ||
			own(m) && !(self && definite) ||
			m.End < len(toks) && isPossTok(toks[m.End]) { // "into Navalny's poisoning": the victim's

			return actors.Mention{}, false
		}
		return m, true
	}
	j := into + 1
	if w := toks[j].Lower; w == "whether" || w == "if" {
		k := j + 1
		if k < len(toks) && toks[k].Tag == "DT" {
			k++
		}
		if m, ok := usable(k, false); ok && subjectAt(toks, m.End) {
			return c.group(st, st.at[k])
		}
		return nil
	}
	if toks[j].Tag == "DT" {
		j++
	}
	if owner := c.harmInPlaceOwner(st, h, j); owner != nil {
		return owner // "into killings in Cameroon's Anglophone regions" (targets_inquiry_place.go)
	}
	j = pastPlaceOwner(st, j)
	if k := c.claimClause(st, j); k > 0 {
		if k < len(toks) && toks[k].Tag == "DT" {
			k++
		}
		if m, ok := usable(k, true); ok && subjectAt(toks, m.End) {
			return c.group(st, st.at[k]) // "into claims that intelligence agencies bankrolled …"
		}
		return nil
	}
	if m, ok := usable(j, false); ok && !subjectAt(toks, m.End) {
		return c.group(st, st.at[j]) // "into the troops involved"
	}
	for k := into + 1; k+1 < len(toks) && k < into+20; k++ {
		if inquiryPhraseEnd(toks, k) {
			return nil
		}
		if toks[k].Lower != "by" {
			continue
		}
		a := k + 1
		if toks[a].Tag == "DT" {
			a++
		}
		a = pastPlaceOwner(st, a)
		if m, ok := usable(a, true); ok {
			m.Modifier, m.Possessive = false, false
			return []actors.Mention{m}
		}
		return nil
	}
	return nil
}

// claimClause returns the token after "that" when token j is a noun of
// [inquiry claims] (after adjectives: "fresh allegations") followed by a
// "that" clause, past an "on <weekday>": "into claims that …",
// "investigating claims on Tuesday that …"; else -1. The clause's
// subject there is the suspect.
func (c *Coder) claimClause(st *sentence, j int) int {
	toks := st.toks
	for j < len(toks) && toks[j].Tag == "JJ" {
		j++
	}
	if j >= len(toks) || !c.words.inquiryClaims[toks[j].Lower] {
		return -1
	}
	if k := skipOnDay(toks, j+1); k+1 < len(toks) && toks[k].Lower == "that" {
		return k + 1
	}
	return -1
}

// inquiryPhraseEnd reports whether token k ends an inquiry's "into"
// phrase: a comma, a semicolon, a clause break or a finite verb ("into
// the death of a blogger, and police said …").
func inquiryPhraseEnd(toks []dyad.Token, k int) bool {
	t := toks[k]
	return t.Text == "," || t.Text == ";" || isClauseBreak(toks, k) || finite(t.Tag) || t.Tag == "MD"
}

// pastPlaceOwner returns the token after "'s" when the words from token j
// are a capitalised name that is no mention (a city or region the
// dictionary lacks) followed by a possessive and a mention of an agent
// that name places: "by Valencia's regional government", "into Seville's
// mayor" look into the official, whose state the place gave (coref.go);
// else j. The owner may end in common nouns that are no mention ("into
// the Serb entity's president", "into the province's governor"): the
// official named after them is still the one looked into.
func pastPlaceOwner(st *sentence, j int) int {
	toks := st.toks
	k := j
	for k < len(toks) && k < j+3 && st.at[k] < 0 && (toks[k].Tag == "NNP" && startsUpperASCII(toks[k].Text) || toks[k].Tag == "NN" && startsLowerASCII(toks[k].Text)) {
		k++
	}
	if k == j || k+1 >= len(toks) || !isPossTok(toks[k]) || st.at[k+1] < 0 || st.ments[st.at[k+1]].Start != k+1 {
		return j
	}
	return k + 1
}
