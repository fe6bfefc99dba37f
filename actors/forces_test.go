package actors_test

import "testing"

// TestForcesOfHolder checks, on sentences written for this test, a
// state's forces named by its ruler or regime: a government office
// holder's possessive before a force noun ("Assad's forces", "President
// Nicolas Maduro's security forces") and a government noun right before
// one ("regime forces", "junta troops") are the state's MIL or COP, not
// its government; a former leader's forces are not re-coded.
func TestForcesOfHolder(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2018-03-01", "Assad's forces shelled the town of Douma.", "Assad's forces=SYRMIL"},
		{"2018-03-01", "Bashar al-Assad's troops shelled the town of Douma.", "Bashar al-Assad's troops=SYRMIL"},
		{"2024-03-01", "President Nicolas Maduro's security forces detained the activist.", "President Nicolas Maduro's security forces=VENCOP | the activist=?CVL"},
		{"2024-03-01", "Putin's army pounded the city of Kharkiv.", "Putin's army=RUSMIL"},
		{"2018-03-01", "Syrian regime forces shelled the town of Douma.", "Syrian regime forces=SYRMIL"},
		{"2024-03-01", "Myanmar junta troops burned the village.", "Myanmar junta troops=MMRMIL"},
		{"2018-03-01", "Assad's government rejected the plan.", "Assad's government=SYRGOV"},
		{"2024-03-01", "Syrian regime officials rejected the plan.", "Syrian regime officials=SYRGOV"},
	}, showCode)
}

// TestPlaceTitled checks, on sentences written for this test, that a
// sub-national title after a place name takes the unknown name after it
// (the events package gives the place's state), and that a party's
// leader does not.
func TestPlaceTitled(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-07-13", "Borno state governor Babagana Zulum criticised the army.", "governor Babagana Zulum=?GOV | the army=?MIL"},
		{"2024-07-13", "Kharkiv regional governor Oleh Syniehubov spoke on Monday.", "regional governor Oleh Syniehubov=?GOV"},
		{"2024-07-13", "Sindh chief minister Murad Ali Shah spoke on Monday.", "chief minister Murad Ali Shah=?GOV"},
		{"2024-07-13", "Lib Dem leader Charles Kendall spoke on Monday.", "leader=?GOV"},
	}, showCode)
}

// TestUnitOfState checks, on sentences written for this test, that an
// official "of" a state's state or province, named after the state's
// possessive, is the state's official, as "the governor of Nigeria" is,
// and that a region or a lower-case noun after the name is not read as
// such a unit.
func TestUnitOfState(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2019-05-02", "The governor of Nigeria's Kano state criticised the police.", "The governor of Nigeria's Kano state=NGAGOV | the police=?COP"},
		{"2019-05-02", "The governor of Pakistan's Punjab province met the envoy.", "The governor of Pakistan's Punjab province=PAKGOV | the envoy=?GOV"},
		{"2019-05-02", "The governor of Nigeria spoke on Monday.", "The governor of Nigeria=NGAGOV"},
		{"2019-05-02", "The leader of Ethiopia's Afar region spoke on Monday.", "The leader of Ethiopia=ETHGOV"},
		{"2019-05-02", "The mayor of Brazil's biggest city spoke on Monday.", "The mayor of Brazil=BRAGOV"},
	}, showCode)
}

// TestCommunityBridge checks, on sentences written for this test, that a
// community's name ([communities] of data/words/words.txt) between a
// nationality and its role noun leaves one actor of that state ("Bosnian
// Serb leaders" BIHGOV, and the known person's own code with a name),
// and that an unlisted community word does not bridge.
func TestCommunityBridge(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2019-05-02", "Bosnian Serb leaders rejected the plan.", "Bosnian Serb leaders=BIHGOV"},
		{"2019-05-02", "Police questioned Bosnian Croat officials.", "Police=?COP | Bosnian Croat officials=BIHGOV"},
		{"2019-05-02", "The court summoned Bosnian Serb leader Milorad Dodik.", "The court=?JUD | Bosnian Serb leader Milorad Dodik=BIHGOV"},
		{"2019-05-02", "Bosnian Roma leaders rejected the plan.", "Bosnian=~BIH | leaders=?GOV"},
	}, showCode)
}

