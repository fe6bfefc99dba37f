package events

// This file keeps a state named as a place out of the subject a later
// "it" means. The first actor of a sentence is, as a rule, its subject
// and whom the next sentence's "it" means ("The European Union adopted …
// It also condemned"); but in "Weapons were seized in parts of Iraq held
// by Isis. It commandeered oil fields" the first actor, Iraq, is where
// things happened, and "it" is the group named after it.

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// placeOpener reports a country or capital mention m that stands after a
// preposition of place, alone or after a noun of part and "of": "in
// Iraq", "across Syria", "in parts of Iraq", "in areas of Iraq under
// Isis's control". Such a mention is where the sentence happens, not its
// subject.
func placeOpener(toks []dyad.Token, m actors.Mention) bool {
	if m.Kind != actors.KindCountry && m.Kind != actors.KindCapital || m.Possessive || m.Start < 1 {
		return false
	}
	j := m.Start - 1
	if toks[j].Lower == "the" && j > 0 {
		j--
	}
	if toks[j].Lower == "of" && j >= 2 && placePart(toks[j-1].Lower) {
		j -= 2
		if toks[j].Lower == "the" || toks[j].Tag == "JJ" || toks[j].Tag == "CD" {
			if j == 0 {
				return false
			}
			j--
		}
	}
	switch toks[j].Lower {
	case "in", "across", "throughout", "inside", "within":
		return true
	}
	return false
}

// placePart lists nouns naming a part of a state's territory.
func placePart(w string) bool {
	switch w {
	case "parts", "part", "areas", "area", "swathes", "swaths", "regions", "region", "much", "most", "north", "south", "east", "west":
		return true
	}
	return false
}

// groupAfterPlace returns the first organisation or armed group named in
// the sentence after its opening place (an IMG, REB or UAF actor, or an
// organisation of the dictionary that is not a medium) that controls the
// place (placeController: "in parts of Iraq held by Isis", "in areas of
// Iraq under Isis's control"), as a mention the next sentence's "it" may
// mean; nil when none is. A group that only struck the place ("in parts
// of Nigeria hit by Boko Haram attacks") is not it.
func groupAfterPlace(st *sentence) *actors.Mention {
	for k := 1; k < len(st.ments); k++ {
		m := st.ments[k]
		if m.Person || m.Place || m.Kind == actors.KindCountry || m.Kind == actors.KindCapital {
			continue
		}
		if subjectOrg(m) || len(m.Code) >= 3 && m.Code[:3] == "IMG" || hasSector(m, "REB", "UAF") {
			if !placeController(st.toks, m) {
				return nil
			}
			mm := m
			mm.Modifier, mm.Possessive = false, false
			return &mm
		}
	}
	return nil
}

// placeController reports a mention m named as the one controlling the
// place before it: the agent of a participle of control ("held by Isis",
// "controlled by the Houthis", "seized by rebels"), or after "under" or
// "control of" ("under Isis's control", "under Isis control", "under the
// control of Isis", "in the hands of al-Shabaab").
func placeController(toks []dyad.Token, m actors.Mention) bool {
	j := beforeThe(toks, m.Start)
	if j < 1 {
		return false
	}
	switch toks[j].Lower {
	case "under":
		return true
	case "of":
		switch toks[j-1].Lower {
		case "control", "hands", "grip":
			return true
		}
	case "by":
		switch toks[j-1].Lower {
		case "held", "controlled", "seized", "captured", "occupied", "run", "overrun", "taken", "ruled", "retaken":
			return true
		}
	}
	return false
}

// byAgent reports a mention m that is the agent after "by" of a passive
// participle ("hit by Boko Haram attacks"): no subject of its sentence.
func byAgent(toks []dyad.Token, m actors.Mention) bool {
	j := beforeThe(toks, m.Start)
	return j >= 0 && toks[j].Lower == "by"
}
