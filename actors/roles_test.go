package actors_test

import (
	"testing"
)

// TestFindRoles checks the role and spelling rules added for the actor
// faults of events-dev.jsonl, on sentences written for this test: every
// mention as text=CODE ("~" a modifier, "?" a role with no country yet).
func TestFindRoles(t *testing.T) {
	checkMentions(t, []mentionCase{
		// "U.N.", "U.S." spell the abbreviations of UN and US entries
		{"2024-10-28", "Norway defended the U.N. agency for Palestinian refugees.", "Norway=NOR | the U.N. agency for Palestinian refugees=IGOUNORWA"},
		{"2024-10-28", "The U.N. humanitarian office appealed for funds.", "The U.N. humanitarian office=IGOUNOOCH"},
		{"2024-10-28", "The U.S. State Department declined to comment.", "The U.S. State Department=USAGOV"},
		// people named by a nationality and a people noun; ranks of officers
		{"2025-02-10", "A Dutch couple was freed in Mali.", "Dutch couple=NLDCVL | Mali=MLI"},
		{"2025-02-10", "An elderly Australian couple went missing.", "Australian couple=AUSCVL"},
		{"2024-12-17", "A bomb killed a Russian general in Moscow.", "Russian general=RUSMIL | Moscow=RUS"},
		{"2024-12-17", "Two Iranian commanders were killed in the strike.", "Iranian commanders=IRNMIL"},
		{"2024-12-17", "Unions called a Portuguese general strike.", "Unions=?LAB | Portuguese=PRT"},
		// collective rulers and labour bodies
		{"2024-05-02", "Haiti's presidential council named a prime minister.", "Haiti's presidential council=HTIGOV | prime minister=?GOV"},
		{"2023-08-06", "Mali's military rulers expelled the envoy.", "Mali's military rulers=MLIGOV | the envoy=?GOV"},
		{"2024-05-09", "Brazil's largest union federation called a strike.", "Brazil's largest union federation=BRALAB"},
		// a crew is the unit, not a thing the unit names ("air defence systems")
		{"2024-02-01", "Polish air defence crews shot down a drone.", "Polish air defence=POLMIL"},
		// Australia's finance minister is its treasurer
		{"2024-05-02", "Australia's treasurer blocked the bid.", "Australia's treasurer=AUSGOV"},
		// "social media" are no press
		{"2025-03-01", "He wrote on social media that talks had failed.", ""},
		// a people after a preposition or a verb acting on a whole people
		// is its state; counted, acting or held, its civilians
		{"2024-03-05", "Egypt sent fuel to Palestinians in Rafah.", "Egypt=EGY | Palestinians=PSE"},
		{"2024-03-05", "The plan would relocate Palestinians to Egypt.", "Palestinians=PSE | Egypt=EGY"},
		{"2024-03-05", "Thousands of Palestinians fled south.", "Palestinians=PSECVL"},
		{"2024-03-05", "Russia is holding Americans on spying charges.", "Russia=RUS | Americans=USACVL"},
		// people at prayer are civilians, schoolchildren education; a
		// church where it happened is no actor, nor unnamed allies
		{"2025-07-28", "The rebels killed 20 worshippers at a church.", "The rebels=?REB | worshippers=?CVL"},
		{"2024-03-09", "Gunmen seized dozens of pupils.", "Gunmen=?UAF | pupils=?EDU"},
		{"2023-11-09", "The RSF and allied militias attacked the camp.", "The RSF=SDNREB"},
		{"2023-11-27", "Irakli Garibashvili met the envoy.", "Irakli Garibashvili=GEOGOV | the envoy=?GOV"},
		// a ship linked to a state's firms; a flag is only a modifier
		{"2024-01-01", "Houthis seized an Israel-linked tanker.", "Houthis=YEMREB | Israel-linked=~ISRBUS"},
		{"2024-01-01", "Houthis seized a Liberian-flagged tanker.", "Houthis=YEMREB | Liberian-flagged=~LBR"},
		// guard units of a head of state are troops
		{"2024-01-01", "Niger's presidential guard detained the president.", "Niger's presidential guard=NERMIL | the president=?GOV"},
		// the organisations of this round, and a dated office holder
		{"2025-09-18", "Prosecutors searched Unification Church offices.", "Prosecutors=?JUD | Unification Church=KORREL"},
		{"2025-01-02", "The Palestinian Prisoners' Society counted 10,000 detainees.", "The Palestinian Prisoners' Society=PSEHRI | detainees=?CVL"},
		{"2024-06-01", "Istanbul Mayor Ekrem Imamoglu opened a metro line.", "Mayor Ekrem Imamoglu=TURGOV"},
		{"2025-06-01", "Ekrem Imamoglu appealed against his detention.", "Ekrem Imamoglu=TUROPP"},
	}, showCode)
}

