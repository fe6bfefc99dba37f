package events_test

import "testing"

// TestLexConflict codes sentences written by the dyad team for the
// "word families of roots 10-20" section of events/data/verbs.txt and its guards in
// events/lexconflict.go: wire synonyms, particle verbs and idioms of roots
// 10–20, and their figurative uses that must stay no event. Each sentence
// is published on 2024-07-13 (a Saturday); each want lists every event as
// "SOURCE CAMEO TARGET status date", in any order; nil means no event.
func TestLexConflict(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// 10 a demand renewed or pressed; a party told to stop
		{"Kenya renewed its demand on Monday that Uganda release the opposition politician.",
			[]string{"KEN 1053 UGA asserted 2024-07-08"}},
		{"Seoul told Pyongyang on Friday to stop sending trash balloons across the border.",
			[]string{"KOR 100 PRK asserted 2024-07-12"}},
		// 11 criticism in idiom; "hit back at" in war copy is no criticism
		{"Brazil's president hit back at Elon Musk on Tuesday over his attacks on the country's courts.",
			[]string{"BRAGOV 111 USA asserted 2024-07-09"}},
		{"Hungary took a swipe at the European Commission on Wednesday.",
			[]string{"HUN 111 IGOEUREEC asserted 2024-07-10"}},
		{"China lodged stern representations with Japan on Friday.",
			[]string{"CHN 114 JPN asserted 2024-07-12"}},
		// 12 rejection and veto in idiom
		{"Russia wielded its veto on Thursday to block a Security Council resolution.",
			[]string{"RUS 129 IGOUNO asserted 2024-07-11"}},
		{"Serbia slammed the door on talks with Kosovo on Tuesday.",
			[]string{"SRB 125 KSV asserted 2024-07-09"}},
		{"Venezuela scoffed at Guyana's proposal on Monday.",
			[]string{"VEN 120 GUY asserted 2024-07-08"}},
		{"Investors slammed the door on the rescue plan on Monday.", nil},
		// 13 threats in idiom
		{"Iran vowed on Monday to make Israel pay for the killing of its general.",
			[]string{"IRN 138 ISR asserted 2024-07-08"}},
		{"Turkey put the PKK on notice on Wednesday.",
			[]string{"TUR 130 TURREB asserted 2024-07-10"}},
		{"Washington raised the threat of tariffs on Chinese goods on Friday.",
			[]string{"USA 1312 CHN asserted 2024-07-12"}},
		// 14 protesters descending on a capital; a general strike that
		// brings a country to a standstill; tourists and fog do neither
		{"Thousands of Kenyan students descended on Nairobi on Tuesday to demand lower fees.",
			[]string{"KENEDU 1412 KENGOV asserted 2024-07-09"}},
		{"Nigerian unions brought the country to a standstill on Monday with a general strike.",
			[]string{"NGALAB 143 NGAGOV asserted 2024-07-08"}},
		{"Chinese tourists descended on Paris on Tuesday.", nil},
		{"Thousands of protesters descended on Nairobi on Tuesday.",
			[]string{"KENCVL 141 KENGOV asserted 2024-07-09"}},
		{"Thick fog brought traffic in Delhi to a standstill on Monday.", nil},
		// 15 reservists mustered; warplanes buzzing a ship
		{"Armenia mustered thousands of reservists on Friday.",
			[]string{"ARM 154 - asserted 2024-07-12"}},
		{"Chinese fighter jets buzzed a Philippine navy ship on Wednesday.",
			[]string{"CHNMIL 150 PHLMIL asserted 2024-07-10"}},
		// 16 asset freezes, embassies scaled down, envoys thrown out, arms
		// shipments held up
		{"Canada imposed asset freezes on five Iranian officials on Thursday.",
			[]string{"CAN 163 IRNGOV asserted 2024-07-11"}},
		{"Lithuania scaled down its embassy in Minsk on Monday.",
			[]string{"LTU 161 BLR asserted 2024-07-08"}},
		{"Lithuania closed its embassy in Minsk on Monday.",
			[]string{"LTU 161 BLR asserted 2024-07-08"}},
		{"Mali threw out the French ambassador on Tuesday.",
			[]string{"MLI 161 FRAGOV asserted 2024-07-09"}},
		{"Germany held up a delivery of tanks to Turkey on Friday.",
			[]string{"DEU 1622 TUR asserted 2024-07-12"}},
		// 17 curfews slapped, people hauled away by police, ships
		// commandeered, systems knocked out by hackers, migrants sent back;
		// a firm hauling in a profit is no arrest
		{"Sri Lanka slapped a curfew on the capital on Monday.",
			[]string{"LKA 1723 - asserted 2024-07-08"}},
		{"Ecuador placed three provinces under a state of emergency on Tuesday.",
			[]string{"ECU 1724 - asserted 2024-07-09"}},
		{"Belarusian riot police hauled away dozens of protesters in Minsk on Sunday.",
			[]string{"BLRCOP 173 BLRCVL asserted 2024-07-07"}},
		{"Shell hauled in a record profit on Thursday.", nil},
		{"Houthi fighters commandeered a cargo ship in the Red Sea on Sunday.",
			[]string{"YEMREB 171 - asserted 2024-07-07"}},
		{"Russian hackers knocked out the websites of Ukraine's largest banks on Friday.",
			[]string{"RUSCRM 176 UKRBUS asserted 2024-07-12"}},
		// 18 people snatched by gunmen; beaten unconscious; a late winner
		// snatched is sport
		{"Gunmen snatched 15 villagers in Nigeria's Zamfara state on Friday.",
			[]string{"NGAUAF 181 NGACVL asserted 2024-07-12"}},
		{"Argentina snatched a late winner against Chile on Tuesday.", nil},
		{"Police officers beat a Kenyan journalist unconscious in Nairobi on Monday.",
			[]string{"KENCOP 182 KENMED asserted 2024-07-08"}},
		// 19 raids by armed forces (a headline's "raid" stays a noun),
		// hammering and battering with weapons, forces rolling into a
		// place, storming by troops and armed groups; markets hammered
		// and storms battering a coast are none
		{"Israeli forces raided the town of Tubas on Wednesday.",
			[]string{"ISRMIL 190 PSE asserted 2024-07-10"}},
		{"Israeli troops raided the Tulkarm refugee camp on Thursday.",
			[]string{"ISRMIL 190 PSE asserted 2024-07-11"}},
		{"Russian forces hammered Kharkiv with missiles on Monday.",
			[]string{"RUSMIL 195 UKR asserted 2024-07-08"}},
		{"Sudan's army battered Omdurman with artillery on Tuesday.",
			[]string{"SDNMIL 194 SDNCVL asserted 2024-07-09"}},
		{"Russian tanks rolled into the village of Vovchansk on Friday.",
			[]string{"RUSMIL 190 UKR asserted 2024-07-12"}},
		{"Colombian soldiers stormed a rebel camp in Cauca on Sunday.",
			[]string{"COLMIL 190 COLREB asserted 2024-07-07"}},
		// armed men storming towns, villages, posts and prisons assault
		// them (190); storming a hotel or a school is an attack on
		// civilians (180), and an abduction in the same clause tells the
		// storming (only the 181)
		{"Hamas gunmen stormed several Israeli villages near the Gaza border on Monday.",
			[]string{"PSEREB 190 ISR asserted 2024-07-08"}},
		{"Armed gangs stormed the main prison in Port-au-Prince on Sunday and freed hundreds of inmates.",
			[]string{"HTICRM 190 HTI asserted 2024-07-07"}},
		{"Al-Shabaab fighters stormed an army checkpoint outside Kismayo on Tuesday.",
			[]string{"SOMREB 190 SOMMIL asserted 2024-07-09"}},
		{"Gangs stormed a hospital in Port-au-Prince on Sunday.",
			[]string{"HTICRM 180 HTI asserted 2024-07-07"}},
		{"Gunmen stormed a village school in Burkina Faso on Sunday.",
			[]string{"BFAUAF 180 BFACVL asserted 2024-07-07"}},
		{"Bandits stormed a boarding school in Zamfara state on Friday and abducted dozens of pupils.",
			[]string{"NGACRM 181 NGAEDU asserted 2024-07-12"}},
		{"Gunmen stormed a church in Burkina Faso on Sunday and kidnapped the priest.",
			[]string{"BFAUAF 181 BFAREL asserted 2024-07-07"}},
		// troops and police storming a place and arresting someone there
		// arrest them: only the 173 (lexconflict.go stormArrest); a
		// storming that kills stays the assault
		{"Turkish police stormed the headquarters of an opposition newspaper in Istanbul on Sunday and detained its editor.",
			// (the editor of an opposition newspaper is media, MED: agents.txt, dev38 W38042)
			[]string{"TURCOP 173 TURMED asserted 2024-07-07"}},
		// (President Mamadou Tandja, in office until 2010, is a former
		// president on the test's date: his country alone, CODING.md)
		{"Niger's soldiers stormed the presidential palace during a cabinet meeting on Thursday and detained President Mamadou Tandja.",
			[]string{"NERMIL 173 NER asserted 2024-07-11"}},
		{"Venezuelan troops stormed an opposition office in Caracas on Monday and arrested six activists.",
			[]string{"VENMIL 173 VENCVL asserted 2024-07-08"}},
		{"Israeli troops stormed the Jenin refugee camp on Monday, killing four Palestinians.",
			[]string{"ISRMIL 190 PSE asserted 2024-07-08"}},
		// a town stormed is an assault, whatever the troops do there after
		{"Russian troops stormed Bakhmut for months and detained thousands of Ukrainians in filtration camps.",
			[]string{"RUSMIL 190 UKR asserted 2024-07-13", "RUSMIL 173 UKRCVL asserted 2024-07-13"}},
		{"Syrian troops stormed Homs and detained hundreds of men.",
			[]string{"SYRMIL 190 SYRCVL asserted 2024-07-13", "SYRMIL 173 SYRCVL asserted 2024-07-13"}}, // (hundreds of men: the state's civilians, arrested_counted.go)
		// a possessor is no place stormed (review 26a): "the city's main hotel" is a hotel
		{"Gunmen stormed the city's main hotel in Mogadishu on Sunday.",
			[]string{"SOMUAF 180 SOMCVL asserted 2024-07-07"}},
		{"Gunmen stormed the village's only school in Zamfara state on Sunday.",
			[]string{"NGAUAF 180 NGACVL asserted 2024-07-07"}},
		{"Gunmen stormed the town's prison in Borno state on Sunday.",
			[]string{"NGAUAF 190 NGA asserted 2024-07-07"}},
		// the abduction tells the storming only when it names its victims:
		// a noun "kidnapping", hostages once held, victims no actor names
		// leave the storming
		{"Gunmen stormed a hotel in Bamako on Sunday and kidnapped foreigners.",
			[]string{"MLIUAF 180 MLICVL asserted 2024-07-07"}},
		{"Gunmen on Sunday stormed a prison holding kidnapping suspects in Kaduna.",
			[]string{"NGAUAF 190 NGA asserted 2024-07-07"}},
		{"Gunmen stormed a hotel in Kabul on Sunday where foreign hostages had been held last year.",
			[]string{"AFGUAF 180 AFGCVL asserted 2024-07-07"}},
		{"Global markets were hammered on Monday.", nil},
		{"Tropical Storm Alberto battered the Mexican coast on Thursday.", nil},
		{"Argentina hammered Brazil 4-1 on Tuesday.", nil},
		{"Russian forces did not attack the Zaporizhzhia nuclear plant on Friday.",
			[]string{"RUSMIL 190 UKR negated 2024-07-12"}},
		// 20 villages wiped out; people butchered
		{"Jihadists wiped out a village in northern Burkina Faso on Sunday.",
			[]string{"BFAREB 202 BFACVL asserted 2024-07-07"}},
	}, true)
}

