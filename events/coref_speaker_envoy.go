package events

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// A speaker whose title names where he is posted: "The U.N. envoy for
// Cyprus said on Tuesday he saw little chance of a deal", "Colombia's
// chief negotiator with the ELN said he was confident". The actor
// nearest the speech verb is the post ("Cyprus", "the ELN"), not the
// speaker; a "he" or "she" after the verb means the envoy, as it does
// when the title has no post ("The U.N. envoy said he saw": envoys.go
// reads the same title for a verb's subject). Gold dev51-wire W51024,
// dev56-wire W56017 IGOUNO 012, dev45-wire W45057 COLGOV 013 (coder69b).

// titledEnvoy returns the envoy whose title ends with the post m ("envoy
// for Cyprus", "ambassador to the United Nations", "negotiator with the
// ELN"): an actor of its own ending in an envoy noun (envoyNoun), then
// "for", "to" or "with" and an optional "the" right before m; nil when m
// is no such post.
func titledEnvoy(toks []dyad.Token, ms []actors.Mention, m *actors.Mention) *actors.Mention {
	p := m.Start - 1
	if p >= 0 && toks[p].Lower == "the" {
		p--
	}
	if p < 1 {
		return nil
	}
	switch toks[p].Lower {
	case "for", "to", "with":
	default:
		return nil
	}
	e := mentionAt(ms, p-1)
	if e == nil || e.End != p || e.Modifier || e.Place || !envoyNoun(toks[e.End-1].Lower) {
		return nil
	}
	return e
}
