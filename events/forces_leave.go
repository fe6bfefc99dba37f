package events

// Forces that leave a place withdraw from it (0874). "Leave", "pull out
// of" and "fly out of" are said of states and people far more often
// than of armies ("Britain left the EU", "Biden pulled out of the
// race"), so the pattern lines of this family (flag "force" in
// data/verbs.txt) hold only when the clause's subject is an armed force
// named as such: troops, soldiers, fighters, a force or an armed group
// (MIL, REB, UAF): "The last French soldiers left Niger on Friday",
// "Russian forces pulled out of Kherson", "Wagner fighters began pulling
// out of Bakhmut", "The last U.S. troops flew out of Kabul airport". A
// state named alone ("Russia pulled out of the grain deal"), a
// government or a person keeps the other lines of the verb. The place
// left is the target as for "withdrew from" (gold README: a foreign
// state; the actor's own state's ground gives none).

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// forceSubject reports whether the subject of the verb at token i is an
// armed force: the mention right before the verb, past adverbs,
// auxiliaries, modals and a verb of beginning ("began pulling out",
// "have started to leave"), has the MIL, REB or UAF sector. With police
// set (a pattern flagged "police"), a police force (COP) counts too: a
// police contingent sent abroad to lead a mission there ("Kenyan police
// officers arrived in Haiti to lead a U.N.-backed mission"); police that
// leave a place withdraw nothing, and police arriving "to help restore
// order" are most often sent within their own country.
func forceSubject(st *sentence, i int, police bool) bool {
	m, ok := subjectBefore(st, i, func(t dyad.Token) bool { return t.Tag == "TO" || beginVerb(t) })
	if !ok || m.Modifier || !hasSector(*m, "MIL", "REB", "UAF", "COP") {
		if f, found := missionMember(st, i); found {
			m, ok = f, true // "Nigerian soldiers of a West African intervention force landed"
		}
	}
	if !ok || hasSector(*m, "GOV") {
		return false
	}
	return hasSector(*m, "MIL", "REB", "UAF") || police && hasSector(*m, "COP")
}

// missionMember returns the soldiers or police named before an "of"
// phrase that ends right before the verb at token i in a noun of
// [mission forces] (data/words.txt): "The first 190 Nigerian soldiers of a
// West African intervention force landed" (sources_postmod.go reads the
// same subject).
func missionMember(st *sentence, i int) (*actors.Mention, bool) {
	toks := st.toks
	j := i - 1
	for j >= 0 && (toks[j].Tag == "RB" || toks[j].Tag == "MD" || isAux(toks[j]) || st.isDate[j]) {
		j--
	}
	if j < 2 || !st.words.missionForces[toks[j].Lower] {
		return nil, false
	}
	for k := j - 1; k > 0 && k >= j-7; k-- {
		t := toks[k]
		if t.Text == "," || t.Tag == "CC" || finite(t.Tag) {
			return nil, false
		}
		if t.Lower != "of" {
			continue
		}
		if st.at[k-1] < 0 {
			return nil, false
		}
		m := &st.ments[st.at[k-1]]
		if m.End != k || m.Place || m.Modifier || !hasSector(*m, "MIL", "COP") {
			return nil, false
		}
		return m, true
	}
	return nil, false
}

// subjectBefore returns the actor mention that ends right before the verb
// at token i, past adverbs, modals, auxiliaries, dates and the tokens
// also accepts: the verb's subject. It is false when none ends there or
// the mention is a place or a modifier ("the Russian-led force").
func subjectBefore(st *sentence, i int, also func(dyad.Token) bool) (*actors.Mention, bool) {
	toks := st.toks
	j := i - 1
	for j >= 0 && (toks[j].Tag == "RB" || toks[j].Tag == "MD" || isAux(toks[j]) || st.isDate[j] || also != nil && also(toks[j])) {
		j--
	}
	if j < 0 || st.at[j] < 0 {
		return nil, false
	}
	m := &st.ments[st.at[j]]
	if m.End != j+1 || m.Place || m.Modifier {
		return nil, false
	}
	return m, true
}

// beginVerb reports a verb of beginning or ending that may stand between
// a subject and the act it begins ("began pulling out", "finished
// leaving").
func beginVerb(t dyad.Token) bool {
	switch t.Lemma {
	case "begin", "start", "continue", "finish", "complete":
		return true
	}
	return false
}

// ownQuartersLeft reports the forces' own quarters at k, the object of a
// leaving verb: "its", "their" or "his", perhaps an adjective, then
// "barracks", "base(s)", "camp(s)", "garrison(s)" or "quarters".
func ownQuartersLeft(toks []dyad.Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	switch toks[k].Lower {
	case "their", "its", "his":
	default:
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+2; j++ {
		switch toks[j].Lower {
		case "barracks", "base", "bases", "camp", "camps", "garrison", "garrisons", "quarters":
			return true
		}
		if toks[j].Tag != "JJ" && toks[j].Tag != "NN" {
			return false
		}
	}
	return false
}