// TestCoupDayInOffice checks, on sentences written for this test, that a
// president toppled in a coup is still in office on the coup's day (its
// events target the sitting president) and the country alone after it
// (people.txt's header: the removal day counts in office).
func TestCoupDayInOffice(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2023-07-26", "Guards held Mohamed Bazoum in his residence.", "Mohamed Bazoum=NERGOV"},
		{"2023-09-20", "Mohamed Bazoum remained in detention.", "Mohamed Bazoum=NER"},
		{"2023-08-30", "Soldiers placed Ali Bongo under house arrest.", "Soldiers=?MIL | Ali Bongo=GABGOV"},
		// a removal by a court, parliament or the street is dated the same
		// way: the day itself in office, the next day the country alone
		{"2011-02-11", "Hosni Mubarak handed his powers to the generals.", "Hosni Mubarak=EGYGOV | the generals=?MIL"},
		{"2011-02-12", "Hosni Mubarak stayed at his villa.", "Hosni Mubarak=EGY"},
		{"2012-06-22", "Senators voted to oust Fernando Lugo.", "Senators=?LEG | Fernando Lugo=PRYGOV"},
		{"2012-06-23", "Fernando Lugo called the vote a coup.", "Fernando Lugo=PRY"},
		{"2025-04-04", "Judges upheld the motion against Yoon Suk Yeol.", "Judges=?JUD | Yoon Suk Yeol=KORGOV"},
		{"2025-04-05", "Yoon Suk Yeol left the residence.", "Yoon Suk Yeol=KOR"},
		// a death in office too: the killing's day in office
		{"2021-07-07", "Gunmen shot Jovenel Moise at his home.", "Gunmen=?UAF | Jovenel Moise=HTIGOV"},
		{"2021-07-08", "Jovenel Moise was mourned.", "Jovenel Moise=HTI"},
		// the exception: a term disputed before the removal (Gbagbo after
		// the 2010 election) does not keep the arrest day
		{"2011-04-11", "Soldiers took Laurent Gbagbo from his bunker.", "Soldiers=?MIL | Laurent Gbagbo=CIV"},
		{"2008-05-28", "Lawmakers voted to depose King Gyanendra.", "Lawmakers=?LEG | King Gyanendra=NPLGOV"},
	}, showCode)
}

// TestOppositionThenOffice checks, on sentences written for this test,
// people whose people.txt lines run from leading the opposition to office
// (or back): OPP before the day they take office, GOV from it, and the
// country alone outside every range.
func TestOppositionThenOffice(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2007-12-20", "Raila Odinga addressed supporters in Nairobi.", "Raila Odinga=KENOPP | Nairobi=KEN"},
		{"2010-03-02", "Raila Odinga opened a road in Kisumu.", "Raila Odinga=KENGOV"},
		{"2017-04-15", "Hakainde Hichilema was held in a Lusaka jail.", "Hakainde Hichilema=ZMBOPP | Lusaka=~ZMB"},
		{"2021-08-24", "Hakainde Hichilema took the oath in Lusaka.", "Hakainde Hichilema=ZMBGOV | Lusaka=ZMB"},
		{"2009-08-25", "Abdullah Abdullah disputed the count.", "Abdullah Abdullah=AFGOPP"},
		{"2021-08-16", "Abdullah Abdullah stayed in Kabul.", "Abdullah Abdullah=AFG | Kabul=AFG"},
		{"2019-04-20", "Prabowo Subianto claimed victory.", "Prabowo Subianto=IDNOPP"},
		{"2023-09-01", "Bernardo Arevalo asked for calm.", "Bernardo Arevalo=GTMOPP"},
		{"2025-12-16", "Jose Antonio Kast named his first ministers.", "Jose Antonio Kast=CHLOPP | ministers=?GOV"},
		{"2026-03-11", "José Antonio Kast took office in Valparaiso.", "José Antonio Kast=CHLGOV"},
		{"2008-06-20", "Morgan Tsvangirai sheltered in an embassy.", "Morgan Tsvangirai=ZWEOPP"},
		{"2018-02-15", "Morgan Tsvangirai was mourned in Harare.", "Morgan Tsvangirai=ZWE | Harare=ZWE"},
		{"2018-04-20", "Nikol Pashinyan led a march in Yerevan.", "Nikol Pashinyan=ARMOPP | Yerevan=ARM"},
		{"2021-06-01", "Nikol Pashinyan campaigned as acting premier.", "Nikol Pashinyan=ARMGOV"},
		{"2015-03-01", "Mohamed Nasheed appeared in court in Male.", "Mohamed Nasheed=MDVOPP | Male=MDV"},
		{"2022-06-01", "Hossein Amirabdollahian flew to Delhi.", "Hossein Amirabdollahian=IRNGOV | Delhi=IND"},
		{"2004-12-01", "Prime Minister Viktor Yanukovich addressed parliament.", "Prime Minister Viktor Yanukovich=UKRGOV | parliament=?LEG"},
		{"2010-04-20", "Kurmanbek Bakiyev flew to Minsk.", "Kurmanbek Bakiyev=KGZ | Minsk=BLR"},
	}, showCode)
}

