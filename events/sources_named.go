package events

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// agentNameSource returns the subject of the verb at i when a state's
// agent is followed by a proper name the dictionary does not know, in
// apposition: "Zimbabwe's opposition MDC accused …" (ZWEOPP), "Togo's
// opposition party Nouvelle Voix called …" (TGOOPP). The name is one to four
// capitalised words tagged NNP, none a date or part of a mention,
// standing right before the verb (adverbs, auxiliaries and dates
// between are skipped); the agent mention ends right before the name (or
// before a group noun it only modifies, "Bolivia's opposition movement
// Camino Nuevo"), is
// coded with a country and a role (six letters), ends in "opposition",
// "rebel" ("Burundi's Hutu rebel National Liberation Forces") or a noun
// for a group (groupNoun: party, movement, front …; not a person's
// role, "Pakistan's cleric Tahir-ul-Qadri"), and opens the clause: no
// verb or comma stands before it. Nil otherwise.
func agentNameSource(st *sentence, i int) []actors.Mention {
	toks := st.toks
	j := i - 1
	for j >= 0 && (st.isDate[j] || toks[j].Tag == "RB" || isAux(toks[j]) || toks[j].Tag == "MD") {
		j--
	}
	p := j
	for p >= 0 && p > j-4 && st.at[p] < 0 && !st.isDate[p] && strings.HasPrefix(toks[p].Tag, "NNP") && startsUpperASCII(toks[p].Text) {
		p--
	}
	if p == j || p < 1 {
		return nil
	}
	group := toks[p].Lower == "opposition" || toks[p].Lower == "rebel" || groupNoun(toks[p].Lower)
	skipped := st.at[p] < 0 && group
	if skipped {
		p-- // "Bolivia's opposition movement Camino Nuevo": the mention is "Bolivia's opposition", a modifier
	}
	if p < 0 || st.at[p] < 0 {
		return nil
	}
	m := st.ments[st.at[p]]
	if m.End != p+1 || len(m.Code) != 6 || len(m.Country) != 3 || m.Place || m.Modifier && !skipped || m.Unresolved || m.Person || !group {
		return nil
	}
	for k := 0; k < m.Start; k++ {
		if strings.HasPrefix(toks[k].Tag, "VB") || toks[k].Text == "," {
			return nil
		}
	}
	m.Modifier = false
	return []actors.Mention{m}
}
