package events

// Rules from judging events coded from real news (live blogs, wire
// pieces, scraped pages): cognition verbs that share a word with an event
// verb, an event noun's country adjective taken for its agent, a company's
// own departments taken for a government, and a complement clause taken
// for the words that refer to an accusation.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// cognition reports a recognition (054) whose object is a finite clause:
// "seemed to recognise the court was likely to rule against him" is a
// state of mind, not diplomatic recognition. The clause is a finite verb
// within six tokens after the pattern, before any punctuation.
func cognition(st *sentence, h *verbHit) bool {
	if h.code != "054" || h.p.Noun || len(h.p.Slots) > 1 {
		return false
	}
	for i := h.end; i < len(st.toks) && i < h.end+6; i++ {
		t := st.toks[i]
		if t.Lower == "that" && i == h.end {
			return true // "recognised that the talks had failed"
		}
		if t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "MD" { // (not VBP: "recognised a Palestinian state")
			return i > h.end
		}
		if isPunct(t) {
			return false
		}
	}
	return false
}

// warNoun reports nouns naming a war or crisis rather than anyone who
// acts: "killed by the Syrian civil war".
func warNoun(w string) bool {
	switch w {
	case "war", "wars", "conflict", "conflicts", "crisis", "violence", "unrest", "famine", "insurgency", "uprising", "fighting":
		return true
	}
	return false
}

// warModifier reports a country adjective that modifies a war noun (up to
// two modifiers between: "the Syrian civil war", "the Yemeni conflict"):
// the war is no actor, and its adjective is none either. A possessive
// ("Russia's war") names who wages it and stays an actor.
func warModifier(st *sentence, m actors.Mention) bool {
	if m.Possessive || m.Kind != actors.KindAdjective {
		return false
	}
	for i := m.End; i < len(st.toks) && i < m.End+3; i++ {
		if warNoun(st.toks[i].Lower) {
			return true
		}
		if !strings.HasPrefix(st.toks[i].Tag, "JJ") && !strings.HasPrefix(st.toks[i].Tag, "NN") {
			return false
		}
	}
	return false
}

// dropWarModifiers removes the mentions warModifier reports.
func dropWarModifiers(st *sentence, ms []actors.Mention) []actors.Mention {
	for _, m := range ms {
		if warModifier(st, m) {
			out := make([]actors.Mention, 0, len(ms))
			for _, n := range ms {
				if !warModifier(st, n) {
					out = append(out, n)
				}
			}
			return out
		}
	}
	return ms
}

// companyAgent reports an agent with no country of its own led by
// capitalised words that are no actor: "Human Resources officials",
// "Microsoft officials" are a firm's staff, not a government's. A single
// capitalised word opening the sentence may be a common noun ("Health
// officials said") and does not count.
func companyAgent(toks []dyad.Token, ms []actors.Mention, m actors.Mention) bool {
	if !hasSector(m, "GOV") || m.End <= m.Start {
		return false
	}
	switch toks[m.End-1].Lower {
	case "official", "officials", "spokesman", "spokeswoman", "spokesperson", "executive", "executives":
	default:
		return false // "the Muslim Brotherhood government", "the Islamic regime in Tehran"
	}
	j := m.Start
	for j > 0 && toks[j-1].Tag == "NNP" && toks[j-1].Text != "" && toks[j-1].Text[0] >= 'A' && toks[j-1].Text[0] <= 'Z' {
		j--
	}
	if j == m.Start || j == 0 && m.Start == 1 || strings.Contains(toks[j].Text, "-") {
		return false
	}
	for _, n := range ms {
		if n.Start < m.Start && n.End > j {
			return false
		}
	}
	return true
}

// complementThat reports "that" opening a clause at token i ("denied that
// soil samples showed …"): the clause is what is denied, not words that
// refer to an accuser.
func complementThat(toks []dyad.Token, i int) bool {
	return i+1 < len(toks) && toks[i].Lower == "that" && !isPunct(toks[i+1])
}

func isPunct(t dyad.Token) bool {
	return t.Text != "" && strings.ContainsAny(t.Text[:1], ",.;:!?()\"'—–-")
}

// govBody reports the head nouns of a government's collective bodies,
// which a story names bare for the government it follows: "Cabinet
// agreed", "the national security council will meet".
func govBody(w string) bool {
	return w == "cabinet" || w == "council"
}

