package events

import "github.com/dyad-events/dyad"

// Prevention is no deed of the agent. An act that a verb of preventing
// keeps from happening is not done: the gerund after "prevent/stop/keep/
// bar X from" (hits.go prevented, status_screen.go preventedFar) is
// negated, and so is its passive form, where the act's agent comes after
// "by":
//
//	"to stop the villagers from being massacred by Sudan"             SDN 202 … negated
//	"worked to keep the refugees from being deported by Turkey"        TUR 174 … negated
//
// Saving, rescuing, sparing or shielding someone from an act prevents it
// just as well (savedFrom): "saved the hostages from being executed by
// Hamas" gives no 1823 asserted, "shielded the journalists from being
// arrested by police" no 173.
//
// An event noun after a phrasal verb of warding off ("head off", "ward
// off", "stave off", "fend off") is, like one after "avert", "deter" or
// "prevent" (scope.go preparedNominal), no event at all: "the deal was
// meant to head off Israeli strikes on Lebanon" gives no 19x. (A force
// that "fended off an attack" repelled a real one, so "fend off" counts
// only before an infinitive's "to": "moved to fend off an offensive".)

// savedFrom reports a form of a verb of rescue that keeps the act after
// its "from" from happening: save, rescue, spare, shield, protect.
func savedFrom(w string) bool {
	switch w {
	case "save", "saves", "saved", "saving", "rescue", "rescues", "rescued", "rescuing",
		"spare", "spares", "spared", "sparing", "shield", "shields", "shielded", "shielding",
		"protect", "protects", "protected", "protecting":
		return true
	}
	return false
}

// passiveGerund reports a past participle at i after "being" or
// "getting": "from being slaughtered", "from getting arrested".
func passiveGerund(toks []dyad.Token, i int) bool {
	if i < 1 || toks[i].Tag != "VBN" && toks[i].Tag != "VBD" {
		return false
	}
	switch toks[i-1].Lower {
	case "being", "getting":
		return true
	}
	return false
}

// warded reports a phrasal verb of warding off whose particle "off" is at
// j: "head off", "ward off", "stave off", and "fend off" after "to".
func warded(toks []dyad.Token, j int) bool {
	if toks[j].Lower != "off" || j < 1 {
		return false
	}
	switch toks[j-1].Lower {
	case "head", "heads", "headed", "heading", "ward", "wards", "warded", "warding", "stave", "staves", "staved", "staving":
		return true
	case "fend":
		return j >= 2 && toks[j-2].Lower == "to"
	}
	return false
}