// TestDisapprovalSynonyms codes idioms of data/verbs.txt for the
// disapproval, rejection and defiance roots (11, 12): exception taken,
// scorn poured, criticism voiced or levelled, foul cried, critics laid
// into, an ambassador hauled in (114), a charge in a that-clause (112),
// proposals shot down or torpedoed and a deaf ear turned (120), a nose
// thumbed (128), and a nominal act that draws condemnation (its actor
// condemned). Each is a wire sentence written by the dyad team, with the
// figurative or unrelated use its guard keeps out beside it; the story is
// dated Saturday 2024-07-13, and each want lists every event as "SOURCE
// CAMEO TARGET status date", in any order (nil: none).
func TestDisapprovalSynonyms(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// 11 foul cried, critics laid into, an ambassador hauled in, a
		// charge in a that-clause
		{"Pakistan cried foul over India's dam project on Monday.",
			[]string{"PAK 111 IND asserted 2024-07-08"}},
		{"Hungary's prime minister laid into the European Commission on Tuesday.",
			[]string{"HUNGOV 111 IGOEUREEC asserted 2024-07-09"}},
		{"Beijing hauled in the Philippine ambassador on Wednesday.",
			[]string{"CHN 114 PHLGOV asserted 2024-07-10"}},
		{"Kenya charged that Somalia had armed the militants.",
			[]string{"KEN 112 SOM asserted 2024-07-13"}},
		{"Heavy rain lashed the Philippine capital on Friday.", nil},
		// 12 proposals shot down or nixed, a resolution torpedoed, a
		// deadline thumbed at
		{"Israel shot down an Egyptian proposal for a truce on Monday.",
			[]string{"ISR 120 EGY asserted 2024-07-08"}},
		{"Russia torpedoed a Security Council resolution on Wednesday.",
			[]string{"RUS 120 - asserted 2024-07-10"}},
		{"Serbia thumbed its nose at the European Union on Thursday.",
			[]string{"SRB 128 IGOEUREEC asserted 2024-07-11"}},
		// 11 a nominal act that draws condemnation from a party: the
		// act's actor is condemned (the undated nominal takes the
		// publication date)
		{"The Ugandan army's crackdown on opposition supporters drew condemnation from the United Nations on Monday.",
			[]string{"UGAMIL 175 UGAOPP asserted 2024-07-13", "IGOUNO 111 UGAMIL asserted 2024-07-08"}},
		{"The crackdown drew condemnation from the United Nations on Monday.", nil},
		// 111 exception taken, dissatisfaction expressed, scorn poured, a swipe taken
		{"Beijing took exception on Monday to Tokyo's new defence white paper.",
			[]string{"CHN 111 JPN asserted 2024-07-08"}},
		{"Moscow expressed dissatisfaction with Yerevan on Friday over its ratification of the ICC statute.",
			[]string{"RUS 111 ARM asserted 2024-07-12"}},
		{"Zelensky poured scorn on Moscow's truce offer on Tuesday.",
			[]string{"UKRGOV 111 RUS asserted 2024-07-09"}},
		{"Erdogan took a swipe at Washington on Sunday over its support for Kurdish fighters.",
			[]string{"TURGOV 111 USA asserted 2024-07-07"}},
		// guards: defences breached, a swipe at a referee
		{"Rebels breached the city's defences on Monday.",
			nil},
		{"Real Madrid took a swipe at the referee on Sunday.",
			nil},
		// 111 criticism voiced or levelled, came down hard on
		{"The European Union voiced criticism of Georgia's government on Monday.",
			[]string{"IGOEUREEC 111 GEOGOV asserted 2024-07-08"}},
		{"Washington levelled criticism at Beijing on Monday over its support for Russia.",
			[]string{"USA 111 CHN asserted 2024-07-08"}},
		{"Macron came down hard on Moscow on Monday over the cyberattack.",
			[]string{"FRAGOV 111 RUS asserted 2024-07-08"}},
		// 120 a deaf ear turned; 1312 the threat of sanctions brandished; 141 a protest mounted
		{"Israel turned a deaf ear to Washington on Monday.",
			[]string{"ISR 120 USA asserted 2024-07-08"}},
	}, true)
}

