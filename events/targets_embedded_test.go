package events_test

import "testing"

// TestEmbeddedPeopleTargets codes a comment or appeal about a thing whose
// noun phrase names ordinary people after "of", "between" or "on" with
// no target; people the comment is addressed to stay its target.
func TestEmbeddedPeopleTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The Conservatives have called for an equal split between parents on access.", []string{"GBROPP 020 - asserted"}},
		{"The UNHCR said it was very concerned about the fate of the children.", []string{"IGOUNOHCR 012 - asserted"}},
		{"The Tories called for a quota on economic migrants.", []string{"GBROPP 020 - asserted"}},
		// addressed to the people, or whom a welcomed return happened to: they stay
		{"Jordan welcomed the return of Syrian refugees.", []string{"JOR 013 SYRREF asserted"}},
		{"British Prime Minister Keir Starmer urged people to stay calm.", []string{"GBRGOV 020 GBRCVL asserted"}},
	}, false)
}
