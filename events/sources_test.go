package events_test

import (
	"testing"
)

// TestSubjectShapes: subjects the plain leftward search misses, each
// shape with several verbs and states (sources.go).
func TestSubjectShapes(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// a force's possessed vessel, aircraft or unit
		{"The Chinese navy's hospital ship provided free medical care to more than 4,000 Cuban civilians on Tuesday.",
			[]string{"CHNMIL 073 CUBCVL asserted"}},
		{"The Pakistani army's media wing criticised India on Sunday.", []string{"PAKMIL 111 IND asserted"}},
		{"Russia's Black Sea Fleet's flagship fired cruise missiles at Odesa on Monday.", []string{"RUSMIL 195 UKR asserted"}},
		{"The OPCW concluded on Friday that a Syrian air force helicopter dropped chlorine gas cylinders on the town of Douma in 2018, killing 43 people.",
			[]string{"SYRMIL 2041 SYRCVL asserted"}},
		// a state's name alone owns no unit: "Russia's gas"
		{"Russia's gas exports to Europe fell sharply in June.", nil},
		// people or vehicles "from" a state; relief teams bring aid
		{"Rescue teams from Turkey arrived in Myanmar on Sunday to help search for survivors of the earthquake.",
			[]string{"TUR 073 MMR asserted"}},
		{"Firefighters from Spain and Portugal arrived in Greece on Thursday to help battle wildfires.",
			[]string{"ESP 073 GRC asserted", "PRT 073 GRC asserted"}},
		{"Aid convoys from Jordan delivered food and medicine to northern Gaza on Sunday.", []string{"JOR 073 PSE asserted"}},
		{"Trucks from the Egyptian Red Crescent carried food and water into Gaza on Saturday.", []string{"EGYHLH 073 PSE asserted"}},
		{"Planes from the United Arab Emirates dropped aid over Gaza on Tuesday.", []string{"ARE 073 PSE asserted"}},
		// a visit stays a visit
		{"A delegation from Qatar arrived in Kabul on Monday.", []string{"QATGOV 042 AFG asserted", "AFG 043 QATGOV asserted"}},
		// armed men loyal to an actor
		{"Forces loyal to Khalifa Haftar attacked Tripoli on Friday.", []string{"LBYREB 190 LBY asserted"}},
		{"Militiamen loyal to the government killed 20 villagers in Darfur on Sunday.", []string{"SDNMIL 190 SDNCVL asserted"}},
		// (loyal to a transnational group: its local affiliate, actors_affiliates.go)
		{"On Sunday, fighters loyal to the Islamic State group ambushed an army patrol in Niger.", []string{"NERREB 190 NERMIL asserted"}},
		// forces placed by a participle and a possessive place
		{"North Korean soldiers deployed in Russia's Kursk region attacked Ukrainian positions on Saturday.", []string{"PRKMIL 190 UKRMIL asserted"}},
		{"Turkish soldiers stationed in Iraq's Kurdistan region killed five PKK militants on Sunday.", []string{"TURMIL 190 TURREB asserted"}},
		// a located body whose place has a possessive
		{"Police in Pakistan's Punjab province arrested more than 200 activists on Sunday.", []string{"PAKCOP 173 PAKCVL asserted"}},
		{"Police in Senegal's capital Dakar detained 40 protesters on Saturday.", []string{"SENCOP 173 SENCVL asserted"}},
		{"Riot police in Georgia's capital Tbilisi arrested dozens of demonstrators overnight.", []string{"GEOCOP 173 GEOCVL asserted"}},
		{"Authorities in India's Manipur state imposed an indefinite curfew in Imphal on Saturday.", []string{"INDGOV 1723 - asserted"}},
		// a body "of" its members, and a progressive verb
		{"A U.N. commission of inquiry is looking into possible war crimes by the Sudanese army in Darfur.",
			[]string{"IGOUNO 094 SDNMIL asserted"}},
		{"A team of U.N. experts is investigating possible war crimes by the Rapid Support Forces in Sudan.",
			[]string{"IGOUNO 094 SDNREB asserted"}},
		// the speaker's country
		{"Turkey's foreign ministry said on Friday that the country stood ready to mediate between the warring parties.",
			[]string{"TUR 039 - future"}},
		{"Timor-Leste's president said his country had forgiven Indonesia for the abuses of the occupation.",
			[]string{"TLS 056 IDN asserted"}},
		{"Egypt's president said on Monday that his country would send aid to Sudan.", []string{"EGY 0333 SDN future"}},
		{"The prosecutor of the International Criminal Court said his office was investigating allegations of war crimes in Sudan's Darfur region.",
			[]string{"IGOICC 094 - asserted"}},
		// an international body's speaker has no country
		{"The U.N. envoy said the country was on the brink of famine.", nil},
	}, false)
}

