package events

// Targets that are the source state's own people: a state arresting,
// charging, trying or investigating its own soldiers, officers or
// officials names them as the event's target, though elsewhere its own
// officials named by role are no target of its acts (refine).

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// policedOwn reports that h's target t, the source state's own forces,
// police or officials named by role and given the state's country by
// coreference, is the one h polices: h is an investigation (root 09), a
// lawsuit or verdict (115, 116) or coercion (root 17: arrests, bans,
// repression), and t is its direct object, named by a noun after at most
// a determiner, a number or a quantity ("several", "dozens of", "three",
// "14 of") or, for what an investigation looks into, a noun of conduct
// ("investigating the conduct of soldiers", conductOf). "Chad said it had arrested several army officers" is TCD 173
// TCDMIL, "Turkish police detained 30 soldiers" TURCOP 173 TURMIL (gold
// sets: D0245, D0291, E0139). Not a pronoun ("convicted her", "he was
// arrested": a guess from the story), not a noun inside another phrase
// ("indicted Tamimi on charges including attacking soldiers"), not the
// source's own code ("the junta detained ministers of the ousted
// government"). Expulsions (161), shows of force (15) and deployments
// keep their own officials and forces out of the target: "expelled
// diplomats", "scrambled jets"; so do deportations (174: "Russia deported
// three diplomats" is RUS 174 -, the diplomats most likely another
// state's). The source is the state itself, its government, police or
// courts, not its forces, and the sentence places the act at home or
// nowhere: troops detaining officials in occupied or foreign land hold
// the other side's people ("Israeli troops detained several officials in
// Jenin" ISRMIL 173 -, "Israel arrested dozens of officials in the West
// Bank" ISR 173 -).
func (c *Coder) policedOwn(st *sentence, h *verbHit, t actors.Mention) bool {
	switch r := cameo.Root(h.code); {
	case strings.HasPrefix(h.code, "174"):
		return false
	case r == "09", r == "17", h.code == "115", h.code == "116":
	default:
		return false
	}
	from := objectSlotStart(h, t)
	if h.passive || h.p.Noun || len(h.source) == 0 || t.Code == h.source[0].Code || t.Person || t.Start < from || t.End > len(st.toks) {
		return false
	}
	src := h.source[0]
	if len(src.Sectors) > 0 && !hasSector(src, "GOV", "COP", "JUD") || hasSector(src, "MIL") {
		return false
	}
	if p := c.clauseCountry(st, h.head); p != "" && p != src.Country {
		return false
	}
	toks := st.toks
	for k := from; k < t.Start; k++ {
		w := toks[k]
		switch {
		case w.Tag == "DT" || w.Tag == "CD" || quantityWord(w.Lower) || quantityOf(toks, k):
		case k+1 < len(toks) && quantityOf(toks, k+1):
		case conductOf(toks, k) || k+1 < len(toks) && conductOf(toks, k+1): // "investigating the conduct of soldiers"
		default:
			return false
		}
	}
	last := toks[t.End-1]
	return last.Tag == "NNS" || last.Tag == "NN"
}

// objectSlotStart returns where h's direct object begins: one past the
// pattern's last word, or, when the pattern's words go on past its object
// and t sits among them, the word after the verb. A pattern may name a
// complement that follows the object ("{charge,indict} with {murder,…}",
// "{place,put} under {arrest,house}" in data/verbs.txt): "charged a police
// officer on Sunday with attempted murder" has its object, the officer,
// between the verb and "with", as "charged a police officer" has it after
// the verb (gold dev49 W49024: CHLJUD 173 CHLCOP).
func objectSlotStart(h *verbHit, t actors.Mention) int {
	if t.Start > h.head && t.Start < h.end {
		return h.head + 1
	}
	return h.end
}

