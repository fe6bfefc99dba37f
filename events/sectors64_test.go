package events_test

import "testing"

// TestSectors64 checks, on invented wire sentences, the sectors of actors
// that a country's name alone does not settle (session 64): a former
// office holder named with one modifier before the title or as the
// former holder of a state body's office is the country alone; people of
// a nation displaced from their homes are refugees; a government in exile
// keeps its role; the words of election bodies and tribal leaders; the
// Taliban before they took Kabul; a state's body a people dominates.
// Each group ends with near misses that
// keep their sector.
func TestSectors64(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		// "former" before one modifier of the title: the country alone
		{"2019-05-10", "Kenyan police arrested a former mining minister in Nairobi on Tuesday.", []string{"KENCOP 173 KEN asserted"}},
		{"2019-05-10", "Zambia's anti-graft commission questioned a former fisheries minister on Tuesday.", []string{"ZMBGOV 091 ZMB asserted"}},
		{"2019-05-10", "A Nigerian court summoned a former oil minister on Tuesday.", []string{"NGAJUD 114 NGA asserted"}},
		{"2019-05-10", "Malaysian police detained a former tourism official on Friday.", []string{"MYSCOP 173 MYS asserted"}},
		{"2019-05-10", "Mongolia's anti-corruption agency questioned a former mining minister on Tuesday over licences.", []string{"MNGGOV 091 MNG asserted"}},
		// near misses: in office; two modifiers (left as they were); a
		// force's former commander (the gold keeps MIL)
		{"2019-05-10", "Kenyan police arrested the mining minister in Nairobi on Tuesday.", []string{"KENCOP 173 KENGOV asserted"}},
		{"2019-05-10", "Malaysian police detained a former senior tourism official on Friday.", []string{"MYSCOP 173 MYSGOV asserted"}},
		{"2019-05-10", "Ukraine's security service accused a former deputy commander of the national guard on Thursday of spying for Moscow.", []string{"UKRSPY 112 UKRMIL asserted"}},

		// the former holder of a state body's office: the country alone
		{"2019-05-10", "Seoul prosecutors questioned a former director of the National Intelligence Service on Friday.", []string{"KORJUD 091 KOR asserted"}},
		{"2019-05-10", "Kenya's anti-graft agency questioned a former head of the energy ministry on Monday.", []string{"KENGOV 091 KEN asserted"}},
		{"2019-05-10", "Peruvian prosecutors questioned a former director of the national police on Monday.", []string{"PERJUD 091 PER asserted"}},
		{"2019-05-10", "Egyptian prosecutors charged a former head of the interior ministry with torture on Sunday.", []string{"EGYJUD 173 EGY asserted"}},
		{"2019-05-10", "Turkish police detained a former spokesman of the foreign ministry on Monday.", []string{"TURCOP 173 TUR asserted"}},
		// near miss: the holder in office names the body
		{"2019-05-10", "Seoul prosecutors questioned the director of the National Intelligence Service on Friday.", []string{"KORJUD 091 KORSPY asserted"}},

		// a nation's people displaced from their homes: refugees
		{"2008-05-10", "Thousands of Georgians displaced from villages near South Ossetia rallied outside the government's offices in Tbilisi on Tuesday.", []string{"GEOREF 141 GEOGOV asserted"}},
		{"2016-05-10", "Hundreds of Syrians displaced by the fighting protested in Idlib against the Turkish border closure on Tuesday.", []string{"SYRREF 141 SYRGOV asserted"}},
		{"2019-05-10", "Somalis uprooted by the drought blocked a road in Baidoa on Tuesday to protest against the government.", []string{"SOMREF 144 SOMGOV asserted"}},
		{"2022-05-10", "Hundreds of Ukrainians displaced from the east rallied in Kyiv on Tuesday to demand housing from the government.", []string{"UKRREF 1412 UKRGOV asserted"}},
		{"2021-05-10", "Afghans displaced by the fighting staged a sit-in outside the governor's office in Mazar-i-Sharif on Tuesday.", []string{"AFGREF 141 AFGGOV asserted"}},
		// near miss: no uprooting said, the civilians
		{"2008-05-10", "Thousands of Georgians rallied outside the government's offices in Tbilisi on Tuesday.", []string{"GEOCVL 141 GEOGOV asserted"}},

		// a government in exile is still the government; an exiled leader
		// is out of office
		{"2015-05-10", "Saudi Arabia offered on Tuesday to mediate between Yemen's exiled government and the Houthi rebels.", []string{"SAU 039 YEMGOV future", "SAU 039 YEMREB future"}},
		{"2015-05-10", "Libya's exiled government appealed to the Arab League on Tuesday for weapons.", []string{"LBYGOV 0232 IGOMEAARL asserted"}},
		{"2015-05-10", "Kuwait's exiled government appealed to the United Nations on Tuesday for help.", []string{"KWTGOV 023 IGOUNO asserted"}},
		{"2015-05-10", "Yemen's exiled president met the Saudi king in Riyadh on Tuesday.", []string{"YEM 040 SAUGOV asserted", "SAUGOV 040 YEM asserted"}},

		// election committees are state bodies; tribal leaders and elders
		// civilians; the Taliban rebels before 27 September 1996
		{"2013-05-10", "The European Union halted its funding of Cambodia's national election committee on Monday.", []string{"IGOEUREEC 162 KHMGOV asserted"}},
		{"2013-05-10", "Thailand's election committee rejected the opposition's complaint on Monday.", []string{"THAGOV 120 THAOPP asserted"}},
		{"2019-05-10", "Qatar gave political asylum on Thursday to a Yemeni tribal leader.", []string{"QAT 075 YEMCVL asserted"}},
		{"2019-05-10", "A Pakistani tribal elder condemned the drone strike on Monday.", []string{"PAKCVL 111 - asserted"}},
		{"1995-05-10", "Taliban fighters shelled the southern outskirts of Kabul on Saturday.", []string{"AFGREB 194 AFG asserted"}},
		{"1999-05-10", "Taliban fighters shelled the northern outskirts of Kabul on Saturday.", []string{"AFGGOV 194 AFG asserted"}},

		// a state's body that a people dominates or leads is the state's
		// own ("Burundi's Tutsi-dominated army"); near miss: the people's
		// own fighters stay rebels
		{"1996-05-10", "Burundi's Tutsi-dominated army killed hundreds of Hutu villagers in reprisal raids on Wednesday.", []string{"BDIMIL 202 BDICVL asserted"}},
		{"1996-05-10", "Rwanda's Tutsi-led government expelled two Burundian diplomats on Wednesday.", []string{"RWAGOV 161 BDIGOV asserted"}},
		{"1996-05-10", "Ethiopia's Tigrayan-dominated government arrested opposition leaders on Monday.", []string{"ETHGOV 173 ETHOPP asserted"}},
		{"1996-05-10", "Tutsi-led rebels attacked the town of Goma on Wednesday.", []string{"CODREB 190 COD asserted"}},
	})
}