// TestControlVerbDate: a date between a control verb and its infinitive
// leaves the verb in charge: "moved on Tuesday to expel" happened, while
// "threatened on Friday to" stays the threat rules' (sources.go).
func TestControlVerbDate(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Moldova's government moved on Tuesday to expel a Russian diplomat.", []string{"MDAGOV 161 RUSGOV asserted"}},
		{"Serbia moved on Friday to expel two Croatian diplomats.", []string{"SRB 161 HRVGOV asserted"}},
		{"Kenya's police moved to arrest the opposition leader on Friday.", []string{"KENCOP 173 KENOPP asserted"}},
		{"Israel's defence minister threatened on Friday to seize more territory in Gaza.", []string{"ISRGOV 1382 PSE asserted"}},
	}, false)
}

// TestHeadedSubjects: a subject whose actor follows "X of" or carries a
// reduced relative, and an act named first with its claimant.
func TestHeadedSubjects(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The head of Ukraine's military intelligence accused Russia of planning attacks.",
			[]string{"UKRSPY 112 RUS asserted"}},
		{"Members of the Wagner group killed dozens of civilians in central Mali.", []string{"RUSMIL 202 MLICVL asserted"}},
		{"The attack, claimed by the Islamic State group, killed 12 soldiers in Niger.", []string{"IMGMOSISL 190 NERMIL asserted"}},
		{"An armed group linked to Islamic State abducted 20 people in Mozambique.", []string{"MOZREB 181 MOZCVL asserted"}},
		{"Police in the southern city of Karachi arrested 12 suspected militants on Monday.", []string{"PAKCOP 173 PAKREB asserted"}},
		{"Gunmen on motorcycles killed 15 villagers in northwestern Nigeria on Sunday.", []string{"NGAUAF 180 NGACVL asserted"}},
		{"Demonstrators carrying Palestinian flags marched to the US embassy in London.", []string{"GBRCVL 141 USA asserted"}},
		{"Police officers wearing riot gear detained dozens of protesters in Tbilisi.", []string{"GEOCOP 173 GEOCVL asserted"}},
		{"Chinese President Xi Jinping and Russian President Vladimir Putin signed a joint statement.",
			[]string{"CHNGOV 057 RUSGOV asserted", "RUSGOV 057 CHNGOV asserted"}},
		{"Japan protested to China over the detention of a Japanese businessman.", []string{"JPN 114 CHN asserted"}},
		// a simple past is no participle: "spoke by phone" is the
		// minister's own clause, not a reduced relative with an agent
		{"Germany's foreign minister spoke by phone with his Chinese counterpart on Tuesday.",
			[]string{"DEUGOV 041 CHNGOV asserted", "CHNGOV 041 DEUGOV asserted"}},
		// a role noun with the organisation's name in apposition: the name
		{"The Kurdish militia, the YPG, withdrew from Afrin on Monday.", []string{"SYRREB 0874 SYR asserted"}},
		// a plain prepositional phrase is the plain search's: none here
		{"A spokesman for the Ukrainian air force said Russia launched 40 drones overnight.", nil},
	}, false)
}

// TestForceNounSubject checks, on sentences written for this test, that
// an airstrike or shelling that opens the sentence as the subject of a
// harm verb is its country's military, while a nominal after "by" keeps
// the country alone.
func TestForceNounSubject(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"An Israeli airstrike killed three Hezbollah fighters on Monday.",
			[]string{"ISRMIL 195 LBNREB asserted"}}, // an airstrike is aerial (conflict.go)
		{"Pakistan was hit by Indian missile strikes overnight, the army said.",
			[]string{"IND 195 PAK asserted"}},
	}, false)
}

// TestServingWith checks, on sentences written for this test, that troops
// "serving with" a mission are the subject, not the mission's
// organisation, and that bare peacekeepers are no army of the place
// they are in.
func TestServingWith(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"South African troops serving with the SADC mission attacked M23 rebels near Sake on Friday.",
			[]string{"ZAFMIL 190 CODREB asserted"}},
		{"Kenyan police officers serving with the UN mission arrested gang leaders in Haiti on Friday.",
			[]string{"KENCOP 173 HTICRM asserted"}},
		{"The UN mission condemned the attack on Friday.",
			[]string{"IGOUNO 111 - asserted"}},
		{"The UN chief condemned the attack on peacekeepers in southern Lebanon on Friday.",
			[]string{"IGOUNO 111 - asserted"}},
	}, false)
}