// rememberBody notes the government of a sentence that names a
// cabinet or council ("Theresa May has summoned an emergency cabinet
// meeting", "Israel's security cabinet approved"): its first government
// actor. A later bare "Cabinet agreed" is that government's; with none
// noted it is no actor, never the country the story is about.
func (ctx *articleCtx) rememberBody(st *sentence) {
	// a state as a clause's subject: what a later "its" may mean
	for k := range st.ments {
		m := st.ments[k]
		if (m.Kind == actors.KindCountry || m.Kind == actors.KindCapital) && !m.Modifier && !m.Place && !m.Possessive &&
			m.End < len(st.toks) && followedByVerb(st, m.End-1) {
			ctx.lastState = &m
		}
	}
	// a titled person keeps the title's body too: "Syria's UN ambassador
	// Bashar Jaafari said … the ambassador denied" is Syria's
	for _, m := range st.ments {
		if !m.Person || m.Country == "" || m.Modifier || m.Place {
			continue
		}
		for i := m.Start; i < m.End && i < len(st.toks); i++ {
			if t := st.toks[i]; t.Tag == "NN" && t.Text == t.Lower {
				if ctx.names == nil {
					ctx.names = map[string]actors.Mention{}
				}
				ctx.names[lastAgentKey+t.Lower] = m
			}
		}
	}
	body := false
	for i, t := range st.toks {
		if govBody(t.Lower) && (st.at == nil || i >= len(st.at) || st.at[i] < 0 || st.ments[st.at[i]].Kind != actors.KindOrg) {
			body = true
		}
	}
	if !body {
		return
	}
	for _, m := range st.ments {
		if m.Country != "" && hasSector(m, "GOV") && !m.Modifier && !m.Place && !m.Unresolved {
			ctx.lastGov = m.Country
			return
		}
	}
}

// convenes reports a meeting or consultation with nobody named whose
// source is a government's collective body: "the national security
// council will be meeting", "the cabinet met on Tuesday" is the body
// convening, no event between actors.
func convenes(st *sentence, h *verbHit) bool {
	if len(h.source) != 1 || (!strings.HasPrefix(h.code, "03") && !strings.HasPrefix(h.code, "04")) {
		return false
	}
	m := h.source[0]
	return m.Kind != actors.KindOrg && m.End > m.Start && m.End <= len(st.toks) && govBody(st.toks[m.End-1].Lower)
}

// hedge reports "did not rule out the possibility of …": declining to
// exclude a possibility rejects nothing and is no event (CODING.md: "ruled
// out talks" is an asserted rejection; its negation is no act at all).
func hedge(st *sentence, h *verbHit) bool {
	if h.status != dyad.Negated || h.p.Noun || len(h.p.Slots) != 2 || st.toks[h.head].Lemma != "rule" || h.head+1 >= len(st.toks) || st.toks[h.head+1].Lower != "out" {
		return false
	}
	for i := h.head + 2; i < len(st.toks) && i <= h.head+4; i++ {
		switch st.toks[i].Lower {
		case "possibility", "prospect", "chance", "likelihood", "option", "scenario":
			return true // (not "has not ruled out attending": a negated rejection)
		}
	}
	return false
}

// appositionSpeaker returns the titled actor whose name stands in
// commas right before a speech verb, the comma closing the name at token
// k: "Russia's UN ambassador, Vassily Ivanov, said he …" is the
// ambassador, as when no name stood between. The name is one to four
// capitalised words; nil when the shape differs.
func appositionSpeaker(toks []dyad.Token, ms []actors.Mention, k int) *actors.Mention {
	j := k - 1
	for j >= 0 && k-j <= 5 && toks[j].Text != "," {
		if t := toks[j].Text; t == "" || (t[0] < 'A' || t[0] > 'Z') && t != "de" && t != "al" && t != "van" && t != "von" && t != "bin" {
			return nil
		}
		j--
	}
	if j < 1 || j == k-1 || toks[j].Text != "," {
		return nil
	}
	m := mentionAt(ms, j-1)
	if m == nil || m.Modifier || m.Place || m.End != j || m.Country == "" || !hasSector(*m, "GOV", "MIL", "LEG", "JUD", "SPY", "COP") {
		return nil
	}
	return m
}