// TestPossessiveListRoles checks, on sentences written for this test,
// that the states of a list of three or more before the last one's
// possessive and a role noun each take the role, as a list of
// nationality adjectives does; a thing after the possessive gives none.
func TestPossessiveListRoles(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-07-10", "Chad, Niger and Mali's leaders signed a pact.", "Chad=TCDGOV | Niger=NERGOV | Mali's leaders=MLIGOV"},
		{"2024-07-10", "Chile, Peru and Bolivia's foreign ministers met in Lima.", "Chile=CHLGOV | Peru=PERGOV | Bolivia's foreign ministers=BOLGOV | Lima=PER"},
		{"2024-07-10", "Chile, Peru and Bolivia's economies grew.", "Chile=CHL | Peru=PER | Bolivia=BOL"},
	}, showCode)
}

// TestOrgOrgan checks, on sentences written for this test, that an
// organisation's own organ named after its possessive acts as the
// organisation ("the IAEA's board of governors" is the IAEA, not some
// state's governors).
func TestOrgOrgan(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-06-06", "The IAEA's board of governors censured Iran.", "The IAEA's board of governors=IGOUNOIAE | Iran=IRN"},
		{"2024-06-06", "The IMF's executive board approved a loan to Egypt.", "The IMF's executive board=IGOUNOIMF | Egypt=EGY"},
		{"2024-06-06", "The World Bank's board approved a grant to Ukraine.", "The World Bank's board=IGOUNOWBK | Ukraine=UKR"},
		{"2024-06-06", "The European Union's executive arm fined the firm.", "The European Union's executive arm=IGOEUREEC | the firm=?BUS"},
		{"2024-06-06", "The IAEA's inspectors visited Iran.", "The IAEA's inspectors=IGOUNOIAE | Iran=IRN"},
	}, showCode)
}

// TestHostEnvoy checks, on sentences written for this test, that a
// state's possessive before another state's name and an envoy noun is
// the first state's envoy ("Russia's UK ambassador" RUSGOV), as "Russia's
// UN ambassador" is; a state's policy on another stays two mentions.
func TestHostEnvoy(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2018-04-13", "Russia's UK ambassador Alexander Yakovenko spoke in London.", "Russia's UK ambassador Alexander Yakovenko=RUSGOV | London=GBR"},
		{"2018-04-13", "China's US ambassador criticised Washington.", "China's US ambassador=CHNGOV | Washington=USA"},
		{"2018-04-13", "Ukraine's German ambassador criticised Berlin.", "Ukraine's German ambassador=UKRGOV | Berlin=DEU"},
		{"2018-04-13", "Russia's Ukraine policy angered Kyiv.", "Russia=RUS | Ukraine=~UKR | Kyiv=UKR"},
	}, showCode)
}

// TestNationSpeaks checks, on sentences written for this test, that "the"
// and a plural demonym saying something or taking a state's stance are
// the state, while counted or suffering people stay its civilians.
func TestNationSpeaks(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2004-07-13", "The Israelis say they will not negotiate.", "The Israelis=ISR"},
		{"2004-07-13", "The Americans have refused to hand over the files.", "The Americans=USA"},
		{"2004-07-13", "The Iranians rejected the proposal.", "The Iranians=IRN"},
		{"2004-07-13", "Thousands of Israelis protested in Tel Aviv.", "Israelis=ISRCVL"},
		{"2004-07-13", "The Palestinians were killed in the raid.", "The Palestinians=PSECVL"},
	}, showCode)
}

// TestGoverningGroupForces checks, on sentences written for this test,
// that a group coded as a state's government on the story's date (the
// Taliban from 2021-08-15, Hayat Tahrir al-Sham from 2024-12-08) before a
// force noun is that state's MIL or COP, as "junta troops" are; the same
// group out of power, its fighters and its officials keep the group's
// code, and a rebel group's forces stay REB.
func TestGoverningGroupForces(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-05-01", "Taliban forces shelled a border post in Kurram.", "Taliban forces=AFGMIL"},
		{"2025-10-12", "Afghan Taliban troops attacked three Pakistani posts.", "Afghan Taliban troops=AFGMIL | Pakistani posts=PAKMIL"},
		{"2023-02-01", "The Taliban's police detained two aid workers in Kabul.", "The Taliban's police=AFGCOP | aid workers=?CVL | Kabul=AFG"},
		{"2025-02-01", "HTS security forces raided a village near Latakia.", "HTS security forces=SYRCOP"},
		{"2015-05-01", "Taliban forces overran a police checkpoint in Helmand.", "Taliban forces=AFGREB | police=?COP"},
		{"2024-05-01", "Taliban fighters dispersed the march in Kabul.", "Taliban fighters=AFGGOV | Kabul=AFG"},
		{"2024-05-01", "Taliban officials met the Chinese envoy in Kabul.", "Taliban officials=AFGGOV | the Chinese envoy=CHNGOV | Kabul=AFG"},
		{"2024-05-01", "Houthi forces seized a cargo ship in the Red Sea.", "Houthi forces=YEMREB"},
	}, showCode)
}

