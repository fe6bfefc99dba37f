package events

import (
	"github.com/dyad-events/dyad/actors"
)

// Attacks on an office holder's convoy, or wounding him.
//
// The gold sets code an attack on a named office holder or political
// leader — firing on, bombing or shelling him, his home, convoy or
// motorcade — that does not kill him as the attempt on his life (185),
// whether or not the sentence says "assassination" or that he escaped
// unhurt (testdata/gold/README.md, conventions item 37: "Gunmen opened
// fire on the convoy of the governor of Iraq's Anbar province", "Rebels
// … shot and seriously wounded East Timor's President Jose
// Ramos-Horta"). This reads two of its forms: an attack on his convoy
// or motorcade, and wounding him. Not people who hold no office (a
// cleric or an activist shot and wounded is 182), not a leader the
// sentence tells killed ("ambushed the governor's convoy, killing him"
// is 186). Wider readings were measured and dropped: any attack on an
// office holder cost three points on the held-out sets, one on his home
// or car two. killCode (intent.go) applies it beside survivedAttempt.

// leaderSpared reports an attack h whose one target holds a state,
// legislative, judicial or opposition office (sector GOV, LEG, JUD or
// OPP, and officeHolder: one person, not a ministry or a parliament),
// where the attack strikes his convoy ([leader belongings] of
// data/words.txt: "the convoy of the governor", "the president's
// motorcade") or wounds him ("shot and wounded the
// president"), and that no word of the sentence tells killed.
func leaderSpared(st *sentence, h *verbHit) bool {
	if len(h.target) != 1 {
		return false
	}
	m := h.target[0]
	if !hasSector(m, "GOV", "LEG", "JUD", "OPP") || !officeHolder(st, m) {
		return false
	}
	if !leaderBelonging(st, m) && !woundedLeader(st, m) {
		return false
	}
	return !leaderKilled(st, m)
}

// leaderBelonging reports a [leader belongings] noun owned by the
// office holder m: "the convoy of (the) m", "m's convoy".
func leaderBelonging(st *sentence, m actors.Mention) bool {
	toks := st.toks
	k := m.Start - 1
	if k >= 0 && toks[k].Lower == "the" {
		k--
	}
	if k >= 1 && toks[k].Lower == "of" && st.words.leaderBelongings[toks[k-1].Lower] {
		return true // "the convoy of the governor"
	}
	j := m.End
	if j < len(toks) && isPossTok(toks[j]) {
		j++
	}
	if j > m.End || j > 0 && isPossTok(toks[j-1]) {
		for ; j < len(toks) && j <= m.End+3; j++ {
			if st.words.leaderBelongings[toks[j].Lower] {
				return true // "the president's motorcade", "the governor's armoured car"
			}
			if t := toks[j].Tag; t != "JJ" && t != "NN" && t != "VBN" {
				break
			}
		}
	}
	return false
}

// woundedLeader reports a form of "wound" whose object is the office
// holder m: "shot and seriously wounded the president".
func woundedLeader(st *sentence, m actors.Mention) bool {
	toks := st.toks
	for k := m.Start - 1; k >= 0 && k >= m.Start-3; k-- {
		if toks[k].Lemma == "wound" {
			return true
		}
		if toks[k].Tag != "RB" && toks[k].Tag != "DT" {
			return false
		}
	}
	return false
}

// leaderKilled reports a sentence that tells the office holder m died:
// "died", "killing him", "killed the governor".
func leaderKilled(st *sentence, m actors.Mention) bool {
	toks := st.toks
	for k, t := range toks {
		if t.Lemma == "die" || t.Lower == "dead" && k > 0 && (toks[k-1].Lower == "him" || toks[k-1].Lower == "her") {
			return true
		}
		if !st.words.killVerbs[t.Lemma] || k+1 >= len(toks) {
			continue
		}
		switch toks[k+1].Lower {
		case "him", "her":
			return true
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if n := st.at[j]; n >= 0 && st.ments[n].Code == m.Code && officeHolder(st, st.ments[n]) {
				return true
			}
		}
	}
	return false
}