// TestProtestSynonyms codes idioms of data/verbs.txt for the protest root
// (14): a protest mounted (141), a hunger strike aimed at the striker's
// government or the jailer's (142), fireworks hurled at police and a
// rampage (145). Each is a wire sentence written by the dyad team, with
// the figurative or unrelated use its guard keeps out beside it; the story
// is dated Saturday 2024-07-13, and each want lists every event as "SOURCE
// CAMEO TARGET status date", in any order (nil: none).
func TestProtestSynonyms(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// 14 fireworks hurled at police, a rampage, food refused
		{"Georgian protesters hurled fireworks at riot police in Tbilisi on Sunday.",
			[]string{"GEOCVL 145 GEOCOP asserted 2024-07-07"}},
		{"Bangladeshi protesters went on the rampage in Dhaka on Thursday.",
			[]string{"BGDCVL 145 - asserted 2024-07-11"}},
		{"Jailed former Pakistani prime minister Imran Khan began a hunger strike on Monday.",
			[]string{"PAKOPP 142 PAKGOV asserted 2024-07-08"}},
		{"Pakistani prisoners in Indian jails began a hunger strike on Sunday.",
			[]string{"PAKCVL 142 INDGOV asserted 2024-07-07"}},
		{"Georgian opposition parties mounted a protest outside parliament on Monday.",
			[]string{"GEOOPP 141 GEOGOV asserted 2024-07-08"}},
	}, true)
}

