package events_test

import (
	"testing"
)

// TestCoerceGrid samples the 17 grid of verbs.txt: phrasal verbs of
// arrest (173), deportation (174) and seizure (171) with the people or
// property in their object; none when the object is no person ("picked up
// a knee injury") or no state acts (a party expelling its lawmakers).
func TestCoerceGrid(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Venezuelan police rounded up dozens of opposition activists on Tuesday.", []string{"VENCOP 173 VENOPP asserted"}},
		{"Egypt threw three Italian students in prison last week.", []string{"EGY 173 ITAEDU asserted"}},
		{"Turkish police picked up four Syrian migrants near the border with Greece.", []string{"TURCOP 173 SYRREF asserted"}},
		{"A Minsk court extended the detention of a Polish journalist on Friday.", []string{"BLRJUD 173 POLMED asserted"}},
		{"Nicaragua kicked out two Spanish priests on Sunday.", []string{"NIC 174 ESPREL asserted"}},
		{"Iranian commandos took control of a Liberian-flagged tanker in the Gulf of Oman.", []string{"IRNMIL 171 LBR asserted"}},
		{"The striker picked up a knee injury against Chelsea.", nil},
		{"The party kicked out two lawmakers who voted against the budget.", nil},
	}, false)
}

// TestReduceRelationsGrid samples the 16 grid of verbs.txt: verbs of
// cutting with ties (161), cooperation (160; military cooperation is
// rejected, 1212), aid by kind (162, 1622, 1623), talks (164) and trade
// (163), and entry to a state banned to foreigners (163); a thaw, a
// deadlock broken or cooperation scaled up is no cut.
func TestReduceRelationsGrid(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Mali severed diplomatic relations with Ukraine on Sunday.", []string{"MLI 161 UKR asserted"}},
		{"Nicaragua cut ties with the Vatican on Monday.", []string{"NIC 161 VAT asserted"}},
		{"Niger suspended military cooperation with the United States.", []string{"NER 1212 USA asserted"}},
		{"Russia suspended its cooperation with NATO on Monday.", []string{"RUS 160 IGOWSTNAT asserted"}},
		{"Mali froze its defence cooperation with France.", []string{"MLI 1212 FRA asserted"}},
		{"Benin curtailed military cooperation with Niger.", []string{"BEN 160 NER asserted"}},
		{"The Netherlands froze development funding to Rwanda on Tuesday.", []string{"NLD 162 RWA asserted"}},
		{"Washington paused military aid to Ukraine.", []string{"USA 1622 UKR asserted"}},
		{"The United States slashed humanitarian aid to Afghanistan last month.", []string{"USA 1623 AFG asserted"}},
		{"Colombia broke off talks with the ELN on Friday.", []string{"COL 164 COLREB asserted"}},
		{"Turkey halted all trade with Israel on Thursday.", []string{"TUR 163 ISR asserted"}},
		{"Latvia banned three Russian journalists from entering the country on Friday.", []string{"LVA 163 RUSMED asserted"}},
		{"The European Union banned five Iranian officials from entering the bloc on Monday.", []string{"IGOEUREEC 163 IRNGOV asserted"}},
		{"Saudi Arabia and Iran ended the freeze in relations in March.", nil},
		{"Qatar broke the deadlock in talks with Hamas.", nil},
	}, false)
}

