package events_test

import "testing"

// TestRepressedDemand codes a civil crowd that a state force acts on,
// with its demand in a participle or a "who were …ing" clause after it
// (repressed_demand.go), as the crowd's protest aimed at its government,
// beside the force's act. A crowd no force acts on keeps its demand as it
// was, and a finite demand stays a demand. The force must be a state's (a
// gang's or rebels' shooting makes no protest), a crowd asking for the
// [basic needs] keeps its plea, and a crowd a foreign state's force acts
// on protests against that state.
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
		// no state force: a gang or rebels acting on the crowd
		{"Gang members fired on hundreds of residents demanding the return of their homes in Port-au-Prince.",
			[]string{"HTICRM 190 HTICVL asserted", "HTICVL 1053 - asserted"}},
		{"Rebels fired on hundreds of villagers demanding the return of their cattle in North Kivu.",
			[]string{"CODREB 190 CODCVL asserted", "CODCVL 1053 - asserted"}},
		// basic needs: a plea, no protest against the government
		{"Zimbabwean police beat dozens of villagers demanding clean water near Masvingo.",
			[]string{"ZWECOP 175 ZWECVL asserted", "ZWECVL 100 - asserted"}},
		{"Nigerian soldiers fired on hundreds of displaced people calling for food in Maiduguri.",
			[]string{"NGAMIL 190 NGAREF asserted", "NGAREF 0233 - asserted"}},
		// a foreign state's force: the protest is against that state
		{"Israeli troops fired rubber bullets at dozens of Palestinian villagers demanding the return of their farmland near Nablus.",
			[]string{"ISRMIL 175 PSECVL asserted", "PSECVL 141 ISR asserted"}},
		// the crowd's government given by the demand's own rule: replaced
		{"Israeli soldiers fired rubber bullets at dozens of Palestinian students demanding the reopening of their school near Hebron.",
			[]string{"ISRMIL 175 PSEEDU asserted", "PSEEDU 1412 ISR asserted"}},
		{"Chinese border guards detained dozens of Vietnamese fishermen demanding the return of their boats.",
			[]string{"CHNMIL 173 VNMCVL asserted", "VNMCVL 141 CHN asserted"}},
		{"Israeli soldiers arrested dozens of Palestinian students who were demanding an end to the closure of their university.",
			[]string{"ISRMIL 173 PSEEDU asserted", "PSEEDU 1412 ISR asserted"}},
	}, false)
}
