package events

// Voters as the source: what an electorate does ("voters rejected his
// appeals and restored control of the Senate to the Democrats", "voters
// in Kenya rejected the ruling party in Tuesday's election", "Greek
// voters rejected the bailout in a referendum") is the outcome of a vote,
// no act of one party toward another: nothing is coded. Voters as the
// target stay ("threatened to attack polling stations and voters").

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// votersAct reports an event whose source's words name an electorate
// ([electorate nouns]: "voters", "Voters in Kenya", "the electorate").
func (v *vocab) votersAct(ev dyad.Event) bool {
	if ev.Source == nil {
		return false
	}
	for w := range strings.FieldsSeq(strings.ToLower(ev.Source.Text)) {
		if v.electorate[strings.Trim(w, ".,'’\"")] {
			return true
		}
	}
	return false
}