// TestForcePostureSynonyms codes idioms of data/verbs.txt for the
// force-posture root (15): missiles lobbed, rockets fired into the sea,
// flares released, bombers flown near a party, military muscle flexed and
// a test overseen (150), forces on standby (152), police flooding a city
// (153), troops poured into a neighbour (154). Each is a wire sentence
// written by the dyad team, with the figurative or unrelated use its guard
// keeps out beside it; the story is dated Saturday 2024-07-13, and each
// want lists every event as "SOURCE CAMEO TARGET status date", in any
// order (nil: none).
func TestForcePostureSynonyms(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// 15 a missile lobbed, troops poured into a neighbour, forces on
		// standby
		{"North Korea lobbed a ballistic missile into the sea on Monday.",
			[]string{"PRK 150 - asserted 2024-07-08"}},
		{"Russia poured troops into Belarus on Tuesday.",
			[]string{"RUS 154 BLR asserted 2024-07-09"}},
		{"Turkey put its troops on standby on Monday.",
			[]string{"TURMIL 152 - asserted 2024-07-08"}},
		{"Kim Jong Un oversaw a test of a new cruise missile on Thursday, state media said.",
			[]string{"PRKGOV 150 - asserted 2024-07-11"}},
		{"Kenyan police flooded the streets of Nairobi on Tuesday.",
			[]string{"KENCOP 153 - asserted 2024-07-09"}},
		{"Floodwaters flooded the streets of Lagos on Tuesday.", nil},
		// 150 bombers and warships flown or sent near or around a party; jets sent to a party stay 072
		{"Russia flew two bombers near Japanese airspace on Thursday.",
			[]string{"RUS 150 JPN asserted 2024-07-11"}},
		{"China sent 20 warships around Taiwan on Monday.",
			[]string{"CHN 150 TWN asserted 2024-07-08"}},
		{"Germany sent 14 jets to Ukraine on Monday.",
			[]string{"DEU 072 UKR asserted 2024-07-08"}},
		// 150 military muscle flexed; trading muscles are none
		{"China flexed its military muscle near Taiwan on Monday.",
			[]string{"CHN 150 TWN asserted 2024-07-08"}},
		{"Brazil will continue to flex its trading muscles.",
			nil},
		// 150 rockets fired into the sea, flares released near a plane
		{"North Korea fired rockets into the sea off its west coast on Friday.",
			[]string{"PRK 150 - asserted 2024-07-12"}},
		{"A Chinese fighter jet released flares near an Australian patrol plane on Monday.",
			[]string{"CHNMIL 150 AUS asserted 2024-07-08"}},
	}, true)
}

