package events

import "github.com/dyad-events/dyad"

// An event word read as a noun of a compound or a fixed phrase names a
// kind of thing or person, no act: "North Korea sanctions negotiations",
// "a new UN Security Council sanctions resolution", "the only
// negotiating partner for Israel", "power brokers in Iraq", "supply and
// demand". The act words the compounds are built on are coded where a
// verb or an act noun with its actor tells them ("imposed sanctions",
// "began negotiations", "brokered a truce", "demanded a pay rise").

// nounSense reports an event word at i that is a noun of a compound or
// a fixed phrase: an event noun (tagged a noun, or "sanctions", which the
// tagger may read as a verb) before a noun of compoundHeads ("sanctions
// negotiations", "sanctions resolution"; also when the tagger read it as
// a verb but a finite verb follows the head noun: "a Tunis appeals court
// upheld the sentences"), a participle of
// adjectivalGerunds before one of gerundHeads ("negotiating partner"),
// "power brokers" and "peace broker", "demand" joined to "supply"
// ("supply and demand", "demand and supply"), and "riot" before a noun of
// riotHeads, whatever its tag ("and riot police dispersed them", where the
// tagger may read a verb: the police's kind, no riot).
func (v *vocab) nounSense(toks []dyad.Token, i int) bool {
	w := toks[i].Lower
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1].Lower
	}
	switch {
	case v.compoundHeads[next] && (toks[i].Tag == "NN" || toks[i].Tag == "NNS" || w == "sanctions"):
		return true // (a verb before its object stays: "Israel halts negotiations")
	case v.compoundHeads[next] && i+2 < len(toks) && (finite(toks[i+2].Tag) || toks[i+2].Tag == "MD") && !isAux(toks[i+2]):
		return true // the compound then the clause's verb, whatever the tagger made of the first word: "a Tunis appeals court upheld"
	case toks[i].Tag == "VBG" && v.adjectivalGerunds[w] && v.gerundHeads[next]:
		return true
	case (w == "brokers" || w == "broker") && i > 0 && v.brokerKinds[toks[i-1].Lower]:
		return true
	case w == "riot" && v.riotHeads[next]:
		return true
	case w == "demand" || w == "demands":
		return i >= 2 && toks[i-1].Lower == "and" && toks[i-2].Lower == "supply" ||
			i+2 < len(toks) && toks[i+1].Lower == "and" && toks[i+2].Lower == "supply"
	}
	return false
}
