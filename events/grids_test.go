package events_test

import "testing"

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
// cutting with ties (161), cooperation (160), aid by kind (162, 1622,
// 1623), talks (164) and trade (163); a thaw, a deadlock broken or
// cooperation scaled up is no cut.
func TestReduceRelationsGrid(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Mali severed diplomatic relations with Ukraine on Sunday.", []string{"MLI 161 UKR asserted"}},
		{"Nicaragua cut ties with the Vatican on Monday.", []string{"NIC 161 VAT asserted"}},
		{"Niger suspended military cooperation with the United States.", []string{"NER 160 USA asserted"}},
		{"The Netherlands froze development funding to Rwanda on Tuesday.", []string{"NLD 162 RWA asserted"}},
		{"Washington paused military aid to Ukraine.", []string{"USA 1622 UKR asserted"}},
		{"The United States slashed humanitarian aid to Afghanistan last month.", []string{"USA 1623 AFG asserted"}},
		{"Colombia broke off talks with the ELN on Friday.", []string{"COL 164 COLREB asserted"}},
		{"Turkey halted all trade with Israel on Thursday.", []string{"TUR 163 ISR asserted"}},
		{"Saudi Arabia and Iran ended the freeze in relations in March.", nil},
		{"Qatar broke the deadlock in talks with Hamas.", nil},
	}, false)
}

// TestInquiryGrid samples the 09 grid of verbs.txt: an inquiry into a
// crime (091), abuses (092), an attack (093) or war crimes (094) takes the
// agent named with "by" or "against", or by a possessive before an act
// its owner did ("Iran's crackdown"), as target; none for a place or a
// victim ("Navalny's poisoning").
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
	}, false)
}

// TestCooperationGrid samples the 06 grid of verbs.txt: drills and
// patrols held with a named partner (062 both ways), intelligence handed
// to a party (064), trade expanded (061); drills with no partner stay a
// show of force, and an intelligence chief handed over is an extradition.
func TestCooperationGrid(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Vietnam kicked off joint naval patrols with Cambodia on Wednesday.", []string{"VNM 062 KHM asserted", "KHM 062 VNM asserted"}},
		{"Japan wrapped up combined air drills with Australia.", []string{"JPN 062 AUS asserted", "AUS 062 JPN asserted"}},
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
		{"Hundreds of Serbian students gathered outside parliament on Sunday.", []string{"SRBEDU 141 - asserted"}},
		{"Nigerian unions launched an indefinite general strike over the minimum wage on Monday.", []string{"NGALAB 143 NGAGOV asserted"}},
		{"Thousands of Georgian opposition supporters marched in Tbilisi over the arrest of an opposition leader on Sunday.", []string{"GEOOPP 141 GEOGOV asserted"}},
		{"Ministers gathered outside the palace for a photograph.", nil},
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
		{"Moscow waved off a Ukrainian invitation to talks.", []string{"RUS 120 UKR asserted"}},
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
