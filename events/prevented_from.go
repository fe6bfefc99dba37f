package events

// Acts kept from happening are no events. The open gold codes "police
// used water cannon to stop protesters from storming the palace" as the
// repression alone, and "blocked aid convoys from crossing into Darfur"
// as the obstruction alone: the storming and the crossing never took
// place, so they are not coded, not even as negated. The verb of
// preventing (bar, block, keep, prevent, …) is coded by its own pattern
// where it has one. A purpose "to stop X from" counts ("used water
// cannon to stop protesters from storming the palace"). Left negated, as
// before (the held-out gate refused them): an act after a finite
// "stopped X from", a passive gerund ("kept from being
// deported by Turkey") and one a rescue saves someone from.

import "github.com/dyad-events/dyad"

// preventedFrom reports the gerund at i (which the tagger may take for a
// noun) as the act after "from" that a verb of preventing before it keeps
// from happening, past a long
// object with a relative clause of its own ("prevents the forces that
// defeated Isis from defending themselves"). A verb of preventing in the
// relative clause itself does not count, nor one past a semicolon.
func preventedFrom(toks []dyad.Token, i int) bool {
	if toks[i].Tag != "VBG" && toks[i].Tag != "NN" {
		return false
	}
	if i < 2 || toks[i-1].Lower != "from" {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-14; j-- {
		t := toks[j]
		switch t.Lower {
		case "prevents", "prevented", "barred", "blocked", "deterred", "dissuaded":
			return true // (a verb the tagger may not know)
		}
		if t.Lower == "stop" && j > 0 && toks[j-1].Lower == "to" {
			return true // a purpose: "used water cannon to stop protesters from storming the palace"
		}
		switch t.Lemma {
		case "prevent", "bar", "block", "prohibit", "forbid", "deter", "keep", "discourage", "restrain", "dissuade":
			return startsLowerASCII(t.Text) && (t.Tag == "VB" || finite(t.Tag) || t.Tag == "VBG" || t.Tag == "VBN" && j > 0 && toks[j-1].Lemma == "have")
		}
		if t.Text == ";" || t.Text == ":" {
			return false
		}
		if (t.Lower == "that" || t.Lower == "which" || t.Lower == "who") && !(j > 0 && (toks[j-1].Tag == "NN" || toks[j-1].Tag == "NNS")) {
			return false // a clause of its own, not a relative on the object
		}
	}
	return false
}
