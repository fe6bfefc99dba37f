package events

// Victims' wrongdoers: an actor named after "the victims of" is who
// wronged them, not whom the act is for: "expressed his condolences for
// the victims of a gunman who killed 26 worshippers" is Japan's sympathy
// with the victims, not with the gunman. Such a target is dropped (the
// victims are no actor the sentence names: target null); one named
// otherwise ("condolences to Egypt for the victims of the bombing")
// stays, and so does a country that modifies the wrong ("sympathy for
// victims of the Chilean earthquake" is Chile's, "survivors of the
// Rwandan genocide" Rwanda's).

import "github.com/dyad-events/dyad/actors"

// victimsOfTarget drops the targets of h whose mention comes right after
// "victims of" (a determiner between or not) and heads its noun phrase:
// "for the victims of a gunman".
func victimsOfTarget(st *sentence, h *verbHit) {
	if len(h.target) == 0 {
		return
	}
	toks := st.toks
	kept := h.target[:0:0]
	for _, t := range h.target {
		k := t.Start - 1
		for k >= 0 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ") {
			k--
		}
		if k >= 1 && toks[k].Lower == "of" && st.words.victimNouns[toks[k-1].Lower] && !t.Modifier && !(t.End < len(toks) && (toks[t.End].Tag == "NN" || toks[t.End].Tag == "NNS")) {
			continue // (not a modifier of the wrong: "victims of the Chilean earthquake" are Chile's)
		}
		kept = append(kept, t)
	}
	if len(kept) != len(h.target) {
		h.target = append([]actors.Mention(nil), kept...)
	}
}
