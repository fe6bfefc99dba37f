package events

// General fixes found on the development gold set: place phrases inside a
// subject noun phrase, a ship's flag named in an attack, attacks that name
// their weapons but no target, the toll of an attack told by a participle,
// reduced relatives after a predicate noun, fights alongside an ally,
// country adjectives naming a place, the sea off a country, hosting
// another state's bases and foreigners joining an armed group's fight.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// subjectPP reports whether the non-actor noun phrase ending before b+1
// (its first token after b) is a place phrase inside a longer subject:
// "Palestinian prisoners [in Israeli jails] launched …", "Kenyan
// fishermen [in coastal villages] blocked …". It returns the index of
// the preposition, or -1. The preposition must follow a noun or an actor,
// so that the head noun phrase before it can be the subject.
func subjectPP(st *sentence, b int) int {
	toks := st.toks
	q := b
	for q >= 0 {
		if m := st.at[q]; m >= 0 {
			if !st.ments[m].Modifier {
				return -1
			}
			q--
			continue
		}
		if npTag(toks[q].Tag) {
			q--
			continue
		}
		break
	}
	if q < 1 || q == b && st.at[b] < 0 && toks[b].Tag != "IN" {
		return -1
	}
	switch toks[q].Lower {
	case "in", "at", "inside", "near", "across", "outside":
		// not "from": "bombers from the National Thowheeth Jama'ath" names
		// the group they act for
	default:
		return -1
	}
	p := toks[q-1]
	if st.at[q-1] < 0 && !(p.Tag == "NN" || p.Tag == "NNS" || p.Tag == "NNP") || st.isDate[q-1] {
		return -1
	}
	// the head noun phrase must open its clause: "freed 90 Palestinian
	// prisoners from the Ofer jail" is an object, whatever the tagger
	// makes of "jail"
	h := q - 1
	for h >= 0 && !st.isDate[h] && (st.at[h] >= 0 || npTag(toks[h].Tag)) {
		h--
	}
	if h >= 0 && toks[h].Text != "," && !subjectStop(toks[h]) && !st.isDate[h] && !(subordinator(toks[h].Lower) || toks[h].Lower == "as") {
		// (a subordinate clause's subject opens it: "as protesters angry at budget cuts blocked roads")
		return -1
	}
	return q
}

// npTag reports the part-of-speech tags of words inside a noun phrase.
func npTag(tag string) bool {
	switch tag {
	case "DT", "JJ", "CD", "PRP$", "NN", "NNS", "NNP", "NNPS", "POS":
		return true
	}
	return false
}

// armedAttack reports an unspecified attack (190) that its clause turned
// into a strike by naming the weapons ("attacked a tanker with drones and
// missiles" 195, "with artillery" 194): a physical attack, which needs no
// named target to be an event, unlike a bare "attacked" ("attacked the
// decision").
func armedAttack(st *sentence, h *verbHit) bool {
	return h.p.Code == "190" && (h.code == "195" || h.code == "194") && attackWith(st, h) == h.code
}

// flagModifier reports a one-word modifier naming a ship's flag or
// registry ("Liberian-flagged", "Malta-registered"). The flag state is a
// party to a seizure or a detention (it negotiates the release: "Iran
// seized a British-flagged tanker" IRN 171 GBR) but not to a strike on the
// ship, whose flag is often one of convenience ("Houthi rebels attacked a
// Liberian-flagged carrier with missiles" YEMREB 195, no target). An
// owner is hit by a strike and stays a target ("attacked a Greek-owned
// tanker" 190 GRC).
func flagModifier(w string) bool {
	return strings.HasSuffix(w, "-flagged") || strings.HasSuffix(w, "-registered")
}

// consequence reports a participle clause that tells the toll of an
// attack coded before it in the sentence ("Russian forces shelled the
// centre of Kherson, killing two people", "police fired tear gas at
// protesters, killing five"): the deaths are the attack's outcome, not a
// second event (as the gold sets code "…, killing at least 29 people").
// attack is the head token of the sentence's last hit that yielded an
// event with a harm code (see harm), or -1.
func consequence(st *sentence, h *verbHit, attack int) bool {
	toks := st.toks
	if attack < 0 || attack >= h.head || toks[h.head].Tag != "VBG" || toks[h.head-1].Text != "," {
		return false
	}
	switch toks[h.head].Lemma {
	case "kill", "wound", "injure", "maim":
		return true
	}
	return false
}

