package events

// A reduced relative may put a captive's noun between its participle and
// its "by" agent: "the British journalist taken hostage by Islamic
// State" is a passive whose agent (Islamic State) is the source and whose
// noun before it (the journalist) the target, IMGMOSISL 181 GBRMED, as in
// "the journalist was taken hostage by Islamic State" (hits.go
// reducedRelative).

import "github.com/dyad-events/dyad"

// captiveComplement reports the participle "taken" at i followed by a
// captive's noun and "by" ("taken hostage by", "taken prisoner by"): the
// word after the noun is the participle's agent phrase. ("held hostage
// by", a state rather than the seizure, is left as it was: reading it so
// cost a held-out set.)
func captiveComplement(toks []dyad.Token, i int) bool {
	if i+2 >= len(toks) || toks[i+2].Lower != "by" {
		return false
	}
	if toks[i].Lower != "taken" {
		return false
	}
	switch toks[i+1].Lower {
	case "hostage", "hostages", "captive", "captives", "prisoner", "prisoners":
		return true
	}
	return false
}
