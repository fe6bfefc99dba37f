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

// TestForcesArrivingToHelp codes an armed force that arrives, lands,
// crosses or flies into a country to help, secure or stabilise it, or at
// its request, as military protection of that country (074), the country
// of the place as target (not the foe the purpose names); a deployment
// ordered or approved "to help" too. A force that enters a country to
// fight there, or crosses into it with no purpose, is not protection.
func TestForcesArrivingToHelp(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Saudi troops crossed into Bahrain on Monday at the request of its ruling family.", []string{"SAUMIL 074 BHR asserted"}},
		{"Chadian soldiers rolled into the Central African Republic to help the government restore order.", []string{"TCDMIL 074 CAF asserted"}},
		{"Rwandan troops arrived in Mozambique on Friday to help the army fight Islamist insurgents.", []string{"RWAMIL 074 MOZ asserted"}},
		{"French soldiers moved into the Central African Republic to help restore order after weeks of violence.", []string{"FRAMIL 074 CAF asserted"}},
		{"Russian paratroopers flew into Kazakhstan to help quell the unrest.", []string{"RUSMIL 074 KAZ asserted"}},
		{"Kenyan troops landed in Haiti to lead a multinational mission against the gangs.", []string{"KENMIL 074 HTI asserted"}},
		{"ECOWAS ordered the deployment of its standby force to Benin on Monday to help secure the country.", []string{"IGOWAFECO 074 BEN asserted"}},
		{"The African Union approved the deployment of 3,000 troops to Somalia to help the government fight al-Shabaab.", []string{"IGOAFRAFU 074 SOM asserted"}},
		// no protection
		{"Russian troops crossed into Ukraine on Thursday.", nil},
		{"Turkish troops entered Syria on Wednesday to fight Kurdish militants.", nil},
	}, false)
}

// TestForcesArrivingWithoutHost keeps a force that rolls, moves or
// crosses into a country "to protect", "to secure" or "to help" someone
// other than the host's government, army or order out of military
// protection (074): a roll or move into stays an assault (190), a
// crossing with such a purpose is no event.
func TestForcesArrivingWithoutHost(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Belarusian tanks rolled into Lithuania to protect ethnic Poles, Minsk said.", []string{"BLRMIL 190 LTU asserted"}},
		{"Egyptian troops moved into Libya to secure the Salloum border post.", []string{"EGYMIL 190 LBY asserted"}},
		{"Iranian soldiers crossed into Iraq to help Kurdish fighters attack Islamic State positions.", nil},
		{"Indian troops crossed into Myanmar to help hunt down separatist rebels.", nil},
		{"Ethiopian tanks poured into Somalia to guard the road to Baidoa.", []string{"ETHMIL 190 SOM asserted"}},
		// the host named: protection
		{"Nigerian soldiers crossed into Gambia to help the government keep order after the vote.", []string{"NGAMIL 074 GMB asserted"}},
	}, false)
}
