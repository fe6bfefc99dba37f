package events

// Targets a reporting state or body is itself: force or a withdrawal at
// "the border" it reports, a ceasefire violation it reports, force on its
// own thing ("one of its convoys").

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// reporterBorder gives a show of force or a withdrawal (roots 15, 087) at
// "the border" the state reporting it as target: "Armenia's defence
// ministry said Azerbaijani troops were massing near the border town of
// Jermuk" (gold: AZEMIL 154 ARM); the border named is the reporter's.
func (c *Coder) reporterBorder(st *sentence, h *verbHit) {
	if cameo.Root(h.code) != "15" && !strings.HasPrefix(h.code, "087") || len(h.target) != 0 || len(h.source) == 0 || st.reporter == nil {
		return
	}
	rep := *st.reporter
	if rep.Country == "" || rep.Country == h.source[0].Country || h.source[0].Country == "" || strings.HasPrefix(rep.Code, "IGO") {
		return
	}
	toks := st.toks
	for k := h.head + 1; k < len(toks) && k < h.end+6; k++ {
		if k >= h.end && (toks[k].Text == "," || toks[k].Text == ";" || finite(toks[k].Tag)) {
			return
		}
		if st.at[k] >= 0 {
			return // a named place or party decides
		}
		if (toks[k].Lower == "border" || toks[k].Lower == "frontier") && toks[k-1].Lower == "the" {
			h.target = []actors.Mention{c.implicitTarget(h, rep.Country)}
			return
		}
	}
}

// reporterCeasefire gives a ceasefire violation (196) with no target the
// state that reports it: "Pakistani troops violated the ceasefire along
// the Line of Control, the Indian army said" (PAKMIL 196 IND); the
// ceasefire's other side is the one telling of it.
func (c *Coder) reporterCeasefire(st *sentence, h *verbHit) {
	if h.code != "196" || len(h.target) != 0 || len(h.source) == 0 || st.reporter == nil {
		return
	}
	rep := *st.reporter
	if rep.Country == "" || rep.Country == h.source[0].Country || h.source[0].Country == "" || strings.HasPrefix(rep.Code, "IGO") || strings.HasPrefix(rep.Code, "NGO") {
		return
	}
	h.target = []actors.Mention{c.implicitTarget(h, rep.Country)}
}

// reporterOwned gives force a reporter tells of (roots 18–20) aimed "on"
// or "at" its own things the reporter as target: "Doctors Without Borders
// said … Israeli forces had fired on one of its convoys in Gaza" (gold:
// ISRMIL 190 NGOHLHMSF), not the place the convoy was in.
func reporterOwned(st *sentence, h *verbHit) {
	switch cameo.Root(h.code) {
	case "18", "19", "20":
	default:
		return
	}
	if st.reporter == nil || len(h.source) == 0 || len(h.target) > 1 {
		return
	}
	rep, toks := *st.reporter, st.toks
	if rep.Code == h.source[0].Code || rep.Country != "" && rep.Country == h.source[0].Country || rep.Start > h.head {
		return
	}
	if rep.Country == "" && !strings.HasPrefix(rep.Code, "NGO") && !strings.HasPrefix(rep.Code, "IGO") {
		return
	}
	k := h.end
	if k < len(toks) && (toks[k].Lower == "on" || toks[k].Lower == "at" || toks[k].Lower == "against") {
		k++
	}
	if k+2 < len(toks) && toks[k].Lower == "one" && toks[k+1].Lower == "of" {
		k += 2 // "one of its convoys"
	}
	if k+1 >= len(toks) || toks[k].Lower != "its" || k == h.end {
		return
	}
	if len(h.target) == 1 && h.target[0].Span[0] < toks[k].Start && h.target[0].Text != "" {
		return // a party named before "its": not the reporter's thing
	}
	r := rep
	r.Possessive, r.Place = false, false
	h.target = []actors.Mention{r}
}