// TestCoercionSynonyms codes idioms of data/verbs.txt for the
// reduced-relations and coercion roots (16, 17): members suspended (160),
// envoys, peacekeepers and monitors ordered out (161, 166x), funding
// pulled and rations halved (162x), sanctions placed and export controls
// tightened (163), people put behind bars, charged, captured or wanted
// (173), deported or driven out (174, 201), police firing on protesters
// (175), thefts and malware by hackers (176), access blocked and schooling
// barred (172x). Each is a wire sentence written by the dyad team, with
// the figurative or unrelated use its guard keeps out beside it; the story
// is dated Saturday 2024-07-13, and each want lists every event as "SOURCE
// CAMEO TARGET status date", in any order (nil: none).
func TestCoercionSynonyms(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// 16 envoys ordered out, booted out, given hours to leave
		{"Mali ordered the French ambassador out of the country on Tuesday.",
			[]string{"MLI 161 FRAGOV asserted 2024-07-09"}},
		{"Chad gave two French diplomats 72 hours to leave on Thursday.",
			[]string{"TCD 161 FRAGOV asserted 2024-07-11"}},
		// 17 people put behind bars and charged, hangings, schooling
		// barred, homes blown up; a suicide bomber blowing himself up at a
		// mosque destroys no property
		{"Belarusian police put two journalists behind bars on Saturday.",
			[]string{"BLRCOP 173 BLRMED asserted 2024-07-13"}},
		{"Russian prosecutors brought charges against a U.S. reporter on Friday.",
			[]string{"RUSJUD 173 USAMED asserted 2024-07-12"}},
		{"Iran hanged a protester on Monday.",
			[]string{"IRN 1823 IRNCVL asserted 2024-07-08"}},
		{"The Taliban barred girls from secondary schools on Tuesday.",
			[]string{"AFGGOV 1721 AFGEDU asserted 2024-07-09"}},
		{"Israeli forces blew up Palestinian homes in Jenin on Tuesday.",
			[]string{"ISRMIL 1712 PSECVL asserted 2024-07-09"}},
		{"An Islamic State suicide bomber blew himself up at a mosque in Kabul on Friday.",
			[]string{"IMGMOSISL 1831 AFGCVL asserted 2024-07-12"}},
		{"North Korean hackers stole millions of dollars from South Korean banks on Monday.",
			[]string{"PRKCRM 176 KORBUS asserted 2024-07-08"}},
		{"ECOWAS suspended Guinea from the bloc on Wednesday.",
			[]string{"IGOWAFECO 160 GIN asserted 2024-07-10"}},
		{"Burkina Faso's junta threw out Doctors Without Borders on Tuesday.",
			[]string{"BFAGOV 1663 NGOHLHMSF asserted 2024-07-09"}},
		{"The court threw out the case against the senator on Tuesday.", nil},
		// a consulate ordered closed; an armed foe eliminated
		// (a team eliminated from a cup and poverty are none)
		{"Poland ordered Russia to close its consulate in Gdansk on Monday.",
			[]string{"POL 161 RUS asserted 2024-07-08"}},
		// a state deporting thousands deports them (174); an armed force
		// driving out thousands expels a population (201)
		{"Pakistan forcibly sent back thousands of Afghans across the border on Monday.",
			[]string{"PAK 174 AFGREF asserted 2024-07-08"}},
		{"Algeria expelled hundreds of Nigerien migrants across the desert border on Tuesday.",
			[]string{"DZA 174 NERREF asserted 2024-07-09"}},
		{"Russia's army deported thousands of Ukrainian civilians from occupied areas on Tuesday.",
			[]string{"RUSMIL 201 UKRCVL asserted 2024-07-09"}},
		// 1661, 1662 peacekeepers and monitors ordered out
		{"The Congolese government ordered the U.N. peacekeeping mission out on Tuesday.",
			[]string{"CODGOV 1661 IGOUNO asserted 2024-07-09"}},
		{"Nicaragua ordered the OAS monitors out of the country on Friday.",
			[]string{"NIC 1662 IGOLAMOAS asserted 2024-07-12"}},
		// 163 sanctions placed on
		{"Washington placed sanctions on Iran's defence minister on Monday.",
			[]string{"USA 163 IRNGOV asserted 2024-07-08"}},
		// 162 funding pulled; 1721 access to a platform blocked
		{"Washington pulled funding from the U.N. agency for Palestinian refugees on Monday.",
			[]string{"USA 162 IGOUNORWA asserted 2024-07-08"}},
		{"Russia blocked access to YouTube on Monday.",
			[]string{"RUS 1721 - asserted 2024-07-08"}},
		// 173 a wanted leader captured (a village captured with no named country stays none)
		{"Colombian troops captured FARC dissident leader Ivan Mordisco's deputy on Tuesday.",
			[]string{"COLMIL 173 COLREB asserted 2024-07-09"}},
		{"Russian troops captured the village of Krasnohorivka on Monday.",
			nil},
		// 175 police firing on protesters; a gunman firing on a crowd stays 193
		{"Bangladeshi police opened fire on protesters in Dhaka on Friday.",
			[]string{"BGDCOP 175 BGDCVL asserted 2024-07-12"}},
		{"A gunman opened fire on a crowd of concertgoers in Las Vegas on Sunday.",
			[]string{"USAUAF 193 USACVL asserted 2024-07-07"}},
		{"The World Food Programme halved rations for Sudanese refugees in Chad on Tuesday.",
			[]string{"IGOUNOWFP 1623 SDNREF asserted 2024-07-09"}},
		// 173 an arrest warrant requested; 163 export controls tightened; 176 malware planted
		{"The ICC prosecutor requested an arrest warrant for Myanmar's military chief on Wednesday.",
			[]string{"IGOICC 173 MMRMIL asserted 2024-07-10"}},
		{"The United States tightened controls on exports of advanced chips to China on Monday.",
			[]string{"USA 163 CHN asserted 2024-07-08"}},
		{"Chinese hackers planted malware in the networks of U.S. utilities, Microsoft said on Friday.",
			[]string{"CHNCRM 176 USA asserted 2024-07-12"}},
		{"Japan retaliated on Thursday with tariffs on South Korean steel.",
			[]string{"JPN 163 KOR asserted 2024-07-11"}},
		{"Canada announced a 25 percent tariff on Chinese electric vehicles on Monday.",
			[]string{"CAN 163 CHN asserted 2024-07-08"}},
		// a domestic duty is no sanction
		{"Britain announced a freeze on fuel duty on Wednesday.",
			nil},
		{"Peru's Congress voted on Friday to impeach President Dina Boluarte.",
			[]string{"PERLEG 173 PERGOV asserted 2024-07-12"}},
		{"Guatemala's Congress voted to open impeachment proceedings against President Bernardo Arevalo.",
			[]string{"GTMLEG 173 GTMGOV asserted 2024-07-13"}},
		{"Egypt's top court upheld the prison sentences of 12 opposition leaders on Monday.",
			[]string{"EGYJUD 173 EGYOPP asserted 2024-07-08"}},
		// a ban upheld is no legal action against a person
		{"The court upheld the ban on the opposition newspaper.",
			nil},
		// an organisation ordered to close its offices is expelled (166)
		{"Russia ordered Amnesty International to close its Moscow office on Friday.",
			[]string{"RUS 166 NGOHRIAMN asserted 2024-07-12"}},
		{"Nicaragua ordered the International Committee of the Red Cross to close its office in Managua.",
			[]string{"NIC 166 NGOHLHIRC asserted 2024-07-13"}},
		{"The governor ordered schools to close their offices on Monday.",
			nil},
		// a state's own withdrawal from a bloc announced (160); a troop
		// withdrawal is none
		{"Nicaragua announced its withdrawal from the Organization of American States on Sunday.",
			[]string{"NIC 160 IGOLAMOAS asserted 2024-07-07"}},
		{"Mali, Burkina Faso and Niger announced on Sunday their immediate withdrawal from the African Union.",
			[]string{"MLI 160 IGOAFRAFU asserted 2024-07-07", "BFA 160 IGOAFRAFU asserted 2024-07-07", "NER 160 IGOAFRAFU asserted 2024-07-07"}},
		{"Donald Trump has announced a rapid troop withdrawal from Syria.",
			nil},
	}, true)
}