// TestOtherStatesOrganName checks, on sentences written for this test,
// that an organ named by a common noun that one state's organ bears as
// its name ("Foreign Office", "Home Office", "State Department") is the
// state the text names before it, and the owner of the name alone.
func TestOtherStatesOrganName(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2019-03-04", "Pakistan's Foreign Office protested to Kabul.", "Pakistan's Foreign Office=PAKGOV | Kabul=AFG"},
		{"2019-03-04", "The Nigerian Home Office issued new visas.", "The Nigerian Home Office=NGAGOV"},
		{"2019-03-04", "Russia's Foreign Office rejected the note.", "Russia's Foreign Office=RUSGOV"},
		{"2019-03-04", "The Foreign Office rejected the note.", "The Foreign Office=GBRGOV"},
		{"2019-03-04", "Britain's Foreign Office rejected the note.", "Britain's Foreign Office=GBRGOV"},
		{"2019-03-04", "The White House rejected the note.", "The White House=USAGOV"},
	}, showCode)
}

// TestBusinessAndPrivateNouns checks, on sentences written for this test,
// agent nouns of business owners (BUS, "media tycoon" too: the head noun
// decides), a lone asylum seeker (REF, as the plural) and household
// workers (CVL).
func TestBusinessAndPrivateNouns(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-04-12", "Police detained a Russian shipping magnate.", "Police=?COP | Russian shipping magnate=RUSBUS"},
		{"2024-04-12", "A Thai property tycoon fled abroad.", "Thai property tycoon=THABUS"},
		{"2024-04-12", "A court fined a media tycoon.", "court=?JUD | media tycoon=?BUS"},
		{"2024-04-12", "Nigerian businesswoman Ada Obi was kidnapped.", "Nigerian businesswoman=NGABUS"},
		{"2024-04-12", "Border guards shot an Afghan asylum seeker.", "Border guards=?MIL | Afghan asylum seeker=AFGREF"},
		{"2024-04-12", "An Indonesian maid sued a recruiter.", "Indonesian maid=IDNCVL"},
		{"2024-04-12", "Lebanese police arrested Ethiopian domestic workers.", "Lebanese police=LBNCOP | Ethiopian domestic workers=ETHCVL"},
	}, showCode)
}

// TestMilitaryLeader checks, on sentences written for this test, that a
// state's "military leader" is the head of its junta (GOV, as "military
// ruler"), an armed group's keeps the group's code, and "army chief"
// stays MIL.
func TestMilitaryLeader(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2025-03-26", "Gabon's military leader Brice Oligui Nguema flew to Luanda.", "Gabon's military leader Brice Oligui Nguema=GABGOV | Luanda=AGO"},
		{"2021-10-16", "Myanmar's military leader skipped the summit.", "Myanmar's military leader=MMRGOV"},
		{"2024-01-01", "Hezbollah's military leader was killed.", "Hezbollah's military leader=LBNREB"},
		{"2024-01-01", "Nigeria's army chief toured Borno.", "Nigeria's army chief=NGAMIL"},
	}, showCode)
}