// TestCommanderOfArmedGroup checks, on sentences written for this test,
// that "commander" before a person the dictionary codes as a rebel or
// militia leader names the group's commander, not the state's army
// ("eastern commander Khalifa Haftar" LBYREB), while a state's army chief
// stays MIL.
func TestCommanderOfArmedGroup(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2019-04-05", "Forces loyal to eastern commander Khalifa Haftar advanced on Tripoli.", "commander Khalifa Haftar=LBYREB | Tripoli=LBY"},
		{"2024-06-18", "Paramilitary commander Mohamed Hamdan Dagalo rejected the truce.", "commander Mohamed Hamdan Dagalo=SDNREB"},
		{"2021-05-01", "The Libyan military commander Khalifa Haftar rejected the plan.", "The Libyan military commander Khalifa Haftar=LBYREB"},
		{"2024-06-18", "Sudanese army chief Abdel Fattah al-Burhan rejected the truce.", "Sudanese army chief Abdel Fattah al-Burhan=SDNMIL"},
	}, showCode)
}

// TestLawmakerTitleOutOfOffice checks, on sentences written for this
// test, that a lawmaker's title before a person on a date outside the
// offices the dictionary dates for him names the seat he holds then
// (Marco Rubio, a senator until his 2025 office; JD Vance, a senator
// before the vice-presidency), while "former" leaves the country alone
// and the dated office still wins inside its dates.
func TestLawmakerTitleOutOfOffice(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2018-12-21", "Senator Marco Rubio called the withdrawal a blunder.", "Senator Marco Rubio=USALEG"},
		{"2024-03-01", "U.S. Senator JD Vance opposed the aid package.", "U.S. Senator JD Vance=USALEG"},
		{"2004-10-01", "Senator John Kerry criticised the war in Iraq.", "Senator John Kerry=USALEG | Iraq=IRQ"},
		{"2018-12-21", "Former senator Marco Rubio criticised the plan.", "senator Marco Rubio=USA"},
		{"2025-03-01", "Senator Marco Rubio met the Saudi crown prince.", "Senator Marco Rubio=USAGOV | the Saudi crown prince=SAUGOV"},
	}, showCode)
}

// TestTargetsNameTheState checks, on sentences written for this test,
// that a nationality before "targets" is the state, not its military
// ("sanctions on 500 Russian targets", "attacked Palestinian targets"),
// while "positions" and "military targets" stay military.
func TestTargetsNameTheState(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-02-23", "The United States sanctioned 500 Russian targets.", "The United States=USA | Russian=~RUS"},
		{"2024-02-23", "Israeli jets attacked Palestinian targets in Gaza.", "Israeli jets=ISRMIL | Palestinian=~PSE"},
		{"2024-02-23", "The militants vowed attacks on Israeli targets abroad.", "The militants=?REB | Israeli=~ISR"},
		{"2024-02-23", "Ukrainian drones attacked Russian positions near Bakhmut.", "Ukrainian drones=UKRMIL | Russian positions=RUSMIL"},
	}, showCode)
}

// TestPermanentRepresentative checks, on sentences written for this
// test, that a state's permanent representative to an international
// organisation is that state's government, as its ambassador there is,
// and that a ministry named with its country is the government.
func TestPermanentRepresentative(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-03-01", "Russia's permanent representative to the UN criticised Britain.", "Russia's permanent representative to the UN=RUSGOV | Britain=GBR"},
		{"2024-03-01", "China's deputy permanent representative to the United Nations criticised Japan.", "China's deputy permanent representative to the United Nations=CHNGOV | Japan=JPN"},
		{"2024-03-01", "The Iranian permanent representative to the IAEA rejected the report.", "The Iranian permanent representative to the IAEA=IRNGOV"},
		{"2024-03-01", "Global Affairs Canada summoned the Indian envoy.", "Global Affairs Canada=CANGOV | the Indian envoy=INDGOV"},
	}, showCode)
}