// killedByAttack reports a passive kill whose agent is an attack coded
// from its noun ("two journalists were killed by an Israeli air strike"):
// the deaths are the strike's toll, one event, as in the active "an
// Israeli air strike killed two journalists".
func killedByAttack(st *sentence, h *verbHit) bool {
	toks := st.toks
	if !h.passive || h.end >= len(toks) || toks[h.end].Lower != "by" {
		return false
	}
	switch toks[h.head].Lemma {
	case "kill", "wound", "injure", "maim":
	default:
		return false
	}
	for _, g := range st.hits {
		if g.head > h.end && g.head <= h.end+5 && nounLike(st, &g) && harm(g.p.Code) {
			return true
		}
	}
	return false
}

// harm reports a CAMEO code of physical harm whose toll a participle may
// tell: coercion, assault, fighting, mass violence (roots 17–20) and a
// violent protest (145).
func harm(code string) bool {
	switch cameo.Root(code) {
	case "17", "18", "19", "20":
		return true
	}
	return code == "145"
}

// predicateNoun reports a determiner ("the", "a", "one of eight") opening
// the noun phrase between a form of "be" ("is", "has been") at k and a
// past form at i: the phrase is the predicate, and the past form after it
// a reduced relative ("Holmes is believed to be the sixth British citizen
// killed in Syria": the citizen was killed, and did not kill).
func predicateNoun(toks []dyad.Token, k, i int) bool {
	for j := k + 1; j < i; j++ {
		switch toks[j].Lower {
		case "the", "a", "an", "among", "one":
			return true
		}
	}
	return false
}

// alongside reports a fight verb whose object is an ally: "killed
// fighting alongside Kurdish forces", "have fought alongside each other".
// The phrase tells allegiance, not an attack on anyone, and yields no
// event (a fight against a named enemy is coded from the enemy's phrase:
// "fought alongside the YPG against Islamic State" is left to that).
func alongside(st *sentence, h *verbHit) bool {
	if cameo.Root(h.code) != "19" || h.end >= len(st.toks) {
		return false
	}
	k := h.end
	if st.toks[k].Tag == "RB" && st.toks[k].Lower != "alongside" && k+1 < len(st.toks) {
		k++ // "fought bravely alongside"
	}
	if st.toks[k].Lower != "alongside" {
		return false
	}
	for j := k + 1; j < len(st.toks) && j <= k+12; j++ {
		if st.toks[j].Lower == "against" {
			return false
		}
		if isHardBreak(st.toks[j]) {
			break
		}
	}
	return true
}

// gerundAfterVictim reports a past form of a harming verb followed by a
// gerund: "the first British woman killed fighting alongside Kurdish
// forces", "two soldiers wounded defending the town". The noun before
// was harmed while doing it; a killer's object would come first
// ("killed fighters", not "killed fighting").
func gerundAfterVictim(toks []dyad.Token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].Tag != "VBG" {
		return false
	}
	switch toks[i].Lower {
	case "killed", "wounded", "injured", "captured", "detained", "arrested", "caught", "shot", "hurt":
		return true
	}
	return false
}

