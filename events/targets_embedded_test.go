package events_test

import "testing"

// TestEmbeddedPeopleTargets codes a comment or appeal about a thing whose
// noun phrase names ordinary people after "of", "between" or "on" with
// no target; people the comment is addressed to stay its target.
func TestEmbeddedPeopleTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The Liberal Democrats called for a fair division of childcare between parents.", []string{"GBROPP 020 - asserted"}},
		{"UNICEF said it was deeply concerned about the plight of Afghan refugees.", []string{"IGOUNOCEF 012 - asserted"}},
		// addressed to the people, or whom a welcomed return happened to: they stay
		{"Jordan welcomed the return of Syrian refugees.", []string{"JOR 013 SYRREF asserted"}},
		{"British Prime Minister Keir Starmer urged people to stay calm.", []string{"GBRGOV 020 GBRCVL asserted"}},
	}, false)
}
