package events

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// A hospital named as where people work: "Nurses at a hospital in
// Freetown went on strike", "Doctors in a public hospital in Lagos
// walked off the job". settle (coref_agents.go) makes a hospital that is
// no clause subject a place actor of its country ("shelled a maternity
// hospital in Kherson": UKR); after the staff's own noun and "at" or
// "in" it is no actor at all, only their workplace, and taken for one it
// became the strike's source in place of the nurses (W50004: gold
// SLEHLH 1432 SLEGOV; CODING.md: the actor is who acts).

// staffWorkplace reports m, a hospital's noun phrase, right after "at"
// or "in" (past determiners, adjectives and nouns) that follows another
// mention of ms naming people, not a place: "Nurses at a hospital",
// "doctors at the main public hospital".
func staffWorkplace(toks []dyad.Token, ms []actors.Mention, m actors.Mention) bool {
	k := m.Start - 1
	for k >= 0 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "NN") {
		k--
	}
	if k < 1 || toks[k].Lower != "at" && toks[k].Lower != "in" {
		return false
	}
	for _, o := range ms {
		if o.End == k && o.Start < o.End && !o.Place && !o.Modifier && o.Kind != actors.KindCountry && o.Kind != actors.KindCapital {
			return true
		}
	}
	return false
}