// TestInquiryGrid samples the 09 grid of verbs.txt: an inquiry into a
// crime (091), abuses (092), an attack (093) or war crimes (094) takes the
// agent named with "by" or "against", or by a possessive before an act
// its owner did ("Iran's crackdown"), or by a demonym before "war
// crimes" ("suspected Russian war crimes"), as target; none for a place
// or a victim ("Navalny's poisoning").
func TestInquiryGrid(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The UN Human Rights Council opened an inquiry into abuses by Nicaraguan police on Friday.", []string{"IGOUNOHRC 092 NICCOP asserted"}},
		{"Kenyan prosecutors launched a probe into corruption allegations against the country's health minister.", []string{"KENJUD 091 KENGOV asserted"}},
		{"The UN opened an inquiry into killings of civilians by Sudan's army on Monday.", []string{"IGOUNO 093 SDNMIL asserted"}},
		{"The International Criminal Court examined atrocities in Darfur last year.", []string{"IGOICC 094 - asserted"}},
		{"Polish prosecutors are looking into espionage by Russian agents.", []string{"POLJUD 091 RUS asserted"}},
		{"Israel's military opened an inquiry into the death of a Palestinian teenager in Jenin.", []string{"ISRMIL 090 - asserted"}},
		{"The UN launched an inquiry into Iran's crackdown on protesters.", []string{"IGOUNO 090 IRN asserted", "IRN 175 IRNCVL asserted"}},
		{"Germany opened an investigation into Navalny's poisoning on Monday.", []string{"DEU 091 - asserted"}},
		// a demonym before "war crimes": the state whose forces are investigated
		{"Georgian prosecutors opened dozens of investigations into suspected Russian war crimes.", []string{"GEOJUD 094 RUS asserted"}},
		// near miss: war crimes in a place
		{"The ICC opened an investigation into alleged war crimes in Ukraine.", []string{"IGOICC 094 - asserted"}},
	}, false)
}

// TestDemonymPlotInquiry codes an inquiry into a plot or act a demonym
// ties to another state as an inquiry into that state (gold README,
// Conventions: "an inquiry into a suspected Russian plot" RUS): with
// "into" or as the object of "investigate", with a noun between. The
// investigating state's own demonym, a victim ("the death of a
// Palestinian teenager") and a plot in a place name no one.
func TestDemonymPlotInquiry(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Polish prosecutors opened an inquiry into a suspected Russian plot.", []string{"POLJUD 091 RUS asserted"}},
		{"Dutch prosecutors opened a probe on Monday into an alleged Iranian plot to kill a dissident in Amsterdam.", []string{"NLDJUD 091 IRN asserted"}},
		{"Czech police are investigating a suspected Russian sabotage attack on an arms depot.", []string{"CZECOP 091 RUS asserted"}},
		{"Lithuanian prosecutors launched an investigation into a Belarusian sabotage operation against the power grid.", []string{"LTUJUD 091 BLR asserted"}},
		// near misses: the state's own demonym, a victim, a plot in a place
		{"Polish prosecutors opened an inquiry into a Polish plot.", []string{"POLJUD 091 - asserted"}},
		{"Israel's military opened an inquiry into the death of a Palestinian teenager in Jenin.", []string{"ISRMIL 090 - asserted"}},
		{"German prosecutors opened an inquiry into a sabotage plot in Berlin.", []string{"DEUJUD 091 - asserted"}},
	}, false)
}

// TestCooperationGrid samples the 06 grid of verbs.txt: drills and
// patrols held with a named partner (062 both ways), intelligence handed
// to a party (064), trade expanded (061); drills with no partner stay a
// show of force, and an intelligence chief handed over is an extradition.
func TestCooperationGrid(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Vietnam kicked off joint naval patrols with Cambodia on Wednesday.", []string{"VNM 062 KHM asserted", "KHM 062 VNM asserted"}},
		{"Japan wrapped up combined air drills with Australia.", []string{"JPN 150 - asserted", "AUS 150 - asserted"}},
		{"Britain fed intelligence to Ukraine about Russian troop movements.", []string{"GBR 064 UKR asserted"}},
		{"Indonesia boosted trade with Australia last year.", []string{"IDN 061 AUS asserted", "AUS 061 IDN asserted"}},
		{"India held naval drills in the Arabian Sea on Monday.", []string{"IND 150 - asserted"}},
		{"Spain handed over a former Peruvian intelligence chief to authorities in Lima.", []string{"ESP 063 PERGOV asserted"}},
	}, false)
}