// forceOnOwnGovernment reports soldiers using force on their own state's
// government, which coreference named by its seat or office ("the
// presidential palace", "the government"): a coup or mutiny, whose target
// is the government (gold sets: "Niger's soldiers stormed the presidential
// palace … and detained President Tandja" NERMIL 173 NERGOV, "Bolivian
// troops stormed the doors of the presidential palace" BOLMIL 190 BOLGOV).
// The acts are arrests, seizures and bans (root 17), assaults (18) and
// fighting (19) other than taking ground (192: "the army retook the
// presidential palace in Khartoum" took it from someone else); t is of
// the government sector (GOV) alone, named by its seat, the government,
// its ministers or its leader ([seized rulers] in data/words.txt: "the
// presidential guard detained the interim president", not "officials":
// "Israeli troops detained several officials in Jenin" holds the other
// side's people), the source of the military (MIL) alone, and not a
// person.
func forceOnOwnGovernment(v *vocab, toks []dyad.Token, h *verbHit, t actors.Mention) bool {
	if len(h.source) == 0 || t.Person || len(t.Sectors) != 1 || !hasSector(t, "GOV") || t.End < 1 || t.End > len(toks) {
		return false
	}
	if !v.seizedRulers[toks[t.End-1].Lower] {
		return false
	}
	if s := h.source[0]; len(s.Sectors) != 1 || !hasSector(s, "MIL") {
		return false
	}
	switch cameo.Root(h.code) {
	case "17", "18":
		return true
	case "19":
		return h.code != "192"
	}
	return false
}

// forceAddressesOwnGovernment reports a state's military appealing to,
// demanding of, criticising, rejecting or threatening its own government
// (roots 02 and 10 to 13), which coreference named by its office ("Fiji's military commander
// demanded that the government withdraw the bill" FJIMIL 1042 FJIGOV,
// "Thailand's army chief criticised the prime minister" THAMIL 111
// THAGOV): the army is a party apart from the government it addresses,
// as in a coup (forceOnOwnGovernment). t is of the government sector
// alone, named by [seized rulers] of data/words.txt, not a pronoun's
// guessed referent; the source is of the military (MIL) alone.
func forceAddressesOwnGovernment(v *vocab, toks []dyad.Token, h *verbHit, t actors.Mention) bool {
	if len(h.source) == 0 || t.Person || len(t.Sectors) != 1 || !hasSector(t, "GOV") || t.End < 1 || t.End > len(toks) ||
		strings.HasPrefix(toks[t.Start].Tag, "PRP") || !v.seizedRulers[toks[t.End-1].Lower] {
		return false
	}
	if s := h.source[0]; len(s.Sectors) != 1 || !hasSector(s, "MIL") {
		return false
	}
	switch cameo.Root(h.code) {
	case "02", "10", "11", "12", "13":
		return true
	}
	return false
}

// ownForceAccused reports a government's official blaming or rejecting
// its own state's troops or police (roots 11 and 12): the force is the
// target, a party apart from the government ("The governor of Kenya's
// Turkana county accused federal troops of abandoning the villages"
// KENGOV 112 KENMIL, "the interior minister criticised the police"
// KENGOV 111 KENCOP), as the gold sets code an official's charge against
// its own security forces.
func ownForceAccused(toks []dyad.Token, h *verbHit, t actors.Mention) bool {
	if len(h.source) == 0 || !hasSector(h.source[0], "GOV") || len(t.Sectors) != 1 || !hasSector(t, "MIL", "COP") ||
		t.Start >= len(toks) || strings.HasPrefix(toks[t.Start].Tag, "PRP") {
		return false // (a pronoun's guessed referent is not enough: "accused them")
	}
	// the force is the verb's own object, not a noun further on ("accused
	// the blogger of spreading lies about the army"): no preposition and
	// no other noun between the verb and the force
	for i := h.head + 1; i < t.Start; i++ {
		if toks[i].Tag == "IN" || strings.HasPrefix(toks[i].Tag, "NN") {
			return false
		}
	}
	switch cameo.Root(h.code) {
	case "11", "12":
		return true
	}
	return false
}