// TestAssaultSynonyms codes idioms of data/verbs.txt for the assault and
// fighting roots (18, 19, 20): people roughed up (182), carried off or
// grabbed (181), swarms and barrages sent at a city and a drone smashed
// into a target (195x), jets downed, boats rammed and troops moving into a
// place (190), an armed foe eliminated (a team from a cup, or poverty,
// none), people driven from a camp (201). Each is a wire sentence written
// by the dyad team, with the figurative or unrelated use its guard keeps
// out beside it; the story is dated Saturday 2024-07-13, and each want
// lists every event as "SOURCE CAMEO TARGET status date", in any order
// (nil: none).
func TestAssaultSynonyms(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// 18 a soldier grabbed by militants
		{"Hamas militants grabbed an Israeli soldier on Tuesday.",
			[]string{"PSEREB 181 ISRMIL asserted 2024-07-09"}},
		// 19 swarms and barrages sent at a city; a barrage fired into the
		// sea is a show of force
		{"Russia sent a swarm of drones at Kyiv on Tuesday.",
			[]string{"RUS 195 UKR asserted 2024-07-09"}},
		{"North Korea fired a barrage of missiles into the sea on Monday.",
			[]string{"PRK 150 - asserted 2024-07-08"}},
		{"Russia's barrage of missiles on Kyiv killed 12 people.",
			[]string{"RUS 195 UKR asserted 2024-07-13"}},
		{"The Chinese coast guard rammed a Philippine boat on Monday.",
			[]string{"CHNMIL 190 PHL asserted 2024-07-08"}},
		{"Russian troops moved into the town of Toretsk on Friday.",
			[]string{"RUSMIL 190 UKR asserted 2024-07-12"}},
		{"The retailer moved into the Indian market on Friday.", nil},
		{"Sudanese RSF fighters drove thousands of people from the Abu Shouk camp on Sunday.",
			[]string{"SDNREB 201 SDNCVL asserted 2024-07-07"}},
		{"Israeli forces eliminated a Hezbollah commander in Lebanon on Monday.",
			[]string{"ISRMIL 190 LBNREB asserted 2024-07-08"}},
		{"Israel pledged on Monday to eliminate Hamas.",
			[]string{"ISR 138 PSEREB asserted 2024-07-08"}},
		{"Brazil eliminated Argentina from the World Cup on Monday.", nil},
		{"The government pledged to eliminate poverty on Monday.", nil},
		// 176 networks infiltrated; 182 roughed up; 181 pupils carried off
		{"Russian military hackers infiltrated the networks of Germany's ruling party on Friday.",
			[]string{"RUSMIL 176 DEUGOV asserted 2024-07-12"}},
		{"Bangladeshi police roughed up opposition lawmakers outside parliament in Dhaka on Monday.",
			[]string{"BGDCOP 182 BGDOPP asserted 2024-07-08"}},
		{"Boko Haram gunmen carried off 30 pupils from a school in Yobe state on Sunday.",
			[]string{"NGAREB 181 NGAEDU asserted 2024-07-07"}},
		// 190 a jet downed; missiles downed by air defences are an interception
		{"Ukraine downed a Russian fighter jet over Donetsk on Monday.",
			[]string{"UKR 190 RUSMIL asserted 2024-07-08"}},
		{"Syrian air defences downed two Israeli missiles on Monday.",
			nil},
		// 1952 a drone that smashed into a target
		{"A Russian drone smashed into a hospital in Kharkiv on Sunday.",
			[]string{"RUSMIL 1952 UKR asserted 2024-07-07"}},
	}, true)
}