// TestProtestGrid samples the 14 grid of verbs.txt: a march "in protest
// at" a policy keeps the march and aims it at the government, a crowd
// outside parliament demonstrates, a general strike is 143, a march over
// the arrest of one of their own is against their government
// (detainedGrievance); ministers outside a palace do not protest.
func TestProtestGrid(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Thousands of Greek farmers rallied in protest at rising fuel costs on Tuesday.", []string{"GRCAGR 141 GRCGOV asserted"}},
		{"Hundreds of Serbian students gathered outside parliament on Sunday.", []string{"SRBEDU 141 SRBLEG asserted"}},
		{"Nigerian unions launched an indefinite general strike over the minimum wage on Monday.", []string{"NGALAB 143 NGAGOV asserted"}},
		{"Italian transport workers began two weeks of rolling strikes on Monday against the government's pension reform.", []string{"ITALAB 143 ITAGOV asserted"}},
		{"Thousands of Georgian opposition supporters marched in Tbilisi over the arrest of an opposition leader on Sunday.", []string{"GEOOPP 141 GEOGOV asserted"}},
		{"Ministers gathered outside the palace for a photograph.", nil},
	}, false)
}

// TestWeaponsFightGrid: a fight or clash that names its weapons takes
// their code (heavy weapons, artillery, tanks 194; small arms, machine
// guns 193), and a list of two sides that "fought with" weapons fought
// each other: the weapons are no third party.
func TestWeaponsFightGrid(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Malian soldiers and Tuareg separatists fought with heavy weapons near Kidal on Tuesday.", []string{"MLIMIL 194 MLIREB asserted", "MLIREB 194 MLIMIL asserted"}},
		{"Somali troops and al-Shabaab militants clashed using heavy weapons outside Kismayo on Friday.", []string{"SOMMIL 194 SOMREB asserted", "SOMREB 194 SOMMIL asserted"}},
		{"Philippine marines and Abu Sayyaf gunmen fought with machine guns on Jolo island on Monday.", []string{"PHLMIL 193 PHLREB asserted", "PHLREB 193 PHLMIL asserted"}},
		{"Chadian troops attacked rebel positions with heavy weapons near Abeche on Sunday.", []string{"TCDMIL 194 TCDREB asserted"}},
		{"Congolese troops and militiamen fought with Rwandan soldiers near Goma on Sunday.", []string{"CODMIL 190 RWAMIL asserted", "RWAMIL 190 CODMIL asserted", "CODUAF 190 RWAMIL asserted", "RWAMIL 190 CODUAF asserted"}},
	}, false)
}

// TestAbductionGrid samples the 18 grid of verbs.txt: people seized,
// carried off or dragged away by an armed group are abducted (181); an
// award carried off is no event.
func TestAbductionGrid(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Boko Haram fighters carried off dozens of schoolgirls in Borno state on Friday.", []string{"NGAREB 181 NGAEDU asserted"}},
		{"Gunmen from the Islamic State group seized two Italian engineers in Libya.", []string{"IMGMOSISL 181 ITACVL asserted"}},
		{"Al-Shabaab militants dragged away three Kenyan teachers near Mandera.", []string{"SOMREB 181 KENEDU asserted"}},
		{"The striker carried off the award for best player.", nil},
	}, false)
}

// TestRejectionGrid samples the 12 grid of verbs.txt: a proposal or
// invitation shot down or waved off is rejected (120); a drone shot down
// stays an attack.
func TestRejectionGrid(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Hamas shot down the latest Israeli proposal on Sunday.", []string{"PSEREB 120 ISR asserted"}},
		{"Moscow waved off a Ukrainian invitation to the ceremony.", []string{"RUS 120 UKR asserted"}},
		{"Ukraine shot down a Russian drone over Kyiv on Sunday.", []string{"UKR 190 RUSMIL asserted"}},
	}, false)
}

