package events_test

import "testing"

// shuttleCases: a go-between shuttling or carrying messages between the
// delegations of talks mediates with each party (045 each), and the
// parties, who do not meet, hold no talks with each other (gold README,
// "Conventions fixed here"; events/targets_shuttle.go). Talks with no
// go-between, a mediation of talks, and a mediator "acting as mediator"
// keep the parties' 046. The exact events each sentence gives.
var shuttleCases = []familyCase{
	{"shuttle", "Iran and the United States held indirect talks in Oman on Saturday, with Omani Foreign Minister Badr Albusaidi carrying messages between the two delegations.",
		[]string{"OMNGOV 045 IRN asserted", "OMNGOV 045 USA asserted"}},
	{"shuttle", "Indirect talks between Iran and the United States on reviving the nuclear deal began in Vienna on Tuesday, with EU officials shuttling between the delegations.",
		[]string{"IGOEUREEC 045 IRN asserted", "IGOEUREEC 045 USA asserted"}},
	{"shuttle", "Israel and Hamas held indirect talks in Cairo on Monday, with Egyptian mediators shuttling between the two delegations.",
		[]string{"EGYGOV 045 ISR asserted", "EGYGOV 045 PSEREB asserted"}},
	{"shuttle", "Russia and Ukraine held indirect talks in Istanbul on Friday, with Turkish officials passing messages between the two sides.",
		[]string{"TURGOV 045 RUS asserted", "TURGOV 045 UKR asserted"}},
	// near misses: talks with no go-between, mediated talks, a mediator
	{"talks", "Armenia and Azerbaijan held talks in Moscow on Friday.",
		[]string{"ARM 046 AZE asserted", "AZE 046 ARM asserted"}},
	{"talks", "Russia mediated talks between Armenia and Azerbaijan in Moscow on Friday.",
		[]string{"RUS 045 ARM asserted", "RUS 045 AZE asserted", "ARM 046 AZE asserted", "AZE 046 ARM asserted"}},
	{"talks", "Sudan's army and the RSF resumed talks in Jeddah on Monday, with Saudi Arabia acting as mediator.",
		[]string{"SDNMIL 046 SDNREB asserted", "SDNREB 046 SDNMIL asserted", "SAU 045 SDNMIL asserted", "SAU 045 SDNREB asserted"}},
}

// TestShuttleMediation codes each case of shuttleCases as a one-sentence
// article published on 2024-03-14 and compares its events exactly.
func TestShuttleMediation(t *testing.T) { checkFamilies(t, "", shuttleCases, false) }
