package events

import (
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// A civil crowd that a state force's act falls on, with its demand told
// right after it, is protesting: "police fired tear gas at hundreds of
// nurses demanding higher wages", "riot police beat students demanding
// free tuition", "troops used water cannon against thousands of people
// calling for elections", "police broke up a rally of miners in the
// capital on Friday who were demanding a new mining law". The demand is
// the crowd's protest aimed at its government (objectProtest,
// objectProtestGov), as the gold sets code these crowds (CVL/EDU/OPP 141
// GOV), not a demand with no one it is made of.
//
// The force must be a state's: police, troops, a government or its
// agents (COP, MIL, GOV, SPY), not rebels or a mob. A crowd asking for
// what it lacks to live ("villagers demanding food", "refugees calling
// for help": the [basic needs] of data/words.txt) is in need, not
// protesting. A foreign state's force ("Israeli troops fired on
// Palestinians demanding …") is what the crowd protests against: the
// protest's target is that force's state (forcedCrowdState), not the
// crowd's own government.

// repressedCrowd reports a live act of force or repression by a state
// force (repressingForce) on the crowd mention starting at start.
func repressedCrowd(st *sentence, hits []verbHit, k, start int) bool {
	return repressingForce(st, hits, &hits[k], start) != nil
}

// repressingForce returns the state force (COP, MIL, GOV or SPY, no
// rebel) whose live act of force or repression (roots 17–20, 175 among
// them) comes before the crowd mention starting at start, in the same
// clause, when that crowd's demand (the participle h) is no plea for
// [basic needs]: the crowd is what the force acted on. It returns nil when
// there is none. The act's source is read as the coder resolved it: an
// act before the crowd is resolved before the demand after it.
func repressingForce(st *sentence, hits []verbHit, h *verbHit, start int) *actors.Mention {
	if basicNeedsAsked(st, h) {
		return nil
	}
	for g := range hits {
		a := &hits[g]
		if a == h || a.code == "" || a.head >= start || a.p.has(flagSpeech) {
			continue
		}
		switch cameo.Root(a.code) {
		case "17", "18", "19", "20":
		default:
			continue
		}
		if clauseBreakBetween(st.toks, a.head, start) || len(a.source) == 0 {
			continue
		}
		s := a.source[0]
		if hasSector(s, "COP", "MIL", "GOV", "SPY") && !hasSector(s, "REB", "UAF", "OPP") && !civil(s) {
			return &a.source[0]
		}
	}
	return nil
}

// basicNeedsAsked reports a demand participle h whose object is a thing
// of the [basic needs] ("demanding food and water", "calling for more
// humanitarian aid"): its first noun, past "for", determiners and
// adjectives.
func basicNeedsAsked(st *sentence, h *verbHit) bool {
	toks := st.toks
	for j := h.head + 1; j < len(toks) && j <= h.head+5; j++ {
		t := toks[j]
		switch {
		case t.Lower == "for" && j == h.head+1:
			continue
		case t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "JJR" || t.Tag == "CD" || t.Tag == "RB" || t.Tag == "PRP$":
			continue
		case nounTag(t.Tag):
			if st.words.basicNeeds[t.Lower] {
				return true
			}
			if j+1 < len(toks) && nounTag(toks[j+1].Tag) {
				continue // "emergency food", "drinking water"
			}
			return false
		case t.Tag == "VBG" && st.words.basicNeeds[t.Lower]:
			return true
		default:
			return false
		}
	}
	return false
}

// forcedCrowdState returns, for a protest that objectProtest made of a
// demand participle h after a civil crowd crowd, the state of a foreign
// force that acted on the crowd (repressingForce): a force whose country
// is not the crowd's. It reports false for a force of the crowd's own
// state, or none.
func (c *Coder) forcedCrowdState(st *sentence, h *verbHit, crowd actors.Mention) (actors.Mention, bool) {
	f := repressingForce(st, st.hits, h, crowd.Start)
	if f == nil || f.Country == "" || f.Country == crowd.Country {
		return actors.Mention{}, false
	}
	m := c.implicitActor(*f, h, "")
	m.Code, m.Sectors = f.Country, nil
	return m, true
}

// repressedRelative reports a demand participle hits[k] in a relative
// clause ("who were demanding", "who was demanding") whose antecedent is
// a civil crowd acted on by force (repressedCrowd): the nearest actor
// mention before "who", past place names, dates and prepositions ("a
// rally of striking teachers in Bamako last week who were demanding").
func repressedRelative(st *sentence, hits []verbHit, k int) bool {
	toks := st.toks
	i := hits[k].head
	if i < 3 || toks[i-1].Lemma != "be" || toks[i-2].Lower != "who" {
		return false
	}
	for j := i - 3; j >= 0 && j >= i-12; j-- {
		if toks[j].Text == "," || isClauseBreak(toks, j) || toks[j].Tag == "MD" || len(toks[j].Tag) >= 2 && toks[j].Tag[:2] == "VB" {
			return false
		}
		if st.isDate[j] || st.at[j] < 0 {
			continue
		}
		m := st.ments[st.at[j]]
		if m.Place || m.Modifier {
			continue
		}
		return civil(m) && repressedCrowd(st, hits, k, m.Start)
	}
	return false
}