// TestIntentThroughGrids checks that the grids carry through intent and
// threat verbs: a cooperative grid act planned is its 03x intent
// (future), a cut or arrest vowed or threatened its 13x threat
// (asserted); an inquiry pledged, which no threat code fits, is only
// planned (future).
func TestIntentThroughGrids(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Britain pledged to share intelligence with Ukraine on Monday.", []string{"GBR 0314 UKR future"}},
		{"Japan said it was ready to boost trade with Vietnam.", []string{"JPN 0311 VNM future"}},
		{"Algeria threatened to sever diplomatic relations with France on Monday.", []string{"DZA 1313 FRA asserted"}},
		{"Washington vowed to halt military aid to Kyiv on Monday.", []string{"USA 1311 UKR asserted"}},
		{"Russia threatened to round up British journalists on Monday.", []string{"RUS 137 GBRMED asserted"}},
		{"Japan pledged on Monday to investigate alleged abuses by its troops in South Sudan.", []string{"JPN 092 - future"}},
	}, false)
}

// TestConflictRootsGrid codes sentences written by the dyad team for "lexicon grid
// B" of events/data/verbs.txt: the common English and wire phrasings of
// CAMEO roots 11–20 (disapproval, rejection, threats, protests, force
// posture, reduced relations, coercion, assault, fighting, mass violence),
// written code by code: light-verb and noun forms ("registered a strong
// protest with", "instituted proceedings against", "occupied the square"),
// refusals made specific (1231, 1234, 1241, 1243), and the phrasings the
// earlier passes already coded, kept here as one sentence per code. Each
// sentence is published on 2024-07-13 (a Saturday); each want lists every
// event as "SOURCE CAMEO TARGET status date", in any order.
func TestConflictRootsGrid(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Egypt voiced anger at Israel over the raid on Monday.",
			[]string{"EGY 111 ISR asserted 2024-07-08"}},
		{"Hungary heaped scorn on the European Commission on Tuesday.",
			[]string{"HUN 111 IGOEUREEC asserted 2024-07-09"}},
		{"China issued a sharp rebuke to Japan on Wednesday.",
			[]string{"CHN 111 JPN asserted 2024-07-10"}},
		{"The Brazilian government drew criticism from Argentina on Friday.",
			[]string{"ARG 111 BRAGOV asserted 2024-07-12"}},
		{"Russia took aim at NATO on Monday over the exercises.",
			[]string{"RUS 111 IGOWSTNAT asserted 2024-07-08"}},
		{"Iran rounded on Saudi Arabia on Tuesday.",
			[]string{"IRN 111 SAU asserted 2024-07-09"}},
		{"Venezuela levelled accusations against Guyana on Wednesday.",
			[]string{"VEN 112 GUY asserted 2024-07-10"}},
		{"Russia pointed the finger at Ukraine on Thursday over the bombing.",
			[]string{"RUS 112 UKR asserted 2024-07-11"}},
		{"Israel held Iran responsible for the attack on Friday.",
			[]string{"ISR 112 IRN asserted 2024-07-12"}},
		{"Armenia rallied allies against Azerbaijan on Monday.",
			[]string{"ARM 113 AZE asserted 2024-07-08"}},
		{"Russia formed a front against NATO on Tuesday.",
			[]string{"RUS 113 IGOWSTNAT asserted 2024-07-09"}},
		{"Pakistan registered a strong protest with India on Wednesday.",
			[]string{"PAK 114 IND asserted 2024-07-10"}},
		{"China made representations to the United States on Thursday.",
			[]string{"CHN 114 USA asserted 2024-07-11"}},
		{"Ukraine launched legal action against Russia on Friday.",
			[]string{"UKR 115 RUS asserted 2024-07-12"}},
		{"Gambia instituted proceedings against Myanmar on Monday.",
			[]string{"GMB 115 MMR asserted 2024-07-08"}},
		{"Mexico took Ecuador to court on Tuesday.",
			[]string{"MEX 115 ECU asserted 2024-07-09"}},
		{"A UN tribunal found Serbia responsible for the massacre on Thursday.",
			[]string{"IGOUNO 116 SRB asserted 2024-07-11"}},
		{"Kosovo refused to recognise Serbia's claim on Friday.",
			[]string{"KSV 120 SRB asserted 2024-07-12"}},
		{"Hungary poured cold water on Ukraine's bid on Monday.",
			[]string{"HUN 120 UKR asserted 2024-07-08"}},
		{"The Kenyan president rejected calls for his resignation on Tuesday.",
			[]string{"KENGOV 1231 - asserted 2024-07-09"}},
		{"Thailand's prime minister dismissed demands for early elections on Wednesday.",
			[]string{"THAGOV 1234 - asserted 2024-07-10"}},
		{"The Pakistani government rejected calls for reform on Thursday.",
			[]string{"PAKGOV 123 - asserted 2024-07-11"}},
		{"Niger's junta refused to lift the state of emergency on Friday.",
			[]string{"NERGOV 1241 - asserted 2024-07-12"}},
		{"Iran refused to back down on Monday.",
			[]string{"IRN 124 - asserted 2024-07-08"}},
		{"North Korea refused to meet South Korean officials on Thursday.",
			[]string{"PRK 125 KORGOV asserted 2024-07-11"}},
		{"Serbia ruled out talks with Kosovo on Friday.",
			[]string{"SRB 125 KSV asserted 2024-07-12"}},
		{"Russia rejected Ukraine's peace plan on Monday.",
			[]string{"RUS 127 UKR asserted 2024-07-08"}},
		{"Hamas rebuffed Israel's truce offer on Tuesday.",
			[]string{"PSEREB 127 ISR asserted 2024-07-09"}},
		{"Israel ignored the ruling of the International Court of Justice on Wednesday.",
			[]string{"ISR 128 IGOUNOICJ asserted 2024-07-10"}},
		{"Russia flouted international law on Thursday.",
			[]string{"RUS 128 - asserted 2024-07-11"}},
		{"China used its veto on Friday to block the resolution.",
			[]string{"CHN 129 - asserted 2024-07-12"}},
		{"The Nigerian president vetoed the bill on Monday.",
			[]string{"NGAGOV 129 NGALEG asserted 2024-07-08"}},
		{"The Kenyan opposition threatened to boycott the election on Tuesday.",
			[]string{"KENOPP 1312 - asserted 2024-07-09"}},
		{"Hamas threatened to pull out of the talks with Israel on Wednesday.",
			[]string{"PSEREB 134 ISR asserted 2024-07-10"}},
		{"Thailand's army threatened to impose martial law on Thursday.",
			[]string{"THAMIL 1324 - asserted 2024-07-11"}},
		{"Iranian police threatened to crack down on protesters on Monday.",
			[]string{"IRNCOP 137 IRNCVL asserted 2024-07-08"}},
		{"Hezbollah threatened to strike Israel on Tuesday.",
			[]string{"LBNREB 138 ISR asserted 2024-07-09"}},
		{"Russia threatened military action against Moldova on Wednesday.",
			[]string{"RUS 138 MDA asserted 2024-07-10"}},
		{"China threatened to expel Lithuanian diplomats on Thursday.",
			[]string{"CHN 1313 LTUGOV asserted 2024-07-11"}},
		{"Washington threatened to halt funding to the Palestinian Authority on Friday.",
			[]string{"USA 1311 PSEGOV asserted 2024-07-12"}},
		{"The United States set a deadline for Iran on Monday.",
			[]string{"USA 139 IRN asserted 2024-07-08"}},
		{"North Korea issued a threat to South Korea on Tuesday.",
			[]string{"PRK 130 KOR asserted 2024-07-09"}},
		{"Thousands of Kenyan students staged a march in Nairobi on Wednesday.",
			[]string{"KENEDU 141 - asserted 2024-07-10"}},
		{"Georgian opposition supporters held a rally in Tbilisi on Thursday.",
			[]string{"GEOOPP 141 GEOGOV asserted 2024-07-11"}},
		{"Nigerian doctors staged a strike on Friday.",
			[]string{"NGAHLH 143 NGAGOV asserted 2024-07-12"}},
		{"French dockworkers downed tools on Monday.",
			[]string{"FRALAB 143 FRAGOV asserted 2024-07-08"}},
		{"Kenyan opposition lawmakers boycotted the session of parliament on Tuesday.",
			[]string{"KENOPP 143 KENLEG asserted 2024-07-09"}},
		{"Serbian students occupied the square in Belgrade on Thursday.",
			[]string{"SRBEDU 144 SRBGOV asserted 2024-07-11"}},
		{"Rioters went on the rampage in Dhaka on Friday.",
			[]string{"BGDCVL 145 - asserted 2024-07-12"}},
		{"Protesters threw stones at Kenyan police on Monday.",
			[]string{"KENCVL 145 KENCOP asserted 2024-07-08"}},
		{"Kenya deployed riot police in Nairobi on Tuesday.",
			[]string{"KEN 153 - asserted 2024-07-09"}},
		{"India put its troops on alert on Wednesday.",
			[]string{"INDMIL 152 - asserted 2024-07-10"}},
		{"Russia moved tanks to the border with Ukraine on Thursday.",
			[]string{"RUS 154 UKR asserted 2024-07-11"}},
		{"China staged war games around Taiwan on Friday.",
			[]string{"CHN 150 - asserted 2024-07-12"}},
		{"North Korea fired a ballistic missile into the sea on Monday.",
			[]string{"PRK 150 - asserted 2024-07-08"}},
		{"Mali downgraded diplomatic ties with Algeria on Tuesday.",
			[]string{"MLI 161 DZA asserted 2024-07-09"}},
		{"Israel withdrew its ambassador from South Africa on Wednesday.",
			[]string{"ISR 161 ZAF asserted 2024-07-10"}},
		{"Russia declared two Estonian diplomats persona non grata on Thursday.",
			[]string{"RUS 161 ESTGOV asserted 2024-07-11"}},
		{"Lithuania closed its embassy in Belarus on Friday.",
			[]string{"LTU 161 BLR asserted 2024-07-12"}},
		{"Britain imposed fresh sanctions on Iran on Monday.",
			[]string{"GBR 163 IRN asserted 2024-07-08"}},
		{"Germany suspended arms exports to Turkey on Wednesday.",
			[]string{"DEU 163 TUR asserted 2024-07-10"}},
		{"Britain suspended humanitarian aid to Ethiopia on Thursday.",
			[]string{"GBR 1623 ETH asserted 2024-07-11"}},
		{"Hamas walked out of talks with Israel on Friday.",
			[]string{"PSEREB 164 ISR asserted 2024-07-12"}},
		{"Israel suspended negotiations with Hamas on Monday.",
			[]string{"ISR 164 PSEREB asserted 2024-07-08"}},
		{"Mali withdrew peacekeepers from Sudan on Tuesday.",
			[]string{"MLI 1661 SDNMIL asserted 2024-07-09"}},
		{"Iran kicked out UN inspectors on Wednesday.",
			[]string{"IRN 1662 IGOUNO asserted 2024-07-10"}},
		{"Ethiopia suspended the activities of aid agencies on Thursday.",
			[]string{"ETH 1663 - asserted 2024-07-11"}},
		{"Iran seized a Greek tanker on Friday.",
			[]string{"IRN 171 GRC asserted 2024-07-12"}},
		{"Israeli forces bulldozed Palestinian homes on Monday.",
			[]string{"ISRMIL 1712 PSECVL asserted 2024-07-08"}},
		{"Egyptian police took the journalist into custody on Tuesday.",
			[]string{"EGYCOP 173 EGYMED asserted 2024-07-09"}},
		{"Pakistani prosecutors charged Imran Khan with corruption on Wednesday.",
			[]string{"PAKJUD 173 PAKOPP asserted 2024-07-10"}},
		{"A Russian court sentenced the opposition leader to prison on Thursday.",
			[]string{"RUSJUD 173 RUSOPP asserted 2024-07-11"}},
		{"Belarusian police rounded up activists on Friday.",
			[]string{"BLRCOP 173 BLRCVL asserted 2024-07-12"}},
		{"Germany deported Afghan migrants on Monday.",
			[]string{"DEU 174 AFGREF asserted 2024-07-08"}},
		{"Thailand's junta outlawed the opposition party on Tuesday.",
			[]string{"THAGOV 1722 THAOPP asserted 2024-07-09"}},
		{"Iran banned protests on Wednesday.",
			[]string{"IRN 1721 IRNCVL asserted 2024-07-10"}},
		{"Russia shut down the independent newspaper on Thursday.",
			[]string{"RUS 1721 RUSMED asserted 2024-07-11"}},
		{"The Bangladeshi government declared a state of emergency on Friday.",
			[]string{"BGDGOV 1724 - asserted 2024-07-12"}},
		{"Niger's junta imposed a curfew on Monday.",
			[]string{"NERGOV 1723 - asserted 2024-07-08"}},
		{"Iranian police used tear gas on protesters on Tuesday.",
			[]string{"IRNCOP 175 IRNCVL asserted 2024-07-09"}},
		{"Kenyan police opened fire on protesters on Wednesday.",
			[]string{"KENCOP 175 KENCVL asserted 2024-07-10"}},
		{"Iran's army crushed the protests on Thursday.",
			[]string{"IRNMIL 175 IRNCVL asserted 2024-07-11"}},
		{"Chinese hackers hacked into the systems of the Indian power grid on Friday.",
			[]string{"CHNCRM 176 IND asserted 2024-07-12"}},
		{"Russia launched a cyberattack on Estonia on Monday.",
			[]string{"RUS 176 EST asserted 2024-07-08"}},
		{"Pakistani militants planted a bomb at a Pakistani police station on Friday.",
			[]string{"PAKREB 183 PAKCOP asserted 2024-07-12"}},
		{"Russia launched an offensive against Ukraine on Friday.",
			[]string{"RUS 190 UKR asserted 2024-07-12"}},
		{"Israel launched a ground offensive in Gaza on Monday.",
			[]string{"ISR 190 PSE asserted 2024-07-08"}},
		{"Russian forces pounded Ukrainian cities on Wednesday.",
			[]string{"RUSMIL 194 UKR asserted 2024-07-10"}},
		{"Sudanese troops exchanged fire with RSF fighters on Thursday.",
			[]string{"SDNMIL 190 SDNREB asserted 2024-07-11", "SDNREB 190 SDNMIL asserted 2024-07-11"}},
		{"Israel laid siege to Gaza City on Friday.",
			[]string{"ISR 191 PSE asserted 2024-07-12"}},
		{"Russian troops captured the town of Avdiivka on Monday.",
			[]string{"RUSMIL 192 UKR asserted 2024-07-08"}},
		{"Hamas fired rockets at Israel on Tuesday.",
			[]string{"PSEREB 194 ISR asserted 2024-07-09"}},
		{"Israel carried out airstrikes on Hezbollah on Wednesday.",
			[]string{"ISR 195 LBNREB asserted 2024-07-10"}},
		{"Hamas breached the ceasefire with Israel on Friday.",
			[]string{"PSEREB 196 ISR asserted 2024-07-12"}},
		{"Myanmar's army committed atrocities against the Rohingya on Monday.",
			[]string{"MMRMIL 202 MMRCVL asserted 2024-07-08"}},
		{"Syria used chemical weapons against civilians on Wednesday.",
			[]string{"SYR 2041 SYRCVL asserted 2024-07-10"}},
	}, true)
}
