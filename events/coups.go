package events

// Coups. A seizure of power by a state's own soldiers is coded 170 (CODING.md:
// "A seizure of power is 17x–19x by what happened"; the gold sets: "Madagascar's
// army took power" MDGMIL 170 MDGGOV, "attempted a coup" TURMIL 170 TURGOV,
// "Army officers in Gabon seized power" GABMIL 170 GABGOV), whatever the
// wording: power seized, taken, grabbed or assumed, the government taken
// over, a coup staged, launched or attempted (the patterns of
// data/verbs.txt). When the same sentence tells the coup makers' arrest of
// the leader, the gold sets code the arrest alone ("seized power and placed
// President Ali Bongo under house arrest" GABMIL 173 GABGOV, w1-0019):
// coupFold drops the coup. A coup someone is accused of ("accused Riek
// Machar of attempting a coup", W90115) is told by the accusation alone in
// the gold sets: coupFold drops an alleged (or denied) coup too. A coup that names no
// one is aimed at the state's government (unaimed.go coupTarget).

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// coupMaker keeps a coup hit (a 170 pattern of seizing power or staging a
// coup, planned or threatened too) only when its source is an armed force or group, or a
// junta: "an interim government is scheduled to take power" and "an
// interim administration would assume power on December 22" (open judged
// real news) hand office over, no one is coerced.
func coupMaker(st *sentence, h *verbHit) {
	if h.code == "" || h.p.Code != "170" || len(h.source) == 0 || !coupVerb(st, dyad.Evidence{Span: [2]int{st.toks[h.head].Start, st.toks[h.head].End}}) {
		return
	}
	src := h.source[0]
	if hasSector(src, "MIL", "REB", "UAF") || nonState(src) || strings.Contains(strings.ToLower(src.Text), "junta") {
		return
	}
	h.code = ""
}

// coupFold drops from evs (one sentence's events, st's) each coup event
// (170 told by a verb of seizing power or staging a coup, coupVerb) whose
// source also arrests someone in the sentence (a 173 of the same source
// code and status): the coup is told by the arrest; and each alleged or
// denied one.
func coupFold(st *sentence, evs []dyad.Event) []dyad.Event {
	var coups []int
	for i, e := range evs {
		if e.CAMEO == "170" && e.Source != nil && coupVerb(st, e.Evidence) {
			coups = append(coups, i)
		}
	}
	if len(coups) == 0 {
		return evs
	}
	folded := map[int]bool{}
	for _, i := range coups {
		folded[i] = evs[i].Status == dyad.Alleged || evs[i].Status == dyad.Denied
		for _, e := range evs {
			if e.CAMEO == "173" && e.Source != nil && e.Source.Code == evs[i].Source.Code && e.Status == evs[i].Status {
				folded[i] = true
			}
		}
	}
	out := make([]dyad.Event, 0, len(evs))
	for i, e := range evs {
		if !folded[i] {
			out = append(out, e)
		}
	}
	return out
}

// coupVerb reports that the evidence's verb (the token its span starts at)
// is one of seizing or taking power or staging a coup.
func coupVerb(st *sentence, ev dyad.Evidence) bool {
	for _, t := range st.toks {
		if t.Start < ev.Span[0] {
			continue
		}
		switch t.Lemma {
		case "seize", "take", "grab", "assume", "snatch", "stage", "launch", "mount", "attempt":
			return true
		}
		return false
	}
	return false
}
