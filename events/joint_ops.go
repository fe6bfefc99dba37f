package events

// Joint patrols named in an adjunct ("coast guards seized three boats in
// their first joint patrol"): the noun pattern "@ joint patrol" of
// data/verbs.txt takes the clause verb's subjects as its actors
// (nounSource), and is cooperation only between two states' forces.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// finiteVerbBefore returns the finite verb nearest before token k (a
// past or present tense, within twelve tokens and no comma or semicolon
// between; a relative clause's verb is passed over, and the twelve tokens
// counted again from it), -1 when there is none.
func finiteVerbBefore(toks []dyad.Token, k int) int {
	return finiteVerbWithin(toks, k, 12)
}

// finiteVerbWithin is finiteVerbBefore with a window of n tokens.
func finiteVerbWithin(toks []dyad.Token, k, n int) int {
	for j, lo := k-1, k-n; j >= 0 && j >= lo; j-- {
		switch toks[j].Tag {
		case "VBD", "VBZ", "VBP":
			if j > 0 && relativeWord(toks[j-1].Lower) {
				lo = j - n // "police dismantled a network that moved pills … in a joint operation": the relative clause's verb is not the one
				continue
			}
			return j
		}
		if toks[j].Text == "," || toks[j].Text == ";" {
			return -1
		}
	}
	return -1
}

// jointOwnForces clears the code of a joint patrol told by a noun (an 06
// noun hit headed by "joint"), or of a joint operation or raid staged by
// a verb ("carried out joint raids"), whose parties, sources and targets
// together, are all of one state: "Kenyan police and soldiers seized 20
// guns in a joint patrol" is no cooperation between states (the seizure
// stays).
func jointOwnForces(st *sentence, h *verbHit) {
	if !strings.HasPrefix(h.code, "06") || len(h.source) == 0 {
		return
	}
	if !jointHit(st, h) {
		return
	}
	parties := append(append([]actors.Mention(nil), h.source...), h.target...)
	for _, m := range parties[1:] {
		if m.Country != parties[0].Country {
			return
		}
	}
	h.code = ""
}

// jointPolice recodes a joint operation whose parties are all police
// forces as material cooperation (060), as the gold sets code police
// working together (testdata/gold/README.md, 2026-12-05 item 17: "a
// joint operation of two states' police … is 060 both ways"), told by
// a noun (an 062 noun hit headed by "joint": "Kenyan and Ugandan police
// seized 31 stolen cattle in a joint operation" KENCOP 060 UGACOP) or
// as the object of a verb of staging ("launched a joint operation",
// "carried out their first joint raids"); troops keep 062. Joint patrols
// told by a verb are 060 when police patrol (gold README 2026-12-07 item
// 62): the parties are all police ("Kenyan and Ugandan police began
// joint patrols") or the patrols are named police patrols ("Croatia and
// Slovenia began joint police patrols"); soldiers' and jets' keep 062.
func jointPolice(st *sentence, h *verbHit) {
	if h.code != "062" || len(h.source) == 0 {
		return
	}
	police, patrol := jointPatrolObject(st, h.head, h.end)
	if patrol && police {
		h.code = "060"
		return
	}
	if !patrol && !jointHit(st, h) {
		return
	}
	for _, m := range append(append([]actors.Mention(nil), h.source...), h.target...) {
		if !hasSector(m, "COP") {
			return
		}
	}
	h.code = "060"
}

// partOfJoint reports ", part of a joint …" with "of" at j and "joint" at
// i: an appositive telling that the clause before the comma was a joint
// operation ("its soldiers had killed 15 rebels, part of a joint operation
// with the Congolese army"), no background nominal.
func partOfJoint(toks []dyad.Token, j, i int) bool {
	return toks[i].Lower == "joint" && j >= 2 && toks[j-1].Lower == "part" && toks[j-2].Text == ","
}

// jointHit reports a noun hit headed by "joint" or a verb hit staging a
// joint operation (jointActionObject).
func jointHit(st *sentence, h *verbHit) bool {
	if h.p.Noun {
		return st.toks[h.head].Lower == "joint"
	}
	return jointActionObject(st, h.head, h.end)
}

// jointActionObject reports a verb hit whose matched words, head to end,
// name a joint or combined operation, raid, offensive, campaign or the
// like: its last word one of the word class $JOINT_ACTION of
// data/verbs.txt (st.words.jointActions), "joint" or "combined" before it.
func jointActionObject(st *sentence, head, end int) bool {
	toks := st.toks
	for i := head + 1; i+1 < end; i++ {
		if toks[i].Lower != "joint" && toks[i].Lower != "combined" {
			continue
		}
		return st.words.jointActions[toks[end-1].Lower]
	}
	return false
}

// jointPatrolObject reports a verb hit whose matched words, head to end,
// name joint or combined patrols ("began joint patrols", "began joint
// police patrols"): ok when "joint" or "combined" stands after the head
// and the last matched word is "patrol" or "patrols"; police when
// "police" stands between the two ("joint police patrols").
func jointPatrolObject(st *sentence, head, end int) (police, ok bool) {
	toks := st.toks
	if end-1 <= head || end > len(toks) {
		return false, false
	}
	if last := toks[end-1].Lower; last != "patrol" && last != "patrols" {
		return false, false
	}
	for i := head + 1; i+1 < end; i++ {
		if toks[i].Lower != "joint" && toks[i].Lower != "combined" {
			continue
		}
		for j := i + 1; j+1 < end; j++ {
			if toks[j].Lower == "police" {
				return true, true
			}
		}
		return false, true
	}
	return false, false
}
