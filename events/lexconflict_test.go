package events_test

import "testing"

// TestLexConflict codes sentences written by the dyad team for the
// "lexical conflict pass" of events/data/verbs.txt and its guards in
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