// TestOppositionMarchers checks, on sentences written for this test, that
// marchers are protesters (CVL) and the opposition's marchers and local
// candidates are the opposition (OPP), as its protesters and lawmakers.
func TestOppositionMarchers(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-01-01", "Troops fired on opposition marchers.", "Troops=?MIL | opposition marchers=?OPP"},
		{"2024-01-01", "Police dispersed Kenyan marchers.", "Police=?COP | Kenyan marchers=KENCVL"},
		{"2024-01-01", "Gunmen killed an opposition mayoral candidate.", "Gunmen=?UAF | opposition mayoral candidate=?OPP"},
		{"2024-01-01", "An opposition parliamentary candidate was detained.", "opposition parliamentary candidate=?OPP"},
	}, showCode)
}

// TestChiefCabinetSecretary checks, on sentences written for this test,
// that Japan's chief cabinet secretary is a title of its government,
// before a name and alone.
func TestChiefCabinetSecretary(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2023-02-01", "Japan's chief cabinet secretary Hirokazu Matsuno brushed off the report.", "Japan's chief cabinet secretary Hirokazu Matsuno=JPNGOV"},
		{"2023-02-01", "The Japanese chief cabinet secretary brushed off the report.", "The Japanese chief cabinet secretary=JPNGOV"},
	}, showCode)
}

// TestGroupBranches checks, on sentences written for this test, that a
// transnational group's branch in one state is that state's rebels (as
// AQAP is YEMREB), that spellings of the affiliates' names without a
// hyphen are known, and that Fatah al-Islam is not Fatah.
func TestGroupBranches(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2012-05-01", "Al Qaeda's Yemen branch seized a town.", "Al Qaeda's Yemen branch=YEMREB"},
		{"2021-09-01", "Islamic State's Afghan affiliate bombed a mosque.", "Islamic State's Afghan affiliate=AFGREB"},
		{"2012-05-01", "Al Qaeda in the Arabian Peninsula seized a town.", "Al Qaeda in the Arabian Peninsula=YEMREB"},
		{"2012-05-01", "Al Qaeda said it had seized a town.", "Al Qaeda=IMGMOSALQ"},
		{"2007-06-01", "Fatah al-Islam gunmen ambushed a patrol.", "Fatah al-Islam gunmen=LBNREB"},
	}, showCode)
}

// TestEthnicKinPrivate checks, on sentences written for this test, that
// "ethnic" before a kin state's adjective leaves private people and
// groups of a minority to the state they live in (unresolved here, the
// coder takes it from the sentence), officials keeping the general rule.
func TestEthnicKinPrivate(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2010-07-01", "Kyrgyz police held an ethnic Uzbek rights activist.", "Kyrgyz police=KGZCOP | Uzbek rights activist=?HRI"},
		{"2010-07-01", "An ethnic Albanian party quit the coalition.", "Albanian party=?PTY"},
		{"2010-07-01", "An Uzbek rights activist spoke.", "Uzbek rights activist=UZBHRI"},
		{"2010-07-01", "Ethnic Armenian leaders met the envoy.", "Armenian leaders=ARMGOV | the envoy=?GOV"},
	}, showCode)
}

// TestStateKurds checks, on sentences written for this test, that Kurds
// named by the state they live in (Iran, Iraq, Turkey) are that state's
// actors, while Syria's Kurdish forces keep their own rule, with no stray
// "Syrian" modifier left before them (syrian_kurds.go).
func TestStateKurds(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2022-09-01", "Iraqi Kurdish authorities detained a reporter.", "Iraqi Kurdish authorities=IRQGOV | reporter=?MED"},
		{"2022-09-01", "Drones struck an Iranian Kurdish opposition party.", "Drones=?MIL | Iranian Kurdish opposition party=IRNOPP"},
		{"2022-09-01", "Turkish Kurdish militants ambushed a convoy.", "Turkish Kurdish militants=TURREB"},
		{"2022-09-01", "Syrian Kurdish forces captured the town.", "forces=SYRREB"},
		{"2022-09-01", "Turkey warned Syrian Kurdish fighters.", "Turkey=TUR | fighters=SYRREB"},
	}, showCode)
}

// TestLongerNameOfState checks, on sentences written for this test, that
// a short name two states' people bear is, after one state's name, the
// holder of that state whose fuller name begins with it ("King Abdullah"
// alone was the Saudi king's in 2005-2015, Jordan's is King Abdullah II),
// and that "former" keeps the country alone.
func TestLongerNameOfState(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2012-03-01", "Jordan's King Abdullah flew to Ramallah.", "Jordan's King Abdullah=JORGOV | Ramallah=PSE"},
		{"2012-03-01", "Jordanian King Abdullah flew to Ramallah.", "Jordanian King Abdullah=JORGOV | Ramallah=PSE"},
		{"2012-03-01", "King Abdullah flew to Riyadh.", "King Abdullah=SAUGOV | Riyadh=SAU"},
		{"2012-03-01", "Saudi King Abdullah flew to Riyadh.", "Saudi King Abdullah=SAUGOV | Riyadh=SAU"},
	}, showCode)
}

