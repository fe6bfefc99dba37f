package events

import "github.com/dyad-events/dyad"

// withdrawnObject reports the object of a withdrawal verb, from token k,
// as the forces of the state asked to withdraw them: "withdraw its
// troops", "withdraw all its forces", and also the phrases that count or
// describe them, "pull back the tens of thousands of troops it has
// massed", "withdraw the remaining 2,000 soldiers", "pull out all of its
// soldiers". The gold convention ("Conventions fixed here": "X demanded
// that Y withdraw its troops" is 1056 with Y's MIL as target) codes the
// troops whose withdrawal is demanded, however the phrase counts them.
//
// Read: an optional particle ("back", "out"), then at most eight words of
// determiners, possessives, numbers, quantity words ("tens", "thousands",
// "of") and adjectives, ending on a [withdrawn forces] noun. Anything
// else (a preposition such as "from", a verb, a comma) ends the phrase
// with no forces: "pull back from the border" names none.
func (v *vocab) withdrawnObject(toks []dyad.Token, k int) bool {
	if k < len(toks) && (toks[k].Lower == "back" || toks[k].Lower == "out") {
		k++
	}
	for end := k + 8; k < len(toks) && k < end; k++ {
		t := toks[k]
		if v.withdrawnForces[t.Lower] {
			return true
		}
		switch t.Lower {
		case "its", "their", "the", "all", "of", "some", "tens", "hundreds", "thousands", "remaining", "additional", "extra":
			continue
		}
		switch t.Tag {
		case "CD", "JJ":
			continue
		}
		return false
	}
	return false
}
