package events_test

import "testing"

// TestGrievanceAgent: a protest over a nominal act with its by-agent is
// against that agent (soldiers MIL, an armed group), as "by police" was;
// a by-agent in a time phrase and one of the protest itself are no
// grievance.
func TestGrievanceAgent(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Shopkeepers in Quetta went on strike on Monday in protest at the killing of a student leader by soldiers.", []string{"PAKBUS 143 PAKMIL asserted"}},
		{"Students marched in Dhaka on Monday in protest at the killing of a classmate by police.", []string{"BGDEDU 141 BGDCOP asserted"}},
		// near misses: a time phrase; the rally's own organiser
		{"Thousands of Zambians marched in Lusaka on Tuesday to demand that the election chief resign after the annulment of the vote by the supreme court.", []string{"ZMBCVL 1414 ZMBGOV asserted"}},
		{"Thousands of students marched in Dhaka on Monday in a rally organised by opposition parties.", []string{"BGDEDU 141 - asserted"}},
		// near miss: the object's own participle takes the by-agent
		{"Villagers in Myanmar's Kachin State marched to the district office in Myitkyina on Monday to demand the return of farmland seized by the army.", []string{"MMRCVL 141 MMRGOV asserted"}},
	}, false)
}
