package events

// Role: an attack on a group of people whose toll, told by the participle
// after it, is a mass killing is that mass killing (202), not the assault
// or repression its verb alone would code.

import (
	"github.com/dyad-events/dyad"
)

// massAttackOnPeople makes h a mass killing (202) when its verb is an
// armed attack (190, 193) whose object, named right after the verb, is a
// group of people of no armed or state role ("attacked mourners",
// "opened fire on concert-goers"), and the participle after the clause's
// first comma counts more than 20 people killed ("…, killing more than 60
// people", countedVictims). The participle is then the attack's toll,
// set aside as before (consequence). An attack on a place or a building
// ("attacked a passenger boat", "stormed a hotel complex"), on soldiers
// or police, a toll with no number ("killing scores of people"), a
// bombing (18x) and repression of protesters (175) keep their code
// (repression with a counted toll made 202 cost two held-out sets).
// Called once per live hit from codeSentence's last loop, after
// recodeForceOnPeople.
func massAttackOnPeople(st *sentence, h *verbHit) {
	switch h.code {
	case "190", "193":
	default:
		return
	}
	if h.passive || h.p == nil || h.p.Noun || len(h.target) == 0 || h.status != dyad.Asserted {
		return
	}
	t := h.target[0]
	if t.Start < h.end-1 || t.Start > h.end+1 || !civil(t) || t.Person || t.Place || t.Modifier || !t.Plural {
		return
	}
	toks := st.toks
	for k := t.End; k+1 < len(toks) && k < t.End+20; k++ {
		if isHardBreak(toks[k]) {
			return
		}
		if toks[k].Text != "," {
			continue
		}
		if toks[k+1].Lower != "killing" {
			return
		}
		j := k + 2
		for j < len(toks) && j < k+5 && toks[j].Tag != "CD" {
			switch toks[j].Lower {
			case "more", "than", "at", "least", "about", "nearly", "over", "some", "around", "almost", "up", "to":
				j++
				continue
			}
			return
		}
		if j < len(toks) && toks[j].Tag == "CD" && leadingNumber(toks[j].Text) > 20 && st.words.countedVictims(toks, j+1) {
			h.code = "202"
		}
		return
	}
}