// TestMoreOfficeHolders checks, on sentences written for this test, office
// holders the wire development sets name (people.txt): in office on a day
// of their terms, the country alone after (or OPP while leading the
// opposition).
func TestMoreOfficeHolders(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2013-05-01", "Ali Zeidan flew to Rome.", "Ali Zeidan=LBYGOV | Rome=ITA"},
		{"2010-05-20", "Roza Otunbayeva toured Osh.", "Roza Otunbayeva=KGZGOV"},
		{"2002-06-01", "Zoran Djindjic met investors.", "Zoran Djindjic=SRBGOV | investors=?BUS"},
		{"2003-03-12", "A sniper shot Zoran Djindjic in Belgrade.", "Zoran Djindjic=SRBGOV | Belgrade=SRB"},
		{"2003-03-20", "Zoran Djindjic was buried.", "Zoran Djindjic=SRB"},
		{"1999-07-01", "Lee Teng-hui spoke of state-to-state ties.", "Lee Teng-hui=TWNGOV"},
		{"2001-12-28", "Adolfo Rodriguez Saa froze payments.", "Adolfo Rodriguez Saa=ARGGOV"},
		{"2019-10-25", "Carlos Mesa called for a runoff.", "Carlos Mesa=BOLOPP"},
		{"2004-01-01", "Carlos Mesa spoke in La Paz.", "Carlos Mesa=BOLGOV | La Paz=BOL"},
		{"2012-04-02", "Amadou Sanogo met envoys.", "Amadou Sanogo=MLIGOV | envoys=?GOV"},
		{"2008-09-09", "Judges removed Samak Sundaravej.", "Judges=?JUD | Samak Sundaravej=THAGOV"},
		{"2018-04-23", "Serzh Sarksyan stepped down in Yerevan.", "Serzh Sarksyan=ARMGOV | Yerevan=ARM"},
		{"2018-04-24", "Serzh Sarkisian stayed silent.", "Serzh Sarkisian=ARM"},
		{"2018-04-30", "Karen Karapetyan stayed on as acting premier.", "Karen Karapetyan=ARMGOV"},
	}, showCode)
}

// TestOppositionTitleOfState checks, on sentences written for this test,
// that a person the dictionary knows only as an organisation's head is,
// after a state's name and an opposition title, that state's opposition
// (Jean Ping, AU Commission chairman 2008-2012, in Gabon's 2016
// election), while his name alone stays as the dictionary dates it.
func TestOppositionTitleOfState(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2016-09-02", "Gabon's opposition leader Jean Ping called a general strike.", "Gabon's opposition leader Jean Ping=GABOPP"},
		{"2016-09-02", "Gabonese opposition candidate Jean Ping called a general strike.", "Gabonese opposition candidate Jean Ping=GABOPP"},
		{"2010-05-02", "Jean Ping flew to Addis Ababa.", "Jean Ping=IGOAFRAFU | Addis Ababa=ETH"},
		{"2016-09-02", "Gabon's former opposition leader Jean Ping spoke.", "Gabon's former opposition leader Jean Ping=GAB"},
	}, showCode)
}

// TestAgentTeam checks, on sentences written for this test, that an
// agent before "team" or "squad" is that body acting through its team,
// as before "unit" ("a police team", "a special counsel team"), not a
// modifier of a noun that names no one.
func TestAgentTeam(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-04-12", "A police team questioned the mayor.", "police=?COP | the mayor=?GOV"},
		{"2024-04-12", "A Kenyan special counsel team questioned the mayor.", "Kenyan special counsel=KENJUD | the mayor=?GOV"},
		{"2024-04-12", "An army squad detained the mayor.", "army=?MIL | the mayor=?GOV"},
	}, showCode)
}

// TestComunerosDelSur checks, on a sentence written for this test, that
// the Colombian armed group Comuneros del Sur is COLREB, where "Sur" was
// read as the Omani town (OMN).
func TestComunerosDelSur(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-04-12", "The Comuneros del Sur freed two hostages.", "The Comuneros del Sur=COLREB | hostages=?CVL"},
	}, showCode)
}
