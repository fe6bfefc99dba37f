package events_test

import "testing"

// TestVisitPledges: aid pledged by a visitor right after the visit, with
// no recipient named, is pledged to the host (targets_visitpledge.go);
// a recipient named keeps its own, and the host's pledge is not the
// visitor's.
func TestVisitPledges(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Argentina's president visited Montevideo on Monday and pledged flood relief aid.",
			[]string{"ARGGOV 042 URY asserted", "URY 043 ARGGOV asserted", "ARGGOV 033 URY future"}},
		{"The Japanese prime minister made a visit to Manila and promised more aid.",
			[]string{"JPNGOV 042 PHL asserted", "PHL 043 JPNGOV asserted", "JPNGOV 033 PHL future"}},
		{"Ghana's foreign minister visited Lome on Friday and promised aid to Burkina Faso.",
			[]string{"GHAGOV 042 TGO asserted", "TGO 043 GHAGOV asserted", "GHAGOV 033 BFA future"}},
		{"The French foreign minister visited Beirut on Sunday and promised emergency aid for Gaza.",
			[]string{"FRAGOV 042 LBN asserted", "LBN 043 FRAGOV asserted", "FRAGOV 033 - future"}},
		{"Uruguay's president visited Buenos Aires on Tuesday, and Brazil announced new aid.",
			[]string{"URYGOV 042 ARG asserted", "ARG 043 URYGOV asserted"}},
	}, false)
}
