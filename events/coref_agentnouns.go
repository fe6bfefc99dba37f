package events

// Agent nouns resolve reads by their head word: lenders, leaders' titles,
// local government, weapons, war machines, insurgents, peacekeepers and
// launched munitions.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// creditor reports the head noun of unnamed lenders: "banks", "the
// bank", "bankers", "creditors", "lenders".
func creditor(w string) bool {
	switch w {
	case "bank", "banks", "banker", "bankers", "creditor", "creditors", "lender", "lenders":
		return true
	}
	return false
}

// leaderTitle reports "the president", "the prime minister" and other
// titles of one leader, which mean the leader named last.
func leaderTitle(text string) bool {
	switch strings.ToLower(text) {
	case "the president", "the prime minister", "the premier", "the chancellor", "the king", "the queen", "the emir",
		"the supreme leader", "the crown prince", "the foreign minister", "the defence minister", "the defense minister":
		return true
	}
	return false
}

// local reports an agent of local government ("the regional governor",
// "the mayor", "local officials"): it belongs where the sentence is set.
func local(toks []dyad.Token, m actors.Mention) bool {
	switch toks[m.End-1].Lower {
	case "governor", "governors", "mayor", "mayors":
		return true
	}
	for k := m.Start; k < m.End; k++ {
		switch toks[k].Lower {
		case "regional", "local", "provincial", "municipal", "city":
			return true
		}
	}
	return false
}

// weaponObject reports an unresolved military agent that names weapons
// right after a verb or a number: "had launched drones", "pledged
// artillery", "fired 200 missiles". It is what an actor uses, not one.
func weaponObject(toks []dyad.Token, m actors.Mention) bool {
	switch strings.TrimSuffix(toks[m.End-1].Lower, "s") {
	case "drone", "jet", "artillery", "tank", "helicopter", "warplane", "bomber", "gunship", "warship", "destroyer",
		"frigate", "submarine", "aircraft", "missile", "rocket", "vessel", "defence", "defense", "bomb":
	default:
		return false
	}
	if m.Start == 0 {
		return false
	}
	// walk back over numbers, lists and modifiers to the verb: "launched
	// 200 drones", "launched 120 missiles and 90 drones"
	counted := false
	for k, n := m.Start-1, 0; k >= 0 && n < 7; k, n = k-1, n+1 {
		t := toks[k]
		switch t.Lower {
		case "more", "new", "additional", "extra", "modern", "advanced", "of":
			return true // "appealed for more air defence", "a fleet of drones"
		}
		// the weapons launched, fired or handed over; a force scrambled
		// or deployed is the actor ("Poland scrambled fighter jets")
		switch t.Lemma {
		case "launch", "fire", "pledge", "supply", "send", "deliver", "provide", "give", "sell", "buy", "promise",
			"ship", "transfer", "donate", "receive", "acquire", "produce", "build", "use", "export", "import", "shoot":
			return true
		}
		switch t.Lower {
		case "launched", "fired", "pledged", "supplied", "delivered", "provided", "sold", "bought", "promised",
			"shipped", "transferred", "donated", "received", "acquired", "produced", "used", "exported", "imported",
			"test-fired", "test-launched", "tested":
			return true // forms the lexicon may not know
		}
		if t.Tag == "CD" || t.Tag == "CC" || t.Text == "," || t.Tag == "NNS" || t.Tag == "NN" || t.Tag == "JJ" {
			counted = counted || t.Tag == "CD"
			continue
		}
		// "it detected 40 aircraft": counted weapons after any verb
		return counted && strings.HasPrefix(t.Tag, "VB") && !isAuxWord(t.Lower)
	}
	return false
}

// warMachine reports the plural nouns of a force's vehicles, which mean
// the forces named before ("tanks and helicopters fought"), unlike
// commanders or fighters, who may be anybody's.
func warMachine(w string) bool {
	switch w {
	case "tanks", "helicopters", "gunships", "warplanes", "jets", "bombers", "warships", "bulldozers", "armoured", "armored", "vehicles":
		return true
	}
	return false
}

// insurgentIn reports a non-state armed group among ms (rebels,
// militants, gunmen or a transnational jihadist group), not as a
// modifier or place.
func insurgentIn(ms []actors.Mention) bool {
	for _, m := range ms {
		if !m.Modifier && !m.Place && (hasSector(m, "REB", "UAF") || strings.HasPrefix(m.Code, "IMG")) {
			return true
		}
	}
	return false
}

// peacekeeperNoun reports a noun for a peace mission's troops.
func peacekeeperNoun(w string) bool {
	switch w {
	case "peacekeeper", "peacekeepers", "blue helmets":
		return true
	}
	return false
}

// launchedWeapon reports a munition noun ("missiles", "rockets", "glide
// bombs") that is an actor only with its state named beside it.
func launchedWeapon(w string) bool {
	switch w {
	case "missiles", "rockets", "bombs":
		return true
	}
	return false
}