// adjectivePlace reports a country adjective heading a place noun after a
// place preposition: "condemned the use of chemical weapons in the Syrian
// town of Douma", "met near the Turkish border". Like a country after
// "in", it names where the act happened, not a party to it. p is the token
// before the mention's phrase (past "the" and other modifiers). A show
// of force near a border is aimed at its country ("massed troops near
// the Ukrainian border"), as near a country's name.
func adjectivePlace(st *sentence, m, p int, show bool) bool {
	mt := st.ments[m]
	if mt.Kind != actors.KindAdjective || p < 0 || mt.End >= len(st.toks) {
		return false
	}
	switch st.toks[p].Lower {
	case "in", "inside", "outside", "at":
	case "near":
		if show {
			return false
		}
	default:
		return false
	}
	for j := mt.End; j < len(st.toks) && j <= mt.End+2; j++ {
		switch st.toks[j].Lower {
		case "town", "city", "village", "province", "region", "border", "enclave", "capital", "port",
			"island", "district", "territory", "countryside", "coast", "desert", "mountains", "state":
			return true
		}
		if st.toks[j].Tag != "JJ" && st.toks[j].Tag != "NN" {
			return false
		}
	}
	return false
}

// offCoast reports a country named as the sea area off it: "seized an
// oil tanker off the coast of Venezuela", "off Yemen", "off the Libyan
// coast". The act happened at sea near the country, which is no party
// (the caller leaves a show of force off a coast aimed at its country).
func offCoast(st *sentence, m int) bool {
	toks := st.toks
	mt := st.ments[m]
	switch mt.Kind {
	case actors.KindCountry, actors.KindCapital, actors.KindAdjective:
	default:
		return false
	}
	k := mt.Start - 1
	if k >= 0 && toks[k].Lower == "the" {
		k--
	}
	if k >= 1 && toks[k].Lower == "of" {
		switch toks[k-1].Lower {
		case "coast", "coasts", "shore", "shores", "coastline":
			k -= 2
			if k >= 0 && toks[k].Lower == "the" {
				k--
			}
		}
	}
	if k >= 0 && toks[k].Lower == "off" && !(k >= 1 && strings.HasPrefix(toks[k-1].Tag, "VB")) { // not a particle: "tipped off Berlin"
		return mt.Kind != actors.KindAdjective || mt.End < len(toks) && (toks[mt.End].Lower == "coast" || toks[mt.End].Lower == "coastline")
	}
	return false
}

// hostedThing reports "host" whose object is a thing an actor owns, not
// its people: "Cyprus has hosted the United Kingdom's sovereign base
// areas since 1960", "hosts Russia's naval base". That is no visit (a
// visit needs a visitor: "hosted Russia's foreign minister" is one).
func hostedThing(st *sentence, h *verbHit) bool {
	if h.code != "043" || st.toks[h.head].Lemma != "host" || len(h.target) == 0 {
		return false
	}
	t := h.target[0]
	if t.End+1 >= len(st.toks) || !isPossTok(st.toks[t.End]) {
		return false
	}
	for j := t.End + 1; j < len(st.toks) && j <= t.End+4; j++ {
		w := st.toks[j]
		if st.at[j] >= 0 || bodyNoun(w.Lower) || peopleNoun(w.Lower) || startsUpperASCII(w.Text) {
			return false // "Russia's foreign minister", "Iran's Rouhani"
		}
		if w.Tag == "NN" || w.Tag == "NNS" {
			switch w.Lower {
			case "base", "bases", "areas", "area", "troops", "forces", "warships", "jets", "missiles", "weapons", "embassy", "consulate", "headquarters", "facilities", "facility":
				return true
			}
		}
	}
	return false
}

// joinsFight reports foreign civilians "fighting with" an armed group:
// "British nationals fighting with Islamic State in Syria", "Australians
// who fought with the YPG". They joined the group, and did not fight it;
// "Afghan police fought with Taliban attackers" (no civilians) and
// "villagers fought with militants" (their own country's) stay fights.
func joinsFight(st *sentence, h *verbHit) bool {
	if cameo.Root(h.code) != "19" || st.toks[h.head].Lemma != "fight" || len(h.source) == 0 || len(h.target) == 0 {
		return false
	}
	if k := h.target[0].Start - 1; k < 0 || st.toks[k].Lower != "with" && !(st.toks[k].Lower == "the" && k > 0 && st.toks[k-1].Lower == "with") {
		return false
	}
	s, t := h.source[0], h.target[0]
	armed := hasSector(t, "REB") || strings.HasPrefix(t.Code, "IMG")
	return hasSector(s, "CVL", "REF") && armed && s.Country != t.Country
}