// TestThreatSynonyms codes idioms of data/verbs.txt for the threat root
// (13): notice of a strike served (133), a party given hours to act (139;
// a message given to a council is none), the threat of sanctions
// brandished (1312). Each is a wire sentence written by the dyad team,
// with the figurative or unrelated use its guard keeps out beside it; the
// story is dated Saturday 2024-07-13, and each want lists every event as
// "SOURCE CAMEO TARGET status date", in any order (nil: none).
func TestThreatSynonyms(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// 133 notice of a strike served
		{"South African unions served notice of a strike on Thursday over wage talks with the government.",
			[]string{"ZAFLAB 133 ZAFGOV asserted 2024-07-11"}},
		{"Washington brandished the threat of sanctions against Turkey on Monday.",
			[]string{"USA 1312 TUR asserted 2024-07-08"}},
		// 139 a party given hours to act; a message given to a council this week is none
		{"The African Union gave Sudan's army and the RSF 48 hours to lay down their arms.",
			[]string{"IGOAFRAFU 139 SDNMIL asserted 2024-07-13", "IGOAFRAFU 139 SDNREB asserted 2024-07-13"}},
		{"The U.N. envoy repeated a message he gave to the Security Council this week when he urged Russia to negotiate.",
			nil},
	}, true)
}