// TestUnnamedCollectiveConjunct: a named actor listed with an unnamed
// collective of states ("world powers", "Western allies": data/words.txt)
// as the subject of a finite verb acts alone (CODING.md: unnamed
// collectives are no actors); a possessive collective after the verb's
// object ("warned X and his allies not to …") is no subject.
func TestUnnamedCollectiveConjunct(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Iran and world powers resumed nuclear talks in Geneva on Monday.",
			[]string{"IRN 046 - asserted"}},
		{"North Korea and regional powers met in Beijing on Tuesday.",
			[]string{"PRK 044 - asserted"}},
		{"Israel and Western allies rejected the resolution on Friday.",
			[]string{"ISR 120 - asserted"}},
	}, false)
}

// TestLoyalToSittingLeader: rebels, militants, insurgents or guerrillas
// loyal to a sitting head of state or government, or to the government,
// fight on its side (MIL), and "former rebels" are no rebels; a leader
// named with no title or out of office keeps them REB (roles.go
// loyalForces, sittingLeader).
func TestLoyalToSittingLeader(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Former rebels loyal to President Salva Kiir attacked opposition fighters in Unity state.",
			[]string{"SSDMIL 190 SSDREB asserted"}},
		{"Rebels loyal to the Sudanese government attacked SPLM-N fighters in South Kordofan on Monday.",
			[]string{"SDNMIL 190 SDNREB asserted"}},
		{"Former rebels loyal to President Paul Kagame attacked Congolese troops near Goma on Monday.",
			[]string{"RWAMIL 190 CODMIL asserted"}},
		{"Insurgents loyal to President Nicolas Maduro attacked opposition supporters in Caracas.",
			[]string{"VENMIL 190 VENOPP asserted"}},
		// a state's own force attacking a place at home names no target
		// here, as "Government troops attacked villages in Unity state"
		// does: no event (SSDREB 190 SSD before)
		{"Former rebels loyal to President Salva Kiir attacked villages in Unity state.", nil},
		// out of office: still rebels
		{"Rebels loyal to ousted President Laurent Gbagbo attacked a police station in Abidjan.",
			[]string{"CIVREB 190 CIVCOP asserted"}}, // (CIVOPP was Gbagbo himself read as the subject: bygone_titles.go)
	}, false)
}

// TestLoyalForcesPremodified: armed men loyal to an actor whose head noun
// carries words before it ("Islamist militants", "Armed groups",
// "Heavily armed fighters"), and rebels, militants, insurgents or
// guerrillas loyal to a leader, who are rebels (REB) whoever leads them
// (sources.go loyalSubject, roles.go loyalForces).
func TestLoyalForcesPremodified(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Armed groups loyal to Prime Minister Abdulhamid Dbeibah attacked Haftar's forces on Monday.",
			[]string{"LBYMIL 190 LBYREB asserted"}},
		{"Heavily armed fighters loyal to Prime Minister Abdulhamid Dbeibah attacked Haftar's forces south of Sirte on Monday.",
			[]string{"LBYMIL 190 LBYREB asserted"}},
		{"Islamist fighters loyal to al Qaeda attacked a Malian army base on Tuesday.",
			[]string{"IMGMOSALQ 190 MLIMIL asserted"}},
		{"Rebels loyal to Riek Machar attacked government troops near Malakal on Friday.",
			[]string{"SSDREB 190 SSDMIL asserted"}},
		{"Insurgents loyal to Yemen's former president attacked a Saudi border post on Sunday.",
			[]string{"YEMREB 190 SAUMIL asserted"}},
		// near misses: a named actor before the head is the plain
		// search's, and a phrase loyal to no named actor has no source
		{"Soldiers loyal to the junta arrested the prime minister on Friday.", nil},
		{"Sudanese soldiers loyal to the army chief attacked the RSF in Omdurman on Friday.",
			[]string{"SDNMIL 190 SDNREB asserted"}},
	}, false)
}

// TestStateBodyBeforePersonNoun codes a subject whose head is a noun for
// the people or the head of the state body named before it ("Iran's
// judiciary chief", "Guinean special forces officers"; data/words.txt
// [body nouns]): the body acts. Near miss: a noun for a thing of the body
// ("Israeli army radio said") is no actor.
func TestStateBodyBeforePersonNoun(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Guinean special forces officers detained the interior minister on Sunday.",
			[]string{"GINMIL 173 GINGOV asserted"}},
		{"Colombian army officers arrested a FARC commander on Monday.",
			[]string{"COLMIL 173 COLREB asserted"}},
		{"Iran's judiciary chief accused Israel on Monday of plotting attacks.",
			[]string{"IRNJUD 112 ISR asserted"}},
		// near misses: the body's radio reports, no actor; another body
		// (a union) stands between the state's body and the person noun
		{"Israeli army radio said the strike killed three militants.", nil},
		{"The German police union chief denounced the new law on Monday.", nil},
	}, false)
}
