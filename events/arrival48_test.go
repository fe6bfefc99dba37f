package events_test

import "testing"

// TestForceArrival48: a police contingent sent abroad to lead a mission
// protects the host as troops do (074), and a force that arrives to join a
// foreign force or to protect the host's officials or institutions does too;
// police arriving "to help restore order" or in their own country, police
// leaving a place and a force arriving to protect its own kin stay uncoded
// (troops_abroad.go, forces_leave.go). Invented sentences.
func TestForceArrival48(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"A first contingent of 300 Kenyan police officers landed in Haiti on Monday to lead a multinational security mission.", []string{"KENCOP 074 HTI asserted"}},
		{"Rwandan police officers arrived in the Central African Republic on Friday to help the government restore order.", nil},
		{"Kenyan police officers arrived in Nakuru on Friday to lead an operation against cattle rustlers.", nil},
		{"Ethiopian troops arrived in Somalia on Sunday to protect government officials in Mogadishu.", []string{"ETHMIL 074 SOM asserted"}},
		{"Ugandan peacekeepers landed in Mogadishu on Tuesday to join African Union troops.", []string{"UGAMIL 074 SOM asserted"}},
		{"Kenyan police officers left Haiti on Tuesday.", nil},
		{"Russian troops arrived in Crimea on Friday to protect Russian speakers.", nil},
	}, false)
}
