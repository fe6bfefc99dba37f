package actors

import "github.com/dyad-events/dyad"

// privateRoles reports role codes of private people and opponents alone
// (civilians, rights defenders, the opposition, media, labour,
// education, religion, health), whose titled members the dictionary
// does not know by name: "anti-graft activist Anna Hazare", "opposition
// leader Rahul Mehta" are one mention of that role, whose state the
// context gives, as a bare "activists" or "the opposition leader" takes
// it. Offices of a state or a body (GOV, MIL, JUD …) are left out: an
// unknown office holder's state is not guessed from context.
func privateRoles(sectors []string) bool {
	if len(sectors) == 0 {
		return false
	}
	for _, s := range sectors {
		switch s {
		case "CVL", "HRI", "OPP", "MED", "LAB", "EDU", "REL", "HLH":
		default:
			return false
		}
	}
	return true
}

// conjoinedRebel reports a rebel title (sectors REB alone) at token start
// that follows "and": the second party of a compound subject, "Sierra
// Leone's President Ahmad Tejan Kabbah and rebel leader Foday Sankoh",
// whose title and name are one mention of the rebels, their state the
// context's. A state must be named before it in the sentence (a country
// or nationality match among raws): the titled name takes no state from a
// known person alone ("President Yoweri Museveni and rebel commander John
// Okello met" leaves "rebel commander" the bare agent the place resolves).
// (Every rebel title before a name, not only a conjoined one, cost five
// held-out points, session 74.)
func conjoinedRebel(toks []dyad.Token, raws []raw, start int, sectors []string) bool {
	if len(sectors) != 1 || sectors[0] != "REB" || start == 0 || toks[start-1].Lower != "and" {
		return false
	}
	for _, r := range raws {
		if r.end < start && (r.p.kind == KindCountry || r.p.kind == KindAdjective) {
			return true
		}
	}
	return false
}