// TestCrowdAttackIsRiot codes an attack by protesters or a mob as a
// violent protest (145), and by gunmen, or on soldiers or police it
// kills, as force (190).
func TestCrowdAttackIsRiot(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Protesters attacked the embassies of Sweden and Denmark in Baghdad on Thursday.",
			[]string{"IRQCVL 145 SWE asserted", "IRQCVL 145 DNK asserted"}}, // a mission as a building is its state (gold README; F0227)
		{"Gunmen attacked a police station in northern Nigeria.",
			[]string{"NGAUAF 190 NGACOP asserted"}},
		// a crowd's attack on people is no riot
		{"Pro-government supporters attacked opposition protesters in Tbilisi on Monday.",
			[]string{"GEOCVL 190 GEOOPP asserted"}},
		// soldiers or police attacked and killed: force; stoned: a riot
		{"Protesters attacked an army convoy near Goma, killing two soldiers.",
			[]string{"CODCVL 190 CODMIL asserted"}},
		{"Protesters attacked a police station in Goma, killing two officers.",
			[]string{"CODCVL 190 CODCOP asserted"}},
		{"Protesters attacked police with stones in Nairobi.",
			[]string{"KENCVL 145 KENCOP asserted"}},
	}, false)
}

// TestArmingGroups codes the arming of groups (072), the charge of an
// accusation; "armed opposition groups" names the groups, no arming.
func TestArmingGroups(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Mali's foreign minister accused Algeria of arming separatist groups in the north.",
			[]string{"MLIGOV 112 DZA asserted"}}, // (arms to no actor named: unaimed.go)
		{"Armed opposition groups must respect the truce, the envoy said.",
			nil},
	}, false)
}

// TestCrowdBurning codes protesters and rioters who burn a state's
// building or its officials' homes as a violent protest (145), as the
// gold sets do, not as a destruction of property (1712); settlers, who
// are no crowd in protest, keep the destruction. The article is
// published on 2024-07-13 (a Saturday).
func TestCrowdBurning(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Rioters set fire to the homes of several ministers in Dhaka on Monday.",
			[]string{"BGDCVL 145 BGDGOV asserted 2024-07-08"}},
		{"Jewish settlers set fire to Palestinian homes in the West Bank village of Huwara on Sunday.",
			[]string{"PSECVL 1712 PSE asserted 2024-07-07"}},
	}, true)
}

// TestBlameWordInPhrase keeps a word of blame that only qualifies a noun in a
// prepositional phrase after "call" ("after the monstrous strike") from
// making a criticism (111); said of the object, it criticises.
func TestBlameWordInPhrase(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Macron called Zelenskiy on Sunday after the monstrous strike on a Kharkiv supermarket.",
			nil},
		{"Guterres called for an investigation into the vile attack on aid workers in Gaza.",
			nil},
		{"Kyiv called the Russian attack on Sumy vile.",
			[]string{"UKR 111 RUS asserted", "RUS 190 UKR asserted"}},
		{"Ukraine called the shelling of the town a monstrous crime.",
			[]string{"UKR 111 - asserted"}},
		{"China called the U.S. sanctions unacceptable.",
			[]string{"CHN 111 USA asserted"}},
	}, false)
}

// TestTruceTakenUpByIt codes "violating it", "breaching it" as a truce
// broken (196) only when "it" takes up a truce as the nearest singular
// noun before the verb, not a truce named earlier beside another
// agreement; a truce broken with no named target is aimed at the accuser,
// also within one country.
func TestTruceTakenUpByIt(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Armenia and Azerbaijan agreed a ceasefire on Monday, but each accused the other of violating it within hours.", []string{"ARM 0871 AZE asserted", "AZE 0871 ARM asserted", "ARM 112 AZE asserted", "AZE 112 ARM asserted", "ARM 196 AZE alleged", "AZE 196 ARM alleged"}},
		{"After the ceasefire with the rebels, Colombia signed a customs agreement with Ecuador, and Ecuador accused Colombia of breaking it.", []string{"COL 057 ECU asserted", "ECU 057 COL asserted", "ECU 112 COL asserted"}},
		{"Months after the truce, Kenya signed a grazing pact with Uganda, and Uganda accused Kenya of violating it.", []string{"KEN 057 UGA asserted", "UGA 057 KEN asserted", "UGA 112 KEN asserted"}},
		{"Yemen's army accused the Houthis on Sunday of breaching the truce.", []string{"YEMMIL 112 YEMREB asserted", "YEMREB 196 YEMMIL alleged"}},
		{"Myanmar's military accused the Arakan Army of wrecking the ceasefire in Rakhine.", []string{"MMRMIL 112 MMRREB asserted", "MMRREB 196 MMRMIL alleged"}},
	}, false)
}
