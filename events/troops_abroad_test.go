package events_test

import "testing"

// TestTroopsSentIntoACountry codes troops sent to another country, or
// deployed into or in it, as military protection of that country (074),
// the place's country as target also after an article and adjectives
// ("into the Congolese town of Bunia", "to eastern Congo"); troops sent
// or poured "into" a country, moved to a border, stationed abroad or
// deployed at home stay a deployment (154).
func TestTroopsSentIntoACountry(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Uganda deployed troops into the Congolese town of Bunia on Thursday to stop ethnic killings.", []string{"UGA 074 COD asserted"}},
		{"France deployed 1,600 troops in the Central African Republic on Thursday.", []string{"FRA 074 CAF asserted"}},
		{"Tanzania deployed soldiers to eastern Congo on Wednesday as part of a regional force.", []string{"TZA 074 COD asserted"}},
		{"Senegal deployed 500 soldiers into Gambia on Friday.", []string{"SEN 074 GMB asserted"}},
		{"Kenya sent 400 police officers to the Haitian capital on Tuesday.", []string{"KEN 074 HTI asserted"}},
		// an enemy to fight, a border, the country's own ground
		{"Turkey sent troops into the Syrian enclave of Afrin to fight Kurdish militias.", []string{"TUR 154 SYRREB asserted"}},
		{"Turkey sent troops into northern Iraq on Monday.", []string{"TUR 154 IRQ asserted"}},
		{"The United States stationed 3,000 more troops in Poland on Monday.", []string{"USA 154 - asserted"}},
		{"Poland deployed 5,000 soldiers to its border with Belarus.", []string{"POL 154 BLR asserted"}},
		{"Lebanon's army deployed troops in the south on Thursday.", []string{"LBNMIL 154 - asserted"}},
		{"Ecuador's president deployed soldiers in Guayaquil after prison riots.", []string{"ECUGOV 154 - asserted"}},
	}, false)
}
