package events

// Joint shows of force: drills, exercises and war games held by two or
// more states together, or by one "with" a partner, are each
// participant's own show of force (CODING.md: "Missile tests, drills,
// warning shots and airspace incursions are 150"), one event each with no
// target. Patterns flagged "each" in data/verbs.txt name such acts.

import (
	"slices"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// eachParty gives the participants of a hit flagged "each": its sources,
// then every target that stands as a partner after "with" ("China began
// joint drills with Russia and Belarus": CHN, RUS, BLR), one per code. A
// target that is no partner (a place or an addressee the target scan
// found: "joint manoeuvres near Khartoum") is left out.
func eachParty(toks []dyad.Token, srcs, tgts []actors.Mention) []actors.Mention {
	out := slices.Clone(srcs)
	for _, m := range tgts {
		if withPartner(toks, m) {
			out = append(out, m)
		}
	}
	return distinctCodes(out)
}

// withPartner reports that mention m follows "with" in its noun phrase
// or a list after it ("with Russia", "with the Japanese navy", "with
// Japan and South Korea"): going back at most 8 tokens, it stops at a
// verb, a preposition other than "with", or a clause break.
func withPartner(toks []dyad.Token, m actors.Mention) bool {
	for k := m.Start - 1; k >= 0 && k >= m.Start-8; k-- {
		t := toks[k]
		switch {
		case t.Lower == "with":
			return true
		case t.Tag == "IN" || t.Tag == "TO" || len(t.Tag) > 1 && t.Tag[:2] == "VB" || isClauseBreak(toks, k):
			return false
		}
	}
	return false
}
