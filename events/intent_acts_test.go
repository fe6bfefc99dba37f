package events_test

import "testing"

// TestPlannedInvolvementFamily codes foreign forces, monitors or relief
// accepted or admitted as international involvement allowed: 0355 future
// when said, agreed, pledged or stood ready to be done, 086x when done,
// a refusal (1245) when the plan is negated.
func TestPlannedInvolvementFamily(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Guinea-Bissau's government said on Thursday it would accept troops from Senegal to guard the capital.",
			[]string{"GNBGOV 0355 SENMIL future 2024-07-11"}},
		{"On Monday, Chad agreed to admit U.N. observers to its eastern border region.",
			[]string{"TCD 0355 IGOUNO future 2024-07-08"}},
		{"Nicaragua said on Tuesday it was ready to accept humanitarian assistance after the hurricane.",
			[]string{"NIC 0355 - future 2024-07-09"}},
		{"Bangladesh accepted foreign aid on Wednesday for the cyclone survivors.",
			[]string{"BGD 0863 - asserted 2024-07-10"}},
		{"Burkina Faso will not accept foreign troops, its prime minister said on Friday.",
			[]string{"BFA 1245 - asserted 2024-07-12"}},
		// a monitoring mission is monitors (mend38c)
		{"Mali said on Tuesday it would welcome a monitoring mission from the African Union.",
			[]string{"MLI 0355 IGOAFRAFU future 2024-07-09"}},
		// a resignation accepted is no involvement
		{"Zambia's president accepted the resignation of the army commander on Friday.",
			nil},
	}, true)
}

// TestPlannedDeescalationFamily codes military activity reduced, scaled
// down or wound down as de-escalation: 0356 future when planned (both
// ways when two parties agree), 1246 when refused.
func TestPlannedDeescalationFamily(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Armenia promised on Wednesday to reduce its military presence along the border with Azerbaijan.",
			[]string{"ARM 0356 AZE future 2024-07-10"}},
		{"Sudan's army and the RSF agreed on Thursday to reduce hostilities around El Fasher.",
			[]string{"SDNMIL 0356 SDNREB future 2024-07-11", "SDNREB 0356 SDNMIL future 2024-07-11"}},
		{"The Ethiopian army said on Friday it would scale down combat operations in Tigray.",
			[]string{"ETHMIL 0356 - future 2024-07-12"}},
		// a troop presence is a military presence (mend38c)
		{"Israel said on Monday it would scale down its troop presence along the Lebanese border.",
			[]string{"ISR 0356 LBN future 2024-07-08"}},
		{"Moscow said it would not reduce military activity near Ukraine.",
			[]string{"RUS 1246 - asserted 2024-07-13"}},
	}, true)
}

// TestPlannedDelistingFamily codes a party to be struck from a terrorism
// or sanctions list as an intent to ease administrative sanctions (0351);
// the state owning the list is no target.
func TestPlannedDelistingFamily(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"On Monday, the Pentagon said it would take the Houthis off the terrorism blacklist.",
			[]string{"USAGOV 0351 YEMREB future 2024-07-08"}},
		{"Canada agreed on Thursday to remove the Iranian Revolutionary Guards from its list of terrorist organisations.",
			[]string{"CAN 0351 IRNMIL future 2024-07-11"}},
		// the island is no actor here; Washington owns the list
		{"The White House announced plans on Friday to remove the island from Washington's list of state sponsors of terrorism.",
			nil},
	}, true)
}

// TestPlannedArmsHelpAndInstitutions codes help to produce arms as
// military cooperation (0312 as a plan) and a parliament or constitution
// to be restored as an intent to change institutions (0344), aimed at the
// country's protesters when the sentence names protests.
func TestPlannedArmsHelpAndInstitutions(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// armoured vehicles and patrol vessels are arms (mend38c)
		{"Pakistan agreed on Thursday to help Riyadh build armoured vehicles.",
			[]string{"PAK 0312 SAU future 2024-07-11"}},
		{"Turkey agreed on Tuesday to help Pakistan build four warships.",
			[]string{"TUR 0312 PAK future 2024-07-09"}},
		{"Seoul said it would help Cairo develop its own drones.",
			[]string{"KOR 0312 EGY future 2024-07-13"}},
		{"Japan said on Friday it would help Manila build patrol boats and warships.",
			[]string{"JPN 0312 PHL future 2024-07-12"}},
		{"Poland's president promised on Sunday to restore the constitution after weeks of protests.",
			[]string{"POLGOV 0344 POLCVL future 2024-07-07"}},
		{"The Gambian president agreed on Monday to reinstate parliament.",
			[]string{"GMBGOV 0344 - future 2024-07-08"}},
	}, true)
}

// TestCoordinatedIntents gives a second infinitive joined by "and to" the
// control verb's subject, not the noun the first one's object ends with.
func TestCoordinatedIntents(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Lesotho agreed on Thursday to release political prisoners and to lift sanctions on Zambia.",
			[]string{"LSO 0353 LSOCVL future 2024-07-11", "LSO 0354 ZMB future 2024-07-11"}},
		{"Zambia pledged on Friday to free the detained journalists and to admit monitors from the African Union.",
			[]string{"ZMB 0353 ZMBMED future 2024-07-12", "ZMB 0355 IGOAFRAFU future 2024-07-12"}},
		{"Iran threatened on Monday to close the Strait of Hormuz and to expel British diplomats.",
			[]string{"IRN 1381 - asserted 2024-07-08", "IRN 1313 GBRGOV asserted 2024-07-08"}},
	}, true)
}

// TestAgreedJointProduction codes parties agreeing to develop, build or
// produce something jointly as an intent to cooperate both ways: 0312
// for arms, 0311 otherwise; a refusal is no intent.
func TestAgreedJointProduction(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Ankara and Baku agreed on Monday to jointly produce patrol vessels.",
			[]string{"TUR 0312 AZE future 2024-07-08", "AZE 0312 TUR future 2024-07-08"}},
		// a car engine is no weapon: economic, not military, cooperation (mend38c)
		{"Seoul and Hanoi agreed on Friday to jointly develop an electric car engine.",
			[]string{"KOR 0311 VNM future 2024-07-12", "VNM 0311 KOR future 2024-07-12"}},
		{"Egypt and Turkey agreed on Wednesday to jointly produce armed drones.",
			[]string{"EGY 0312 TUR future 2024-07-10", "TUR 0312 EGY future 2024-07-10"}},
		{"Chile and Argentina agreed to jointly build a gas pipeline across the Andes.",
			[]string{"CHL 0311 ARG future 2024-07-13", "ARG 0311 CHL future 2024-07-13"}},
		{"Vietnam agreed on Monday to jointly develop an offshore gas field with Malaysia.",
			[]string{"VNM 0311 MYS future 2024-07-08"}},
		{"Chile refused on Monday to jointly build the pipeline with Argentina.",
			[]string{"CHL 121 ARG asserted 2024-07-08"}},
	}, true)
}
