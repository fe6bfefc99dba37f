package events_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestOpeningParticiple reads a past participle that opens the sentence
// before a common noun ("Armed separatists", "Heavily armed gunmen") as
// the noun's modifier, never a verb of its own (no arming, 072,
// candidate); the verb after the noun is the act. A participle opening a
// participial clause ("Armed with rifles, …") is left as it was.
func TestOpeningParticiple(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Armed separatists killed three soldiers in Cameroon's Northwest region on Thursday.",
			[]string{"CMRREB 190 CMRMIL asserted"}},
		{"Heavily armed militants stormed a police station in Balochistan on Thursday.",
			[]string{"PAKREB 190 PAKCOP asserted"}},
		// near miss: a participial clause, then the subject and its verb
		{"Armed with rifles, militants stormed a police station in Balochistan on Thursday.",
			[]string{"PAKREB 190 PAKCOP asserted"}},
	}, false)
	for _, text := range []string{
		"Armed separatists killed three soldiers in Cameroon's Northwest region on Thursday.",
		"Heavily armed militants stormed a police station in Balochistan on Thursday.",
	} {
		_, drops := c.Explain(&dyad.Article{ID: "t", Published: "2024-07-13", Body: []string{text}})
		for _, d := range drops {
			if strings.EqualFold(d.Verb, "armed") {
				t.Errorf("%s: %q is still a verb candidate (%s, %s)", text, d.Verb, d.CAMEO, d.Reason)
			}
		}
	}
	// near miss: a name before it ("Italy", ending in -ly like an adverb)
	// leaves "armed" a verb candidate, set aside by the arming rules
	text := "Italy armed Kurdish fighters in Iraq on Thursday."
	_, drops := c.Explain(&dyad.Article{ID: "t", Published: "2024-07-13", Body: []string{text}})
	if len(drops) != 1 || drops[0].Verb != "armed" {
		t.Errorf("%s: drops %+v, want the verb \"armed\" set aside", text, drops)
	}
}
