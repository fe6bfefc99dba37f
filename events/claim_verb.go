package events

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// claimVerb finds the verb of claiming whose clause holds the act at
// token head ("The UK has claimed Assad's forces used chemical weapons in
// Douma in April 2018": "claimed"), so that the claimer's 112 is made at
// that verb and takes its own place and date, not the alleged act's: a
// place or date belongs to the nearest act before it (README, location:
// "the accusation nowhere"), and an accusation without a date of its own
// takes the publication date (gold README "Conventions fixed here"). It
// walks back to the start of the claim's clause, then looks a few tokens
// before it for a verb of claiming, charging or saying; it returns -1
// when none is there.
func claimVerb(st *sentence, head int, inClaim []claimKind) int {
	toks := st.toks
	start := head
	for start > 0 && inClaim[start-1] != notClaimed {
		start--
	}
	for k := start - 1; k >= 0 && k >= start-8; k-- {
		t := toks[k]
		if t.Text == "," || t.Text == ";" {
			break
		}
		if !strings.HasPrefix(t.Tag, "VB") {
			continue
		}
		switch t.Lemma {
		case "claim", "allege", "suspect", "conclude", "charge", "say", "tell", "state", "announce", "insist":
			return k
		}
	}
	return -1
}

// toldAct reports an act g that the accusation or denial h tells in its
// object clause, by a finite verb of its own: "The UK has claimed Assad's
// forces used chemical weapons in Douma" (g alleged), "Russia denied that
// its forces used chemical weapons in Douma" (g denied). A place phrase
// after g is g's, not h's (placeOwned; README, location: "the accusation
// nowhere"), as aboutAct reads it for a gerund or a nominal act.
func toldAct(h, g *verbHit) bool {
	if h.p != accusePattern && !h.p.has(flagAccuse|flagDeny) {
		return false
	}
	return g.status == dyad.Alleged || g.status == dyad.Denied
}
