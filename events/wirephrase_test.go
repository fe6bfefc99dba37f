package events_test

import (
	"fmt"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestWirePhrasing codes sentences written for the synonyms, phrasal verbs
// and light-verb constructions of the "wire phrasing" sections of
// events/data/verbs.txt (one or more per CAMEO root, plus metaphors from
// sport, markets and entertainment that must stay silent), so that a
// pattern that stops firing, fires with the wrong code, or starts firing
// on a metaphor is caught. Each want lists every event of the sentence as
// "SOURCE CAMEO TARGET status" ("-" for no target), in any order.
func TestWirePhrasing(t *testing.T) {
	c := newCoder(t)
	for _, tt := range wirePhrasingCases {
		a := &dyad.Article{ID: "t", Published: "2024-07-13", Body: []string{tt.text}}
		var got []string
		for _, e := range c.Code(a) {
			tgt := "-"
			if e.Target != nil {
				tgt = e.Target.Code
			}
			got = append(got, fmt.Sprintf("%s %s %s %s", e.Source.Code, e.CAMEO, tgt, e.Status))
		}
		if !sameEvents(got, tt.want) {
			t.Errorf("%s\n got: %q\nwant: %q", tt.text, got, tt.want)
		}
	}
}

// sameEvents reports whether a and b hold the same strings, in any order.
func sameEvents(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	n := map[string]int{}
	for _, s := range a {
		n[s]++
	}
	for _, s := range b {
		if n[s]--; n[s] < 0 {
			return false
		}
	}
	return true
}

var wirePhrasingCases = []coverageCase{
	// 01 public statement
	{"France sounded the alarm on Tuesday over the humanitarian situation in Sudan.", []string{"FRA 012 - asserted"}},
	{"Australia expressed outrage at Iran over the execution of one of its citizens.", []string{"AUS 111 IRN asserted"}},
	{"Germany voiced anger at Russia over the detention of a German journalist.", []string{"DEU 111 RUS asserted"}},
	{"Japan expressed displeasure to China over the buoy placed near the disputed islands.", []string{"JPN 111 CHN asserted"}},
	{"Canada expressed disappointment with India's response to the allegations.", []string{"CAN 111 IND asserted"}},
	{"Egypt sent a message of condolence to Morocco after the earthquake.", []string{"EGY 018 MAR asserted"}},
	{"Britain raised the alarm on Thursday over the spread of cholera in Yemen.", []string{"GBR 012 - asserted"}},
	{"Nigeria voiced indignation at Ghana over the treatment of Nigerian traders.", []string{"NGA 111 GHA asserted"}},
	{"Italy expressed its disapproval of Hungary's decision to leave the court.", []string{"ITA 111 HUN asserted"}},
	{"Mexico shared Canada's concern about the new US tariffs.", []string{"MEX 019 CAN asserted"}},
	{"South Korea struck a conciliatory tone toward Japan on Monday.", []string{"KOR 013 JPN asserted"}},
	{"Viktor Orban said he saw little chance of a ceasefire in Ukraine.", []string{"HUNGOV 012 - asserted"}},
	// 02 appeal
	{"Ukraine asked Germany for more air defence systems on Monday.", []string{"UKR 0232 DEU asserted"}},
	{"The European Union called for calm after the clashes in Kosovo.", []string{"IGOEUREEC 0256 - asserted"}},
	{"Pakistan requested a new loan from the International Monetary Fund.", []string{"PAK 0231 IGOUNOIMF asserted"}},
	{"Brazil made an appeal to Venezuela to respect the election results.", []string{"BRA 020 VEN asserted"}},
	{"Qatar issued an appeal for restraint on Sunday.", []string{"QAT 0256 - asserted"}},
	{"Volodymyr Zelensky appealed to Western allies for more air defence systems.", []string{"UKRGOV 0232 - asserted"}},
	{"Sri Lanka requested a bailout from the International Monetary Fund on Tuesday.", []string{"LKA 0231 IGOUNOIMF asserted"}},
	{"The European Union called for calm in Kosovo on Monday.", []string{"IGOEUREEC 0256 - asserted"}},
	{"Pope Francis renewed his appeal for a ceasefire in Gaza on Sunday.", []string{"VATGOV 0256 - asserted"}},
	{"Ukraine reiterated its call for more air defence from its allies.", []string{"UKR 020 - asserted"}},
	{"Kenya asked Uganda to hand over the suspects.", []string{"KEN 021 UGA asserted"}},
	{"Poland asked Germany for reparations on Monday.", []string{"POL 020 DEU asserted"}},
	{"Emmanuel Macron exhorted European leaders to spend more on defence.", []string{"FRAGOV 020 - asserted"}},
	{"NATO Secretary-General Jens Stoltenberg urged Turkey to show restraint in northern Syria.", []string{"IGOWSTNAT 0256 TUR asserted"}},
	// 03 intent to cooperate
	{"Russia signalled readiness to negotiate with Ukraine.", []string{"RUS 036 UKR future"}},
	{"China said it stands ready to mediate between Russia and Ukraine.", []string{"CHN 039 RUS future", "CHN 039 UKR future"}},
	{"Germany promised to send more tanks to Ukraine.", []string{"DEU 0332 UKR future"}},
	{"India offered to host talks between Russia and Ukraine.", []string{"IND 036 RUS future", "IND 036 UKR future"}},
	{"Iran signalled willingness to resume talks with the United States.", []string{"IRN 036 USA future"}},
	{"Qatar expressed readiness to mediate between Israel and Hamas.", []string{"QAT 039 ISR future", "QAT 039 PSEREB future"}},
	{"China extended an invitation to Narendra Modi to visit Beijing.", []string{"CHN 036 INDGOV future"}},
	// 04 consult
	{"Antony Blinken landed in Beijing on Sunday for a two-day visit.", []string{"USAGOV 042 CHN asserted", "CHN 043 USAGOV asserted"}},
	{"Recep Tayyip Erdogan spoke with Vladimir Putin by phone on Friday.", []string{"TURGOV 041 RUSGOV asserted", "RUSGOV 041 TURGOV asserted"}},
	{"Emmanuel Macron held a phone conversation with Xi Jinping on Tuesday.", []string{"FRAGOV 041 CHNGOV asserted", "CHNGOV 041 FRAGOV asserted"}},
	{"Olaf Scholz sat down with Joe Biden at the White House on Friday.", []string{"DEUGOV 040 USAGOV asserted", "USAGOV 040 DEUGOV asserted"}},
	{"Wang Yi travelled to Moscow on Monday.", []string{"CHNGOV 042 RUS asserted", "RUS 043 CHNGOV asserted"}},
	{"Antony Blinken touched down in Riyadh on Monday.", []string{"USAGOV 042 SAU asserted", "SAU 043 USAGOV asserted"}},
	{"Olaf Scholz departed for Beijing on Saturday.", []string{"DEUGOV 042 CHN asserted", "CHN 043 DEUGOV asserted"}},
	{"Narendra Modi toured Egypt on Sunday.", []string{"INDGOV 042 EGY asserted", "EGY 043 INDGOV asserted"}},
	{"Rwanda and Congo agreed to keep in touch through their foreign ministers.", []string{"RWA 036 COD future", "COD 036 RWA future"}},
	{"Emmanuel Macron and Joe Biden held a phone call on Tuesday.", []string{"FRAGOV 041 USAGOV asserted", "USAGOV 041 FRAGOV asserted"}},
	{"Joe Biden held a call with Xi Jinping on Tuesday.", []string{"USAGOV 041 CHNGOV asserted", "CHNGOV 041 USAGOV asserted"}},
	{"Emmanuel Macron and Olaf Scholz held video talks on Monday.", []string{"FRAGOV 041 DEUGOV asserted", "DEUGOV 041 FRAGOV asserted"}},
	{"Xi Jinping greeted Vladimir Putin at the Great Hall of the People.", []string{"CHNGOV 043 RUSGOV asserted", "RUSGOV 042 CHNGOV asserted"}},
	{"Narendra Modi wrapped up a visit to France on Friday.", []string{"INDGOV 042 FRA asserted", "FRA 043 INDGOV asserted"}},
	{"Vladimir Putin showed Kim Jong Un around the cosmodrome on Wednesday.", []string{"RUSGOV 043 PRKGOV asserted", "PRKGOV 042 RUSGOV asserted"}},
	// 05 diplomatic cooperation
	{"Greece and Egypt sealed a deal on maritime boundaries on Thursday.", []string{"GRC 057 EGY asserted", "EGY 057 GRC asserted"}},
	{"Saudi Arabia and Iran agreed a deal to restore ties.", []string{"SAU 057 IRN asserted", "IRN 057 SAU asserted"}},
	{"Spain formally recognised Palestine as a state on Tuesday.", []string{"ESP 054 PSE asserted"}},
	{"Germany threw its weight behind France's proposal.", []string{"DEU 051 FRA asserted"}},
	{"Poland voiced support for Ukraine's bid to join NATO.", []string{"POL 051 UKR asserted"}},
	{"Chile and Peru sealed an agreement on water rights on Friday.", []string{"CHL 057 PER asserted", "PER 057 CHL asserted"}},
	{"Bahrain and Qatar agreed a deal to restore ties on Wednesday.", []string{"BHR 057 QAT asserted", "QAT 057 BHR asserted"}},
	{"France and Italy worked out an agreement on migration on Thursday.", []string{"FRA 057 ITA asserted", "ITA 057 FRA asserted"}},
	{"Germany reaffirmed its support for Moldova on Tuesday.", []string{"DEU 051 MDA asserted"}},
	{"Poland heaped praise on Finland for its defence spending.", []string{"POL 051 - asserted"}},
	{"Chad and Israel re-established diplomatic relations on Monday.", []string{"TCD 050 ISR asserted", "ISR 050 TCD asserted"}},
	{"Malawi opened an embassy in Jerusalem on Tuesday.", []string{"MWI 050 - asserted"}},
	{"Germany backed Ukraine's bid to join the European Union.", []string{"DEU 051 UKR asserted"}},
	{"Japan issued an apology to South Korea on Monday.", []string{"JPN 055 KOR asserted"}},
	{"Germany offered an apology to Namibia for colonial-era killings.", []string{"DEU 055 NAM asserted"}},
	// 06 material cooperation
	{"India and the United States agreed to boost defence cooperation.", []string{"IND 0312 USA future", "USA 0312 IND future"}},
	{"Turkey handed over two suspects to Iraq on Sunday.", []string{"TUR 063 IRQ asserted"}},
	{"Armenia and Azerbaijan swapped prisoners on Sunday.", []string{"ARM 0841 AZE asserted", "AZE 0841 ARM asserted"}},
	{"Egypt resumed gas exports to Europe on Monday.", []string{"EGY 061 - asserted"}},
	{"Japan and Australia agreed to deepen security cooperation.", []string{"JPN 0312 AUS future", "AUS 0312 JPN future"}},
	// 07 aid
	{"The United States announced a new military aid package for Ukraine on Friday.", []string{"USA 072 UKR asserted"}},
	{"Japan gave 10 million dollars in emergency aid to Turkey.", []string{"JPN 071 TUR asserted"}},
	{"Britain flew aid to Gaza on Monday.", []string{"GBR 073 PSE asserted"}},
	{"Germany will provide air defence systems to Ukraine.", []string{"DEU 0332 UKR future"}},
	{"China extended a credit line of 2 billion dollars to Sri Lanka.", []string{"CHN 071 LKA asserted"}},
	{"Germany announced humanitarian aid for Sudan on Monday.", []string{"DEU 073 SDN asserted"}},
	{"Britain gave humanitarian aid to Pakistan after the floods.", []string{"GBR 073 PAK asserted"}},
	{"The World Food Programme distributed food to displaced families in Haiti.", []string{"IGOUNOWFP 073 HTICVL asserted"}},
	{"India extended a credit line to Bangladesh on Friday.", []string{"IND 071 BGD asserted"}},
	{"Germany will supply Ukraine with more air defence systems.", []string{"DEU 0332 UKR future"}},
	{"Canada pledged 500 million dollars to Ukraine on Monday.", []string{"CAN 0331 UKR future"}},
	{"The United States rushed munitions and interceptors to Israel.", []string{"USA 072 ISR asserted"}},
	{"Turkey granted refuge to 300 Afghan students on Monday.", []string{"TUR 075 AFGEDU asserted"}},
	{"Japan earmarked funds for Gaza reconstruction on Monday.", []string{"JPN 070 - asserted"}},
	{"Spain offered asylum to the Venezuelan opposition candidate.", []string{"ESP 075 VENOPP asserted"}},
	{"The Netherlands handed over F-16 jets to Ukraine on Monday.", []string{"NLD 072 UKR asserted"}},
	{"The State Department approved the sale of fighter jets to Turkey.", []string{"USAGOV 072 TUR asserted"}},
	{"Washington cleared an arms sale to Taiwan on Friday.", []string{"USA 072 TWN asserted"}},
	{"Norway will give Ukraine 200 million crowns to clear landmines.", []string{"NOR 0331 UKR future"}},
	// 08 yield
	{"The junta ordered the release of 200 political prisoners on Monday.", []string{}},
	{"Russia and Ukraine signed a ceasefire agreement in Istanbul.", []string{"RUS 0871 UKR asserted", "UKR 0871 RUS asserted"}},
	{"Armenia and Azerbaijan reached a ceasefire on Tuesday.", []string{"ARM 0871 AZE asserted", "AZE 0871 ARM asserted"}},
	{"The United States rolled back sanctions on Venezuela's oil sector.", []string{"USA 085 VEN asserted"}},
	{"Russia pulled its troops out of Kherson on Friday.", []string{"RUS 0874 - asserted"}},
	{"Russia and Ukraine reached a truce for the Easter weekend.", []string{"RUS 0871 UKR asserted", "UKR 0871 RUS asserted"}},
	{"Washington scrapped sanctions on Syria's central bank on Friday.", []string{"USA 085 SYRGOV asserted"}},
	{"China lifted its ban on Japanese seafood on Friday.", []string{"CHN 081 JPN asserted"}},
	{"Mexico cut tariffs on Chinese steel on Monday.", []string{"MEX 085 CHN asserted"}},
	{"Israel handed back the bodies of 45 Palestinians.", []string{"ISR 0842 PSECVL asserted"}},
	{"Israel scaled back its operations in southern Gaza on Sunday.", []string{"ISR 087 - asserted"}},
	{"Israel showed restraint on Monday.", []string{"ISR 087 - asserted"}},
	// 09 investigate
	{"The UN launched a probe into the killing of aid workers in Gaza.", []string{"IGOUNO 093 - asserted"}},
	{"Poland launched an investigation into the killing of a Polish aid worker in Gaza.", []string{"POL 093 POLCVL asserted"}},
	{"The International Criminal Court opened a war crimes investigation in Venezuela.", []string{"IGOICC 094 - asserted"}},
	// 10 demand
	{"Iran made fresh demands to the United States on Monday.", []string{"IRN 100 USA asserted"}},
	{"Jordan made demands to Israel over the holy sites in Jerusalem.", []string{"JOR 100 ISR asserted"}},
	// 11 disapprove
	{"China branded the visit by the US House Speaker a provocation.", []string{"CHN 111 USALEG asserted"}},
	{"Israel faulted the United Nations for the delays.", []string{"ISR 111 IGOUNO asserted"}},
	{"Iran hit out at France on Sunday over the new sanctions.", []string{"IRN 111 FRA asserted"}},
	{"Beijing lodged a formal complaint with Tokyo on Monday.", []string{"CHN 114 JPN asserted"}},
	{"Iran labelled Britain a hostile state on Monday.", []string{"IRN 111 GBR asserted"}},
	{"Russia faulted Moldova for the expulsion of its diplomats.", []string{"RUS 111 MDA asserted"}},
	{"Azerbaijan objected to France's arms sales to Armenia.", []string{"AZE 111 FRA asserted"}},
	{"Turkey took issue with Greece over the maritime border.", []string{"TUR 111 GRC asserted"}},
	{"Algeria called in the French ambassador over the remarks.", []string{"DZA 114 FRAGOV asserted"}},
	{"Iran railed against Israel at the United Nations.", []string{"IRN 111 ISR asserted"}},
	{"China delivered a rebuke to Australia on Tuesday.", []string{"CHN 111 AUS asserted"}},
	// 12 reject
	{"Israel shrugged off the criticism from the United States.", []string{"ISR 120 USA asserted"}},
	{"India declined the offer of mediation from the United States.", []string{"IND 127 USA asserted"}},
	{"Hungary voted against the EU resolution on Ukraine.", []string{"HUN 120 IGOEUREEC asserted"}},
	{"Venezuela shrugged off the new sanctions from the United States.", []string{"VEN 120 - asserted"}},
	{"Israel brushed aside the proposal from Egypt.", []string{"ISR 127 EGY asserted"}},
	{"Russia ruled out a withdrawal from Crimea.", []string{"RUS 120 - asserted"}},
	{"Iran repudiated the agreement on Monday.", []string{"IRN 120 - asserted"}},
	// 13 threaten
	{"Iran warned the United States of a crushing response.", []string{"IRN 130 USA asserted"}},
	{"Russia threatened military action against Moldova.", []string{"RUS 138 MDA asserted"}},
	{"North Korea sent a warning to South Korea on Sunday.", []string{"PRK 130 KOR asserted"}},
	{"China vowed to crush any attempt at Taiwan independence.", []string{"CHN 137 TWN asserted"}},
	{"North Korea threatened military action against South Korea.", []string{"PRK 138 KOR asserted"}},
	{"China threatened countermeasures against Japan on Thursday.", []string{"CHN 130 JPN asserted"}},
	{"Israel will expand its ground offensive into Gaza City.", []string{"ISR 138 PSE future"}},
	{"Doctors in Kenya threatened to widen their strike on Monday.", []string{"KENHLH 133 - asserted"}},
	// 14 protest
	{"Thousands of protesters poured into the streets of Tbilisi on Sunday.", []string{"GEOCVL 141 GEOGOV asserted"}},
	{"Doctors in South Korea walked off the job on Tuesday.", []string{"KORHLH 143 KORGOV asserted"}},
	{"Thousands of protesters spilled into the streets of Caracas on Saturday.", []string{"VENCVL 141 VENGOV asserted"}},
	{"Nurses in Kenya walked off the job on Monday.", []string{"KENHLH 143 KENGOV asserted"}},
	{"Farmers in Spain blocked highways on Tuesday.", []string{"ESPAGR 144 ESPGOV asserted"}},
	{"Students in Dhaka organised protests against the job quota system on Monday.", []string{"BGDEDU 141 BGDGOV asserted"}},
	{"Teachers in Nigeria participated in a nationwide strike on Monday.", []string{"NGAEDU 143 NGAGOV asserted"}},
	// 15 exhibit force posture
	{"North Korea test-launched an intercontinental ballistic missile on Thursday.", []string{"PRK 150 - asserted"}},
	{"North Korea fired several ballistic missiles into the sea on Monday.", []string{"PRK 150 - asserted"}},
	{"China kicked off large-scale military drills around Taiwan on Thursday.", []string{"CHN 150 TWN asserted"}},
	{"Russia fortified its positions near Zaporizhzhia.", []string{"RUS 154 UKR asserted"}},
	{"North Korea test-fired an ICBM on Thursday.", []string{"PRK 150 - asserted"}},
	{"China launched an ICBM into the Pacific on Wednesday.", []string{"CHN 150 - asserted"}},
	{"India kicked off naval drills in the Arabian Sea on Monday.", []string{"IND 150 - asserted"}},
	{"Chinese warships shadowed a Canadian frigate in the Taiwan Strait.", []string{"CHNMIL 150 CANMIL asserted"}},
	{"Japanese troops took part in drills with the United States in Hokkaido.", []string{"JPNMIL 150 USA asserted"}},
	{"Lloyd Austin ordered an aircraft carrier to the eastern Mediterranean.", []string{"USAGOV 154 - asserted"}},
	// 16 reduce relations
	{"Niger shuttered the French embassy in Niamey.", []string{"NER 161 FRAGOV asserted"}},
	{"China cancelled a planned visit by the German foreign minister.", []string{"CHN 160 DEUGOV asserted"}},
	{"The United States imposed new export controls on China.", []string{"USA 163 CHN asserted"}},
	{"Washington levied tariffs on Chinese electric vehicles.", []string{"USA 163 CHN asserted"}},
	{"Beijing curbed exports of gallium to the United States.", []string{"CHN 163 USA asserted"}},
	{"Argentina shuttered its embassy in Caracas on Monday.", []string{"ARG 161 - asserted"}},
	{"India cancelled a visit by the Canadian trade minister.", []string{"IND 160 CANGOV asserted"}},
	{"Canada levied tariffs on Chinese steel on Tuesday.", []string{"CAN 163 CHN asserted"}},
	{"China curbed exports of graphite to the United States.", []string{"CHN 163 USA asserted"}},
	{"Lithuania recalled its ambassador from China on Tuesday.", []string{"LTU 161 CHN asserted"}},
	{"The European Union adopted new sanctions against Belarus.", []string{"IGOEUREEC 163 BLR asserted"}},
	{"The United States added 12 Chinese firms to its entity list.", []string{"USA 163 CHNBUS asserted"}},
	{"Washington halted weapons shipments to Israel on Tuesday.", []string{"USA 1622 ISR asserted"}},
	{"Israel barred entry to two US congresswomen.", []string{"ISR 120 USA asserted"}},
	// 17 coerce
	{"Iran handed a British journalist a ten-year prison sentence on Sunday.", []string{"IRN 173 GBRMED asserted"}},
	{"Russia outlawed the group as extremist on Friday.", []string{"RUS 172 - asserted"}},
	{"A Moscow court handed a US journalist a 16-year sentence.", []string{"RUSJUD 173 USAMED asserted"}},
	{"Kyrgyzstan outlawed the opposition party on Friday.", []string{"KGZ 1722 KGZOPP asserted"}},
	{"Italy turned back migrants at sea on Sunday.", []string{"ITA 174 ITAREF asserted"}},
	{"Russia closed the newspaper Novaya Gazeta on Monday.", []string{"RUS 1721 RUSMED asserted"}},
	{"Kenyan police fired tear gas at protesters in Nairobi on Tuesday.", []string{"KENCOP 175 KENCVL asserted"}},
	{"Turkish police made arrests in Istanbul on Sunday.", []string{"TURCOP 173 - asserted"}},
	// 18 assault
	{"Gunmen gunned down a Pakistani journalist in Karachi.", []string{"PAKUAF 180 PAKMED asserted"}},
	{"Haitian gunmen tried to assassinate the president on Monday.", []string{"HTIUAF 185 HTIGOV asserted"}},
	// 19 fight
	{"Israeli and Hezbollah forces traded fire across the border on Sunday.", []string{"ISRMIL 190 LBNREB asserted", "LBNREB 190 ISRMIL asserted"}},
	{"Pakistan and India exchanged fire along the Line of Control on Friday.", []string{"PAK 190 IND asserted", "IND 190 PAK asserted"}},
	{"Russia hit Kyiv with guided bombs on Sunday.", []string{"RUS 195 UKR asserted"}},
	{"Russia fired missiles at Kyiv overnight.", []string{"RUS 195 UKR asserted"}},
	{"Russia unleashed a barrage of missiles on Ukrainian cities.", []string{"RUS 190 UKR asserted"}},
	{"Ukrainian forces pushed into Russia's Kursk region.", []string{"UKRMIL 190 RUS asserted"}},
	{"Thai and Cambodian troops traded fire along the border on Thursday.", []string{"THAMIL 190 KHMMIL asserted", "KHMMIL 190 THAMIL asserted"}},
	{"Russian troops pushed into Ukraine's Kharkiv region on Friday.", []string{"RUSMIL 190 UKR asserted"}},
	{"Ukrainian forces repelled a Russian assault near Pokrovsk.", []string{"UKRMIL 190 RUS asserted"}},
	{"Russia attacked Ukrainian energy facilities with drones and missiles.", []string{"RUS 195 UKR asserted"}},
	{"Rebels took over the town of Goma on Monday.", []string{"CODREB 192 - asserted"}},
	{"Turkey launched a military operation against Kurdish militants in Iraq.", []string{"TUR 190 IRQREB asserted"}},
	{"Nigeria carried out a military operation against Boko Haram.", []string{"NGA 190 NGAREB asserted"}},
	{"Azerbaijan fired artillery at Armenian positions on Tuesday.", []string{"AZE 194 ARMMIL asserted"}},
	{"Russian missiles hit Kyiv overnight.", []string{"RUS 195 UKR asserted"}},
	{"Hezbollah rockets slammed into northern Israel on Sunday.", []string{"LBNREB 194 ISR asserted"}},
	// mixed: wire sentences with fronted dates, attribution tails and two events
	{"On Tuesday, Turkey's foreign ministry summoned the Swedish ambassador over a Koran burning in Stockholm.", []string{"TURGOV 114 SWEGOV asserted"}},
	{"Brazil and Argentina pledged on Monday to deepen trade ties, the two governments said in a joint statement.", []string{"BRA 0311 ARG future", "ARG 0311 BRA future"}},
	{"Egypt denounced Ethiopia's decision to fill the dam without an agreement.", []string{"EGY 111 ETH asserted"}},
	{"Japan and the Philippines signed a reciprocal access agreement in Manila on Monday.", []string{"JPN 057 PHL asserted", "PHL 057 JPN asserted"}},
	{"Israeli warplanes pounded targets in southern Lebanon overnight, the Lebanese army said.", []string{"ISRMIL 194 LBN asserted"}},
	{"Slovakia blocked the joint declaration on Friday.", []string{"SVK 129 - asserted"}},
	{"The United States slapped sanctions on two Iranian oil firms on Thursday.", []string{"USA 163 IRNBUS asserted"}},
	{"Thousands of Kenyans marched in Nairobi on Tuesday to protest against a finance bill.", []string{"KENCVL 141 KENGOV asserted"}},
	{"North Korea fired a barrage of artillery shells near the maritime border on Friday.", []string{"PRK 150 - asserted"}},
	{"Pakistan handed over a captured Indian pilot to India on Friday.", []string{"PAK 0841 IND asserted"}},
	{"Chad expelled the German ambassador on Friday, citing his \"discourteous attitude\".", []string{"TCD 161 DEUGOV asserted"}},
	{"Russia and China held joint naval exercises in the Sea of Japan on Monday.", []string{"RUS 062 CHN asserted", "CHN 062 RUS asserted"}},
	{"The African Union suspended Niger's membership after the coup.", []string{"IGOAFRAFU 160 NER asserted"}},
	{"Iran seized a Greek tanker in the Gulf of Oman on Wednesday.", []string{"IRN 171 GRC asserted"}},
	{"Ukraine's military said it shot down 30 Russian drones overnight.", []string{"UKRMIL 190 RUSMIL asserted"}},
	{"Lebanon's prime minister appealed to the international community for help with the refugee crisis.", []string{"LBNGOV 023 - asserted"}},
	{"Venezuela's government branded the opposition leader a fugitive.", []string{"VENGOV 111 VENOPP asserted"}},
	{"South Africa lodged a genocide case against Israel at the World Court.", []string{"ZAF 115 ISR asserted"}},
	{"Taiwan scrambled jets as 30 Chinese warplanes crossed the median line.", []string{"TWNMIL 150 - asserted", "CHNMIL 150 - asserted"}},
	{"China warns Japan against interfering in Taiwan affairs.", []string{"CHN 130 JPN asserted"}},
	{"Germany is sending more Patriot systems to Ukraine, the defence ministry said.", []string{"DEU 072 UKR asserted"}},
	{"Russia has imposed a ban on imports of Moldovan wine.", []string{"RUS 163 MDA asserted"}},
	{"Ireland, Spain and Norway formally recognised a Palestinian state on Tuesday.", []string{"IRL 054 PSE asserted", "ESP 054 PSE asserted", "NOR 054 PSE asserted"}},
	{"The European Union unveiled a new package of sanctions against Russia.", []string{"IGOEUREEC 163 RUS asserted"}},
	{"The United Nations urged Myanmar's junta to release Aung San Suu Kyi.", []string{"IGOUNO 0253 MMRGOV asserted"}},
	{"Armenia's prime minister threatened to quit the Russia-led security alliance.", []string{"ARMGOV 1313 - asserted"}},
	{"Haiti's prime minister resigned on Monday.", []string{"HTIGOV 080 - asserted"}},
	{"Indian and Chinese troops clashed in the Galwan valley.", []string{"INDMIL 190 CHNMIL asserted", "CHNMIL 190 INDMIL asserted"}},
	{"Colombia's government and the ELN rebels signed a ceasefire in Havana.", []string{"COLGOV 0871 COLREB asserted", "COLREB 0871 COLGOV asserted"}},
	{"Georgia's president vetoed the foreign agents law on Saturday.", []string{"GEOGOV 129 - asserted"}},
	{"Turkey voiced concern over the Israeli offensive in Rafah.", []string{"TUR 012 ISR asserted"}},
	{"Germany urged Israel to refrain from a ground offensive in Rafah.", []string{"DEU 020 ISR asserted"}},
	{"The United States warned China against supplying weapons to Russia.", []string{"USA 130 CHN asserted"}},
	{"France called on Iran to stop enriching uranium.", []string{"FRA 020 IRN asserted"}},
	{"Japan said it would provide 500 million dollars to Ukraine.", []string{"JPN 0331 UKR future"}},
	{"The EU said it would impose sanctions on Israeli settlers.", []string{"IGOEUREEC 1312 ISRCVL future"}},
	{"Iran vowed to avenge the killing of its general.", []string{"IRN 138 - asserted"}},
	{"Pakistan promised a swift response to any Indian aggression.", []string{"PAK 138 IND asserted"}},
	{"Russia offered to host talks between Armenia and Azerbaijan.", []string{"RUS 036 ARM future", "RUS 036 AZE future"}},
	{"China demanded an apology from Japan on Tuesday.", []string{"CHN 100 JPN asserted"}},
	{"Beijing insisted on the return of the detained crew.", []string{"CHN 1053 - asserted"}},
	{"Venezuela rejected the ultimatum from the United States.", []string{"VEN 120 USA asserted"}},
	{"Hamas agreed to free 33 hostages in the first phase of the deal.", []string{"PSEREB 0353 - future"}},
	{"India threatened to scrap the Indus Waters Treaty.", []string{"IND 1313 - asserted"}},
	{"Egypt urged restraint on all sides on Sunday.", []string{"EGY 0256 - asserted"}},
	{"Qatar called for an immediate ceasefire in Gaza.", []string{"QAT 0256 - asserted"}},
	{"The UN chief appealed for calm in Kenya.", []string{"IGOUNO 0256 - asserted"}},
	{"Moscow poured cold water on the Ukrainian peace plan.", []string{"RUS 120 UKR asserted"}},
	{"Israel pushed back against the criticism from France.", []string{"ISR 120 FRA asserted"}},
	{"China bristled at the remarks by the Japanese prime minister.", []string{"CHN 111 JPNGOV asserted"}},
	{"Iran issued a stark warning to Israel on Sunday.", []string{"IRN 130 ISR asserted"}},
	{"Russia struck back at Ukraine with a wave of drones.", []string{"RUS 190 UKR asserted"}},
	{"The EU put talks with Turkey on hold.", []string{"IGOEUREEC 164 TUR asserted"}},
	{"India and China pulled back troops from the disputed border area.", []string{"IND 0874 - asserted", "CHN 0874 - asserted"}},
	{"Egypt brokered a truce between Israel and Islamic Jihad.", []string{"EGY 045 ISR asserted", "EGY 045 PSEREB asserted"}},
	{"Pakistan gave the Afghan Taliban an ultimatum on Monday.", []string{"PAK 139 AFGGOV asserted"}},
	{"Japan lodged a strong protest with China over the incursion.", []string{"JPN 114 CHN asserted"}},
	{"Turkey summoned the US envoy on Friday.", []string{"TUR 114 USAGOV asserted"}},
	{"Russia cut off gas supplies to Moldova on Wednesday.", []string{"RUS 191 MDA asserted"}},
	{"Iran unveiled a new hypersonic missile on Tuesday.", []string{"IRN 150 - asserted"}},
	{"The US Senate approved 61 billion dollars in aid for Ukraine.", []string{"USALEG 071 UKR asserted"}},
	{"Saudi Arabia and the UAE pledged 3 billion dollars to Sudan's army-backed government.", []string{"SAU 0331 SDNGOV future", "ARE 0331 SDNGOV future"}},
	{"Russia's foreign ministry accused Britain of stoking tensions in the Baltic.", []string{"RUSGOV 112 GBR asserted"}},
	{"Israel and Lebanon agreed to hold indirect talks on their maritime border.", []string{"ISR 036 LBN future", "LBN 036 ISR future"}},
	{"The Netherlands returned 478 looted artefacts to Indonesia on Monday.", []string{"NLD 0842 IDN asserted"}},
	{"Taiwan detained a Chinese national for spying on Tuesday.", []string{"TWN 173 CHNCVL asserted"}},
	{"Malaysia condemned the desecration of the Koran in Denmark.", []string{"MYS 111 - asserted"}},
	{"Armenian police arrested dozens of anti-government protesters in Yerevan.", []string{"ARMCOP 173 ARMCVL asserted"}},
	{"The US Navy intercepted an Iranian arms shipment bound for Yemen.", []string{"USAMIL 171 IRN asserted"}},
	{"Ethiopia and Somalia agreed to restore diplomatic relations on Thursday.", []string{"ETH 032 SOM future", "SOM 032 ETH future"}},
	{"France withdrew its last troops from Niger on Friday.", []string{"FRA 0874 NERMIL asserted"}},
	{"Japan welcomed the release of its citizen by China.", []string{"JPN 013 CHN asserted"}},
	{"Turkey detained 20 people suspected of spying for Israel.", []string{"TUR 173 TURCVL asserted"}},
	{"Bolivia severed diplomatic ties with Israel over the war in Gaza.", []string{"BOL 161 ISR asserted"}},
	{"Iran executed a man convicted of spying for Israel on Monday.", []string{"IRN 1823 IRNCVL asserted"}},
	{"Moldova expelled a Russian diplomat on Friday.", []string{"MDA 161 RUSGOV asserted"}},
	{"Pakistan and Iran exchanged missile strikes on Thursday.", []string{"PAK 195 IRN asserted", "IRN 195 PAK asserted"}},
	{"The Houthis hijacked a cargo ship in the Red Sea.", []string{"YEMREB 181 YEMCVL asserted"}},
	{"Cambodia accused Thailand of violating its sovereignty.", []string{"KHM 112 THA asserted"}},
	{"Seoul's prosecutors indicted the former defence minister on insurrection charges.", []string{"KORJUD 173 - asserted"}},
	{"The ICC issued an arrest warrant for Vladimir Putin.", []string{"IGOICC 173 RUSGOV asserted"}},
	{"Germany's interior ministry banned a pro-Palestinian group on Thursday.", []string{"DEUGOV 172 - asserted"}},
	{"Nepal lifted its ban on social media platforms after deadly protests.", []string{"NPL 081 - asserted"}},
	{"Brazil's supreme court ordered an investigation into the former president.", []string{"BRAJUD 090 - asserted"}},
	{"Iran demanded that the IAEA condemn the attacks on its nuclear sites.", []string{"IRN 100 IGOUNOIAE asserted"}},
	{"Hamas rejected Israel's latest ceasefire proposal on Monday.", []string{"PSEREB 1246 ISR asserted"}},
	{"North Korea threatened to retaliate against the joint drills.", []string{"PRK 138 - asserted"}},
	{"China warned of countermeasures if the Philippines pressed ahead with the plan.", []string{"CHN 130 PHL asserted"}},
	{"Farmers in Belgium dumped manure outside the European Parliament.", []string{"BELAGR 145 - asserted"}},
	{"Hezbollah claimed a drone attack on an Israeli base.", []string{"LBNREB 1952 ISRMIL asserted"}},
	{"Pakistan's army said it killed 12 militants in a raid in North Waziristan.", []string{"PAKMIL 190 PAKREB asserted"}},
	{"Colombia suspended arms purchases from Israel.", []string{"COL 163 ISR asserted"}},
	{"Canada froze the assets of three Russian oligarchs.", []string{"CAN 163 RUSELI asserted"}},
	{"Ukraine and Russia swapped 95 prisoners of war each on Friday.", []string{"UKR 0841 RUS asserted", "RUS 0841 UKR asserted"}},
	// no event: sport, markets, entertainment and idioms
	{"The Lakers slammed the door on Boston's comeback in the fourth quarter.", []string{}},
	{"The central bank launched an attack on inflation with a sharp rate rise.", []string{}},
	{"Stocks rallied on Wall Street after the jobs report.", []string{}},
	{"Oil prices hit a three-month high on Monday.", []string{}},
	{"The striker slammed the door on his former club's title hopes.", []string{}},
	{"The central bank launched an attack on inflation on Tuesday.", []string{}},
	{"Oil prices hit a record high on Monday.", []string{}},
	{"The band kicked off its world tour in Madrid on Friday.", []string{}},
	{"The minister shrugged off questions about his health.", []string{}},
	{"The new console earmarked for release next year was delayed.", []string{}},
	{"Fans backed the team throughout the season.", []string{}},
	{"The company launched a marketing campaign in Europe.", []string{}},
	{"The government organised a conference in Paris.", []string{}},
	{"The show will run until May.", []string{}},
}
