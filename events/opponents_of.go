package events

// A ruler's or a government's opponents named by "of": "stripped 94
// opponents of President Daniel Ortega of their citizenship", "jailed
// opponents of the regime". The actor matcher finds the ruler (GOV) and
// codes the act as aimed at him; the people meant are that state's
// opposition (CODING.md: opposition OPP), or its people when they are
// named its critics ("arrested critics of President William Ruto" KENCVL,
// as dev gold W19081 codes them: CODING.md, ordinary people CVL).

// opponentsOf rewrites, in place, each government mention (a head of
// state or government, a government or regime; not a place, a modifier or
// a possessive) that follows "of" and a noun of [opponent nouns]
// (data/words.txt), with at most "the" between, into the state's
// opposition: Code country+OPP, its span taking in the noun and "of"
// ("opponents of President Daniel Ortega" NICOPP); after a noun of
// [critic nouns], into the state's people, country+CVL ("critics of
// President William Ruto" KENCVL). The rewrite holds wherever the phrase
// stands, subject or target. A mention that the noun already belongs to
// is left as it is.
func opponentsOf(st *sentence) {
	toks := st.toks
	for k := range st.ments {
		m := &st.ments[k]
		if m.Modifier || m.Place || m.Possessive || len(m.Country) != 3 || !hasSector(*m, "GOV") || len(m.Sectors) != 1 {
			continue
		}
		s := m.Start
		if s >= 1 && toks[s-1].Lower == "the" {
			s--
		}
		if s < 2 || toks[s-1].Lower != "of" {
			continue
		}
		sector := ""
		switch noun := toks[s-2].Lower; {
		case st.words.opponentNouns[noun]:
			sector = "OPP"
		case st.words.criticNouns[noun]:
			sector = "CVL"
		default:
			continue
		}
		if k > 0 && st.ments[k-1].End > s-2 {
			continue
		}
		m.Start = s - 2
		m.Span[0] = toks[s-2].Start
		m.Text = st.s.Text[m.Span[0]:m.Span[1]]
		m.Code, m.Sectors = m.Country+sector, []string{sector}
		m.Person, m.Plural, m.Kind, m.FullName = false, true, "coref", ""
	}
}
