package events_test

import "testing"

// TestStoppageBegun codes a boycott, walkout or stoppage begun, staged or
// called as a strike or boycott (143); a boycott ended is no new one, and
// "launched strikes" by an army is no labour strike.
func TestStoppageBegun(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Albania's opposition Democratic Party began a boycott of parliament on Tuesday.",
			[]string{"ALBPTY 143 ALBLEG asserted 2024-07-09"}},
		{"Bangladesh's main opposition party launched a boycott of the election on Sunday.",
			[]string{"BGDOPP 143 BGDGOV asserted 2024-07-07"}},
		{"Dock workers in Antwerp staged a walkout over pay on Monday.",
			[]string{"BELLAB 143 BELGOV asserted 2024-07-08"}},
		{"Albania's opposition Democratic Party ended its boycott of parliament on Tuesday.",
			[]string{"ALBPTY 082 ALBGOV asserted 2024-07-09"}},
	}, true)
}

// TestCrowdFilledStreets codes a civilian crowd that fills or packs the
// streets or a square as a demonstration (141; 1411 with a chant for a
// leader's resignation); police or shoppers filling a street are none.
func TestCrowdFilledStreets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Tens of thousands of opposition supporters filled the avenue outside Armenia's parliament on Friday, chanting for the resignation of Prime Minister Nikol Pashinyan.",
			[]string{"ARMOPP 1411 ARMGOV asserted 2024-07-12"}},
		{"Tens of thousands of protesters packed the central square of Bucharest on Sunday.",
			[]string{"ROUCVL 141 ROUGOV asserted 2024-07-07"}},
		{"Riot police filled the streets of Minsk on Sunday.",
			nil},
		{"Shoppers packed the streets of London on Saturday.",
			nil},
	}, true)
}

// TestTerroristGroupDeclared codes a group declared or branded a terrorist
// organisation as a designation (163); a protester branded a terrorist is
// no designation.
func TestTerroristGroupDeclared(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Egypt's government declared the Muslim Brotherhood a terrorist organisation on Wednesday.",
			[]string{"EGYGOV 163 EGYPTY asserted 2024-07-10"}},
		{"Egypt's government declared a state of emergency on Wednesday.",
			[]string{"EGYGOV 1724 - asserted 2024-07-10"}},
	}, true)
}

// TestPartyBanned codes a party or opposition group suspended or
// dissolved by a court or government as a ban on a party (1722); a
// parliament dissolved, or a committee, is not.
func TestPartyBanned(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"A Bahraini court suspended Al Wefaq, the kingdom's largest Shi'ite opposition group, on Tuesday.",
			[]string{"BHRJUD 1722 BHROPP asserted 2024-07-09"}},
		{"A Bahraini court dissolved the opposition party on Tuesday.",
			[]string{"BHRJUD 1722 BHROPP asserted 2024-07-09"}},
		{"Kuwait's emir dissolved parliament on Sunday.",
			[]string{"KWTGOV 172 KWTLEG asserted 2024-07-07"}},
		{"Kuwait dissolved its joint committee with Iraq on Sunday.",
			nil},
	}, true)
}

// TestStrippedOfCitizenshipFar codes a person stripped of citizenship as
// an administrative sanction (172) when a long apposition stands between
// the verb and "of".
func TestStrippedOfCitizenshipFar(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Bahrain stripped the country's most senior Shi'ite cleric, Sheikh Isa Qassim, of his citizenship on Monday.",
			[]string{"BHR 172 BHRREL asserted 2024-07-08"}},
		{"Bahrain stripped the country's oldest mosque of its minaret on Monday.",
			nil},
	}, true)
}

// TestHostageHeldAtGunpoint codes people held at gunpoint as taken
// hostage (181), and a person seized by kidnappers as abducted (181), not
// property seized (171); a ship seized by a state stays 171.
func TestHostageHeldAtGunpoint(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Gunmen held dozens of worshippers at gunpoint inside a church in Kaduna on Sunday.",
			[]string{"NGAUAF 181 NGACVL asserted 2024-07-07"}},
		{"Kidnappers seized the 12-year-old daughter of a Mexican businessman outside her school in Monterrey on Wednesday.",
			[]string{"MEXCRM 181 MEXCVL asserted 2024-07-10"}}, // the daughter, a civilian (targets_kin_of.go)
		{"Iran seized a British-flagged tanker in the Gulf on Friday.",
			[]string{"IRN 171 GBR asserted 2024-07-12"}},
		{"Gunmen held a press conference in Kaduna on Sunday.",
			nil},
	}, true)
}

// TestPopulationDrivenOut codes a population forced or driven out of a
// place by an armed group or force as mass expulsion (201, the place's
// civilians); migrants put out by police are deported (174), a president
// forced out of office is no expulsion.
func TestPopulationDrivenOut(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Anti-balaka fighters forced the remaining Muslim families out of the western town of Boda on Tuesday.",
			[]string{"CAFUAF 201 CAFCVL asserted 2024-07-09"}},
		{"Boko Haram fighters ordered the residents of four villages near Nigeria's border with Cameroon on Monday to leave within three days.",
			[]string{"NGAREB 201 NGACVL asserted 2024-07-08"}},
		{"Militiamen chased villagers out of their homes in Ituri on Monday.",
			[]string{"CODUAF 201 CODCVL asserted 2024-07-08"}},
		{"Tunisian police forced dozens of migrants out of a camp in Sfax on Monday.",
			[]string{"TUNCOP 174 - asserted 2024-07-08"}},
		{"The army forced the president out of office on Wednesday.",
			nil},
	}, true)
}

// TestParticipleFilledWith keeps a participle of filling before "with"
// inside its noun phrase: "used grenades filled with chemical agents
// against its troops" is a chemical attack (2041), as before "fill" had
// patterns of its own.
func TestParticipleFilledWith(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Ukraine's military said Russian forces had used grenades filled with banned chemical agents against its troops near Bakhmut.",
			[]string{"RUSMIL 2041 UKRMIL asserted 2024-07-13"}},
	}, true)
}
