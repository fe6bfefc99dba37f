package events

// A protest's grievance told as a nominal act with its by-agent names
// whom the protest is against, as "by police" did (targets.go
// grievanceHolder): the soldiers, the armed group, the company that did
// the act, not the protesters' government:
//
//	"Traders in Srinagar kept their shutters down in protest at the killing of a young rebel commander by soldiers"   INDBUS 143 INDMIL
//	"Villagers blocked a highway to protest against the clearing of their rice fields by a Thai-owned sugar company" KHMCVL 144 THABUS
//
// Only an "of" phrase (the act's object) and no comma, clause break or
// time phrase ("after the annulment of the vote by the court") may stand
// between the protest and "by", and no participle after "of" ("to demand
// the return of farmland seized by the army": the by-agent is the
// participle's, and the demand goes to the government); the agent must be an actor with
// a role (its country, when the text gives none, the protesters'). A
// by-agent of the protest itself ("a march organised by students") is no
// grievance: the act noun before "of" must follow the protest's words.

import "github.com/dyad-events/dyad/actors"

// grievanceAgent returns the actor after "by" at token k when it closes
// a nominal act of h's grievance ("the killing of X by Y"), see the file
// comment; ok is false otherwise.
func (c *Coder) grievanceAgent(st *sentence, h *verbHit, k int, src actors.Mention) ([]actors.Mention, bool) {
	toks := st.toks
	if toks[k].Lower != "by" || k+1 >= len(toks) {
		return nil, false
	}
	of := -1
	for j := h.end; j < k; j++ {
		if toks[j].Text == "," || isClauseBreak(toks, j) || finite(toks[j].Tag) {
			return nil, false
		}
		switch toks[j].Lower {
		case "after", "before", "since", "following", "during", "despite", "amid", "when", "while":
			return nil, false // background in a time phrase: "after the annulment of the vote by the court"
		}
		if of >= 0 && toks[j].Tag == "VBN" {
			return nil, false // the object's own participle: "the return of farmland seized by the army"
		}
		if toks[j].Lower == "of" && of < 0 && j > h.end && (toks[j-1].Tag == "NN" || toks[j-1].Tag == "VBG") {
			of = j
		}
	}
	if of < 0 {
		return nil, false
	}
	j := k + 1
	if toks[j].Lower == "the" || toks[j].Lower == "a" || toks[j].Lower == "an" {
		j++
	}
	for j < len(toks) && st.at[j] >= 0 && st.ments[st.at[j]].Modifier && st.ments[st.at[j]].End < len(toks) && st.at[st.ments[st.at[j]].End] >= 0 && st.at[st.ments[st.at[j]].End] != st.at[j] {
		j = st.ments[st.at[j]].End // past a modifier before the agent's own mention
	}
	if j >= len(toks) || st.at[j] < 0 {
		return nil, false
	}
	v := st.ments[st.at[j]]
	if len(v.Sectors) == 0 || v.Person {
		return nil, false
	}
	if v.Country == "" {
		v.Country = src.Country
		v.Code = src.Country + v.Sectors[0]
	}
	v.Modifier, v.Place = false, false
	return []actors.Mention{v}, true
}
