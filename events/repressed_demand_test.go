package events_test

import "testing"

// TestRepressedDemand codes a civil crowd that a state force acts on,
// with its demand in a participle or a "who were …ing" clause after it
// (repressed_demand.go), as the crowd's protest aimed at its government,
// beside the force's act. A crowd no force acts on keeps its demand as it
// was, and a finite demand stays a demand.
func TestRepressedDemand(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenyan police fired tear gas at hundreds of nurses demanding higher wages in Nairobi.",
			[]string{"KENCOP 175 KENHLH asserted", "KENHLH 1412 KENGOV asserted"}},
		{"Riot police in Conakry used water cannon against thousands of people calling for the junta to step down.",
			[]string{"GINCOP 175 GINCVL asserted", "GINCVL 1411 GINGOV asserted"}},
		{"Police in Lusaka dispersed a rally of opposition supporters on Friday who were demanding early elections.",
			[]string{"ZMBCOP 175 ZMBOPP asserted", "ZMBOPP 1414 ZMBGOV asserted"}},
		{"Bolivian police arrested dozens of miners who were demanding a new mining law.",
			[]string{"BOLCOP 173 BOLLAB asserted", "BOLLAB 1412 BOLGOV asserted"}},
		// near misses: no force acts on the crowd; a finite demand
		{"Hundreds of Zambian miners demanding a new mining law gathered in Lusaka on Friday.",
			[]string{"ZMBLAB 100 - asserted"}},
		{"Zambian miners demanded a new mining law on Friday.",
			[]string{"ZMBLAB 100 - asserted"}},
	}, false)
}
