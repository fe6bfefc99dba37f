package events

// Sanctions named by a reduced relative clause: "lift the sanctions they
// had imposed on Mali", "lifted the curbs the bloc imposed on Cuba". The
// party after the clause's "on" is the target of the lifting (or easing,
// or tightening) hit, as in "lift sanctions on Mali"; the clause's own
// subject ("they", "the bloc") is the sanctioning side, no target.

import "github.com/dyad-events/dyad"

// imposedOnAt returns the index of the "on" ending a relative clause of
// imposing that starts at token k, right after a hit whose words hold a
// sanction noun (sanctionWord): an optional subject of at most three
// words (a pronoun, or a determiner and nouns), an optional "had", "has"
// or "have", a verb of imposing, then "on". It returns -1 otherwise.
func imposedOnAt(toks []dyad.Token, h *verbHit, k int) int {
	if k != h.end || h.end > len(toks) || !sanctionWord(toks[h.head:h.end]) {
		return -1
	}
	j := k
	for n := 0; j < len(toks) && n < 3; n++ {
		t := toks[j]
		if t.Tag == "PRP" || t.Tag == "DT" || t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "NNP" || t.Tag == "NNPS" {
			j++
			continue
		}
		break
	}
	if j == k {
		return -1 // no subject: "sanctions imposed on Mali" reads on as it is
	}
	if j < len(toks) && (toks[j].Lower == "had" || toks[j].Lower == "has" || toks[j].Lower == "have") {
		j++
	}
	if j+1 >= len(toks) {
		return -1
	}
	switch toks[j].Lower {
	case "imposed", "placed", "slapped", "put", "levied", "applied":
	default:
		return -1
	}
	if toks[j+1].Lower != "on" && toks[j+1].Lower != "against" {
		return -1
	}
	return j + 1
}
