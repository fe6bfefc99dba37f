package events_test

import "testing"

// TestAcceptedProposal codes a proposal or recommendation accepted as
// the acceptor's expressed accord with its maker (019; gold README,
// "Conventions fixed here": "Accepted a proposal/offer": 019), the maker
// named before the noun; a proposal with no maker named, one whose
// acceptance is refused, and an acceptance of a clause are no 019.
func TestAcceptedProposal(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kosovo's government accepted on Tuesday a European Union proposal for customs officers of both sides to share the two northern crossing points with Serbia.", []string{"KSVGOV 019 IGOEUREEC asserted"}},
		{"Haiti's electoral council accepted on Thursday an Organization of American States recommendation to drop the government-backed candidate from the presidential run-off.", []string{"HTIGOV 019 IGOLAMOAS asserted"}},
		{"Serbia accepted a NATO compromise on the border crossings on Friday.", []string{"SRB 019 IGOWSTNAT asserted"}},
		{"Iran accepted Turkey's proposal on Monday.", []string{"IRN 019 TUR asserted"}},
		// no maker named: no event
		{"Iran accepted the proposal on Monday.", nil},
		// a refusal stays the bare acceptance line's rejection (acceptance.go)
		{"Iran said it would not accept an EU proposal.", []string{"IRN 120 IGOEUREEC asserted"}},
		// a rejected proposal keeps its maker as the target
		{"Iran rejected an EU proposal on Monday.", []string{"IRN 127 IGOEUREEC asserted"}},
		// a clause accepted is no proposal
		{"Iran accepted that the proposal of Turkey was fair.", nil},
	}, false)
}
