package events

// A news agency or broadcaster that monitored a broadcast ("a report,
// monitored by the British Broadcasting Corporation, said …", "Tehran
// radio, monitored by Reuters in Nicosia, said …") passes the words on: it
// is neither an actor of what the report says nor the state of a bare
// party in it ("gave the warning in a speech to army commanders" is no
// British force).

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// monitoringAgency reports a mention m right after "monitored by" (a
// determiner between them or not).
func monitoringAgency(toks []dyad.Token, m actors.Mention) bool {
	k := m.Start - 1
	if k >= 0 && toks[k].Tag == "DT" {
		k--
	}
	return k >= 1 && toks[k].Lower == "by" && toks[k-1].Lower == "monitored"
}
