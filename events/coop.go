package events

// Rules for the cooperation roots (06 material cooperation, 07 aid, 08
// yield) that the patterns in data/verbs.txt cannot express alone: a
// "return" that is no handing back of people or property, aid let in by
// an easing, the recipient of suspects handed over in the passive.

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// coopIdiom reports a cooperation hit used in a sense that is no event:
// "call" naming a thing ("calling it a serious basis for talks") is no
// appeal;
// "return" with no object ("children returning from the Syrian
// conflict", "he has returned to a tract of land": the subject goes
// back, nobody is handed back) and people "returned" who are asylum
// seekers or migrants (a removal, 174 when the text says "deported", not
// a release).
func coopIdiom(st *sentence, h *verbHit) bool {
	toks := st.toks
	if !h.p.Noun && cameo.Root(h.code) == "02" && toks[h.head].Lemma == "call" && h.head+2 < len(toks) {
		// "calling it a serious basis for talks": naming, no appeal
		switch toks[h.head+1].Lower {
		case "it", "them", "him", "her", "this", "that", "these", "those":
			switch toks[h.head+2].Lower {
			case "a", "an", "the":
				return true
			}
		}
	}
	if h.p.Noun || toks[h.head].Lemma != "return" || !(h.code == "0841" || h.code == "0842" || h.code == "0353") {
		return false
	}
	if h.head+1 < len(toks) {
		switch toks[h.head+1].Lower {
		case "to", "from", "home", "as", "in", "after", "on", "for":
			return true
		}
	}
	for k := h.head + 1; k < h.end && k < len(toks); k++ {
		switch toks[k].Lower {
		case "asylum", "migrant", "migrants", "seeker", "seekers", "refugee", "refugees", "deportees":
			return true
		}
	}
	return false
}

// aidOpening reports the codes of an act that, done "to let aid in",
// is humanitarian access (0863): a crossing or route opened (061),
// restrictions eased (081), a blockade or siege eased (0872).
func aidOpening(code string) bool {
	return code == "061" || code == "081" || code == "0872"
}

// aidMerge codes an easing as humanitarian access when its purpose
// infinitive g, of the same root, lets aid in: "eased restrictions at the
// Kerem Shalom crossing on Sunday to allow fuel trucks into Gaza" is one
// act, 0863, aimed at the place the aid enters (or the target g names).
func (c *Coder) aidMerge(st *sentence, h, g *verbHit) {
	if g.code != "0863" || !aidOpening(h.code) {
		return
	}
	h.code = "0863"
	if len(h.target) == 0 || h.target[0].Code == "" {
		h.target = g.target
	}
	if len(h.target) == 0 {
		h.target = c.intoPlace(st, g.end)
	}
}

// passiveRecipient returns, for a passive transfer of suspects (063), the
// party they go to: "Three Chinese nationals were handed over to Chinese
// police by Thai authorities" is Thailand 063 the Chinese police, not the
// suspects; "was extradited to the United States by Spain" 063 USA. It
// returns nil for other codes or when no actor follows "to".
func (c *Coder) passiveRecipient(st *sentence, h *verbHit) []actors.Mention {
	if h.code != "063" {
		return nil
	}
	toks := st.toks
	for k := h.head + 1; k < len(toks) && k <= h.end+2; k++ {
		if toks[k].Lower == "by" || toks[k].Text == "," {
			return nil
		}
		if toks[k].Lower != "to" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if m := st.at[j]; m >= 0 {
				if st.ments[m].Place || st.ments[m].Modifier {
					return nil
				}
				return c.group(st, m)
			}
		}
		return nil
	}
	return nil
}

// coopRefine recodes a cooperation hit by who does it to whom: weapons a
// state hands to another country are military aid (072), not the
// disarmament (0873) of an armed group giving up its own arms ("Tigray
// forces handed over their heavy weapons to the federal army").
func coopRefine(h *verbHit, src actors.Mention) {
	if h.code == "0873" && len(h.target) > 0 && h.target[0].Country != "" && h.target[0].Country != src.Country &&
		!hasSector(src, "REB", "UAF", "CRM", "OPP") && !strings.HasPrefix(src.Code, "IMG") {
		h.code = "072"
	}
}
