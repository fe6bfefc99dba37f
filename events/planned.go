package events

import "github.com/dyad-events/dyad"

// Plans of force agreed between parties.
//
// "X and Y agreed on a plan to <act of force>" tells two parties agreeing
// on a plan with each other, not a threat each makes to the plan's object:
// "Russia and the United States agreed on Saturday on a plan to eliminate
// Syria's chemical weapons" is RUS 0312 USA and USA 0312 RUS (future),
// as the gold sets code it, not RUS 138 SYR and USA 138 SYR. The
// infinitive rule of findHits (hits.go) recodes the act when the
// agreement's subject names two parties or more (pluralSubject) and a
// plan noun stands between "agree" and the infinitive (planBetween) and
// the plan is to do away with things (disposalVerb: destroy, eliminate,
// dismantle, remove weapons or stockpiles). Any other act agreed on a
// plan keeps its planned code: "France and Germany agreed on a plan to
// impose new sanctions on Russia" is each party's future sanction
// (1312), "… to expel Russian diplomats" its expulsion. One
// party's agreement ("Israel's cabinet agreed to a plan to take control
// of Gaza City") and an agreement to an act of force with no plan noun
// ("agreed to strike") keep the planned threat.

// planBetween reports a noun of a plan or accord ("plan", "deal",
// "agreement", "accord", "framework", "roadmap", "blueprint",
// "mechanism", "proposal", and their plurals: [plan nouns] of
// data/words.txt) among toks[from:head]: the text the parties agreed
// on, whose infinitive follows.
func (v *vocab) planBetween(toks []dyad.Token, from, head int) bool {
	for k := from; k < head && k < len(toks); k++ {
		if toks[k].Tag != "NN" && toks[k].Tag != "NNS" {
			continue
		}
		if v.planNouns[toks[k].Lower] {
			return true
		}
	}
	return false
}

// disposalVerb reports the lemma of a plan to do away with things:
// "destroy", "eliminate", "dismantle", "remove", "neutralize",
// "decommission", "scrap", "dispose" ([disposal verbs] of
// data/words.txt).
func (v *vocab) disposalVerb(lemma string) bool {
	return v.disposalVerbs[lemma]
}
