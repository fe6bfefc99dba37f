package events

// Unnamed forces that attack a state.
//
// A force or armed men the sentence names by no country ("Troops
// attacked Ukraine", "Zorbland troops attacked Ukraine", "Gunmen attacked
// Nigeria") are not of the state they attack: a state does not invade or
// attack itself, and the state named as the target says nothing of the
// attackers' own. resolveAgent's rules took the target's country
// (sentencePlaces: UKRMIL 190 UKR, a self-attack) or the story's
// (storyFocus: "Gunmen attacked Nigeria" in a Ukraine story UKRUAF 190
// NGA). attackedStateForce undoes that: troops become the force the story
// told of acting when it is of another state (ctx.names[actingMilKey], as
// notVictimsForce does), else no actor; armed men of no group are no
// actor. An attack on a place, a town or
// people inside the state is left alone ("Gunmen attacked a village in
// Nigeria": NGAUAF, as the state's own bandits do).

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// attackedStateForce clears the country found for an unnamed force (MIL)
// or unidentified armed men (UAF) that attack a state by its name, as the
// doc comment above says.
func (u *unknownAgent) attackedStateForce() agentVerdict {
	st, ms, k := u.st, u.ms, u.k
	if u.country == "" || u.titled || len(u.m.Sectors) != 1 || !hasSector(u.m, "MIL", "UAF") ||
		u.m.Start > 0 && st.toks[u.m.Start-1].Tag == "PRP$" || stateInstitutionForce(st.toks, u.m) {
		return agentNext
	}
	target := attackedState(st.toks, ms, k)
	if target == "" {
		return agentNext
	}
	if hasSector(u.m, "UAF") {
		u.country = ""
		return agentNext
	}
	if u.country != target {
		return agentNext // "Troops attacked Poland" in a Russian story: the story's force
	}
	u.country = ""
	if a, ok := u.ctx.names[actingMilKey]; ok && a.Country != target {
		u.country = a.Country
	}
	return agentNext
}

// attackedState returns the state an unnamed force, the sentence's
// mention k, attacks by name: the country of a bare country mention (no
// sector, no place) right after an attack verb that directly follows the
// force ("Troops attacked Ukraine", "Gunmen stormed Mali"); "" otherwise.
func attackedState(toks []dyad.Token, ms []actors.Mention, k int) string {
	f := ms[k]
	i := f.End
	for i < len(toks) && toks[i].Tag == "RB" {
		i++
	}
	if i >= len(toks) || !attackVerb(toks[i].Lower) {
		return ""
	}
	for j := k + 1; j < len(ms); j++ {
		v := ms[j]
		if v.Start <= i {
			continue
		}
		if v.Start != i+1 && !(v.Start == i+2 && toks[i+1].Tag == "DT") {
			return ""
		}
		if v.Kind != actors.KindCountry || len(v.Sectors) != 0 || v.Place || v.Modifier || len(v.Country) != 3 {
			return ""
		}
		return v.Country
	}
	return ""
}

// attackVerb reports a past or present form of a verb of attack on a
// state: attacked, invaded, bombed, shelled, raided, stormed, struck.
func attackVerb(w string) bool {
	switch w {
	case "attacked", "attack", "attacks", "invaded", "invade", "invades", "bombed", "bomb", "bombs",
		"shelled", "shell", "shells", "raided", "raid", "raids", "stormed", "storm", "storms",
		"struck", "strike", "strikes":
		return true
	}
	return false
}
