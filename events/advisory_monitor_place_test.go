package events_test

import "testing"

// TestAdvisoryWarnings codes a warning to the warner's own people or to
// the public to do something ("warned its citizens to avoid travel to
// Haiti") as no event: advice threatens no one, and the place it names is
// no target. A named party warned stays a threat.
func TestAdvisoryWarnings(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The Canadian foreign ministry warned its citizens to avoid travel to Haiti.", nil},
		{"The Canadian foreign ministry warned its citizens on Monday not to travel to Haiti.", nil},
		{"Several countries including Canada and Peru issued travel alerts on Monday, warning their citizens to stay away from the rallies.", nil},
		// near-misses: a named people, or a party warned against an act
		{"The Israeli army warned Lebanese residents to leave their villages south of the Litani river.", []string{"ISRMIL 1313 LBNCVL asserted"}},
		{"Russia warned NATO against sending troops to Ukraine.", []string{"RUS 130 IGOWSTNAT asserted"}},
	}, false)
}

// TestAdvisoryWarningsAgainstTravel codes a warning to the warner's own
// people named by demonym ("warned Americans"), or one against travel
// ("against travel to Venezuela"), as advice, no event; another state's
// people, or an act warned against, stay a threat.
func TestAdvisoryWarningsAgainstTravel(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The US State Department warned Americans against travel to Venezuela on Monday.", nil},
		{"The US State Department warned Americans not to travel to Venezuela on Monday.", nil},
		{"The State Department warned its citizens against travel to Venezuela on Monday.", nil},
		// near-misses: another state's people, an act warned against
		{"The US warned Venezuelans against travel to Colombia on Monday.", []string{"USA 130 VENCVL asserted"}},
		{"The US warned Americans against supporting the rebels on Monday.", []string{"USA 130 USACVL asserted"}},
	}, false)
}

// TestMonitoringAgency keeps an agency that monitored a broadcast ("a
// report, monitored by the British Broadcasting Corporation, said …") out
// of the actors: it gives no state to a bare party of the report.
func TestMonitoringAgency(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"A report, monitored by the British Broadcasting Corporation, said Iran's president gave the warning in a speech to army commanders.", nil},
		{"A broadcast, monitored by the BBC, said Iran's president accused Iraq of shelling Basra.", []string{"IRNGOV 112 IRQ asserted", "IRQ 194 IRQCVL alleged"}},
		// near-miss: the broadcaster as a party of its own
		{"Iran's president accused the BBC of spreading lies about the election.", []string{"IRNGOV 112 GBRMED asserted"}},
	}, false)
}

// TestOpeningPlaceGovernment gives a bare "the government" the state of
// the place its sentence opens with ("In Finland, the government …"),
// not the state the sentence before was about.
func TestOpeningPlaceGovernment(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Sweden has urged its citizens to stock up on food. In Finland, the government also criticised the plan.", []string{"SWE 020 - asserted", "FINGOV 111 - asserted"}},
		{"Sweden has urged its citizens to stock up on food. In Oslo, meanwhile, the government criticised the plan.", []string{"SWE 020 - asserted", "NORGOV 111 - asserted"}},
		// near-miss: an opening phrase that is no place
		{"Sweden has urged its citizens to stock up on food. In a statement, the government also criticised the plan.", []string{"SWE 020 - asserted", "SWEGOV 111 - asserted"}},
	}, false)
}

// TestAgentlessConditionWarning reads a warning whose condition is an
// agentless passive ("unless it is tackled") as the warning of a danger
// it would be without the condition, not as a threat (130); a condition
// on a party's act keeps the threat.
func TestAgentlessConditionWarning(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"The World Bank warned that rising unemployment could cause severe social strains unless it is tackled.", nil},
		{"The World Bank warned that rising unemployment could cause severe social strains.", nil},
		// near-misses: the warner's own act on a condition
		{"Turkey warned that it would freeze relations with the European Union unless its demands are met.", []string{"TUR 1313 IGOEUREEC asserted"}},
		{"Iran warned that it would leave the treaty unless sanctions were lifted.", []string{"IRN 1313 - asserted"}},
	}, false)
}
