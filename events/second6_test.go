package events_test

import "testing"

// TestSecondEvents codes the second events of second6.go: the parties'
// own talks behind a mediation or hosting of talks between them, and an
// act of force an accusation alleges with no one named as its target.
// Each family has cases where nothing more is right.
func TestSecondEvents(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// mediated or hosted talks: the parties negotiate, both ways
		{"Egypt mediated indirect talks between Israel and Hamas in Cairo.", []string{
			"EGY 045 ISR asserted", "EGY 045 PSEREB asserted", "ISR 046 PSEREB asserted", "PSEREB 046 ISR asserted"}},
		{"Turkey hosted peace talks between Russia and Ukraine in Istanbul.", []string{
			"TUR 045 RUS asserted", "TUR 045 UKR asserted", "RUS 046 UKR asserted", "UKR 046 RUS asserted"}},
		{"Norway facilitated talks between the Colombian government and the ELN rebels in Oslo.", []string{
			"NOR 045 COLGOV asserted", "NOR 045 COLREB asserted", "COLGOV 046 COLREB asserted", "COLREB 046 COLGOV asserted"}},
		{"Oman brokered talks between Iran and the United States in Muscat.", []string{
			"OMN 045 IRN asserted", "OMN 045 USA asserted", "IRN 046 USA asserted", "USA 046 IRN asserted"}},
		// two mediators: the parties' talks once
		{"Qatar and Egypt mediated talks between Israel and Hamas on a ceasefire.", []string{
			"QAT 045 ISR asserted", "QAT 045 PSEREB asserted", "EGY 045 ISR asserted", "EGY 045 PSEREB asserted",
			"ISR 046 PSEREB asserted", "PSEREB 046 ISR asserted"}},
		// mediation with no talks named (shuttle diplomacy), a mediated deal: the 045s alone
		{"Qatar mediated between Moscow and Kyiv to secure the return of Ukrainian children.", []string{
			"QAT 045 RUS asserted", "QAT 045 UKR asserted"}},
		{"China brokered a deal between Saudi Arabia and Iran in Beijing.", []string{
			"CHN 045 SAU asserted", "CHN 045 IRN asserted"}},
		// alleged force in a gerund with no target named: target null
		{"Washington accused Iran of attacking two oil tankers in the Gulf of Oman.", []string{
			"USA 112 IRN asserted", "IRN 190 - alleged"}},
		{"Venezuela accused the United States of attacking fishing boats in the Caribbean.", []string{
			"VEN 112 USA asserted", "USA 190 - alleged"}},
		// a facility named by its place: that place's country
		{"Putin accused Ukraine of attacking the Kursk nuclear power plant.", []string{
			"RUSGOV 112 UKR asserted", "UKR 190 RUS alleged"}},
		// a planned attack (a noun), an accuser that is no actor: no act
		{"Russia accused Ukraine of planning a chemical weapons attack.", []string{"RUS 112 UKR asserted"}},
		{"The president accused the media of attacking his family.", nil},
	}, false)
}
