package events_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// coverageCase is one sentence and every event it must give, exactly, as
// "SOURCE CAMEO TARGET status" ("-" for no target).
type coverageCase struct {
	text string
	want []string
}

// TestCoverage codes sentences written for the wire phrasings added to
// events/data/verbs.txt by CAMEO root (the "coverage" sections), so that a
// pattern that stops firing, or fires with the wrong code, is caught.
func TestCoverage(t *testing.T) {
	c := newCoder(t)
	for _, tt := range coverageCases {
		a := &dyad.Article{ID: "t", Published: "2024-07-13", Body: []string{tt.text}}
		var got []string
		for _, e := range c.Code(a) {
			got = append(got, eventLine(e, false))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s\n got: %q\nwant: %q", tt.text, got, tt.want)
		}
	}
}

var coverageCases = []coverageCase{
	// 01 public statement
	{"Japan voiced fears over China's military build-up on Monday.", []string{"JPN 012 CHNMIL asserted"}},
	{"The Philippine government raised concerns about Chinese coast guard manoeuvres.", []string{"PHLGOV 012 CHNMIL asserted"}},
	{"Egypt expressed confidence that the talks would succeed.", []string{"EGY 013 - asserted"}},
	{"The White House is mulling new export curbs.", []string{"USAGOV 014 - asserted"}},
	{"The Islamic State group took responsibility for the bombing.", []string{"IMGMOSISL 015 - asserted"}},
	{"Pope Francis sent condolences to Turkey after the earthquake.", []string{"VATGOV 018 TUR asserted"}},
	{"India extended its condolences to Nepal on Sunday.", []string{"IND 018 NPL asserted"}},
	{"Germany echoed calls by France for a ceasefire.", []string{"DEU 019 FRA asserted"}}, // in accord with the call's author
	// 02 appeal
	{"Ukraine pressed for more air defence systems from Germany.", []string{"UKR 0232 DEU asserted"}},
	{"Qatar pushed for a ceasefire between Israel and Hamas.", []string{"QAT 0256 ISR asserted", "QAT 0256 PSEREB asserted"}},
	{"Pakistan sought a bailout from the International Monetary Fund.", []string{"PAK 0231 IGOUNOIMF asserted"}},
	{"Kenya called for a peaceful solution to the crisis in Sudan.", []string{"KEN 027 - asserted"}},
	// 03 intent
	{"Turkey proposed talks between Russia and Ukraine.", []string{"TUR 036 RUS future", "TUR 036 UKR future"}},
	{"Saudi Arabia pledged loans to Pakistan worth $2 billion.", []string{"SAU 0331 PAK future"}},
	{"Washington pledged military aid to Taiwan.", []string{"USA 0332 TWN future"}},
	// 04 consult
	{"Antony Blinken flew to Beijing on Sunday.", []string{"USAGOV 042 CHN asserted", "CHN 043 USAGOV asserted"}},
	{"Emmanuel Macron and Xi Jinping held a phone call on Tuesday.", []string{"FRAGOV 041 CHNGOV asserted", "CHNGOV 041 FRAGOV asserted"}},
	{"Narendra Modi telephoned Vladimir Putin on Friday.", []string{"INDGOV 041 RUSGOV asserted", "RUSGOV 041 INDGOV asserted"}}, // a call both ways, as every gold call (targets_far.go)
	{"Egypt facilitated talks between Israel and Hamas.", []string{"EGY 045 ISR asserted", "EGY 045 PSEREB asserted", "ISR 046 PSEREB asserted", "PSEREB 046 ISR asserted"}},
	{"Serbia and Kosovo began talks in Brussels.", []string{"SRB 046 KSV asserted", "KSV 046 SRB asserted"}},
	// 05 diplomatic cooperation
	{"Joe Biden congratulated Claudia Sheinbaum on her election win.", []string{"USAGOV 051 MEX asserted"}},
	{"China paid tribute to Pakistan for its support.", []string{"CHN 051 PAK asserted"}},
	{"Israel and Bahrain established diplomatic relations in 2020.", nil},
	{"Saudi Arabia and Iran restored ties on Friday.", []string{"SAU 050 IRN asserted", "IRN 050 SAU asserted"}},
	{"Japan and the Philippines finalised a defence pact on Monday.", []string{"JPN 057 PHL asserted", "PHL 057 JPN asserted"}},
	{"Ghana ratified the treaty on Monday.", []string{"GHA 057 - asserted"}},
	// 06 material cooperation
	{"Russia and Ukraine traded prisoners on Friday.", []string{"RUS 0841 UKRCVL asserted", "UKR 0841 RUSCVL asserted"}},
	{"Thailand handed over two suspects to Cambodia.", []string{"THA 063 KHM asserted"}},
	{"China and Brazil agreed to boost trade.", []string{"CHN 0311 BRA future", "BRA 0311 CHN future"}},
	// 07 aid
	{"Japan donated rice to the Philippines.", []string{"JPN 073 PHL asserted"}},
	{"The European Union rolled out aid for Syria.", []string{"IGOEUREEC 070 SYR asserted"}},
	{"Germany extended a loan to Ukraine on Monday.", []string{"DEU 071 UKR asserted"}},
	{"Jordan airlifted food to Gaza.", []string{"JOR 073 PSE asserted"}},
	{"India rushed aid to Myanmar after the earthquake.", []string{"IND 073 MMR asserted"}},
	{"Iran equips Houthi rebels with drones.", []string{"IRN 072 YEMREB asserted"}},
	{"French warships escorted tankers through the Red Sea.", []string{"FRAMIL 074 - asserted"}},
	// 08 yield
	{"Hamas set free two Israeli hostages on Monday.", []string{"PSEREB 0841 ISRCVL asserted"}},
	{"China relaxed restrictions on foreign journalists.", []string{"CHN 081 - asserted"}},
	{"The Myanmar junta granted amnesty to 3,000 prisoners.", []string{"MMRGOV 082 MMRCVL asserted"}},
	{"Russian troops pulled out of the city of Kherson.", []string{"RUSMIL 0874 UKR asserted"}}, // a foreign place withdrawn from: its state (gold README)
	{"The Israeli army called off its offensive against Hamas.", []string{"ISRMIL 087 PSEREB asserted"}},
	{"Israel and Hamas extended the truce by two days.", []string{"ISR 0871 PSEREB asserted", "PSEREB 0871 ISR asserted"}},
	{"Iran admitted inspectors from the IAEA on Tuesday.", []string{"IRN 0862 IGOUNOIAE asserted"}},
	// 09 investigate
	{"Prosecutors in Seoul looked into the allegations against Yoon Suk Yeol.", []string{"KORJUD 091 KORGOV asserted"}},
	{"Brazilian police investigated corruption at Petrobras.", []string{"BRACOP 091 BRABUS asserted"}}, // a named company investigated (actors/data/society.txt)
	{"The United Nations investigated the airstrike on the school in Gaza.", []string{"IGOUNO 093 - asserted"}},
	{"The International Criminal Court probed war crimes in Darfur.", []string{"IGOICC 094 - asserted"}},
	// 10 demand
	{"Ukraine demanded the return of its children from Russia.", []string{"UKR 1053 RUS asserted"}},
	{"Turkey demanded the extradition of the suspects from Sweden.", []string{"TUR 1013 SWE asserted"}},
	{"The Arab League called for an end to the fighting in Sudan.", []string{"IGOMEAARL 0256 - asserted"}},
	// 11 disapprove
	{"China lashed out at the United States over the Taiwan visit.", []string{"CHN 111 USA asserted"}},
	{"Viktor Orban hit out at the European Union on Friday.", []string{"HUNGOV 111 IGOEUREEC asserted"}},
	{"Iran castigated Britain for the seizure of the tanker.", []string{"IRN 111 GBR asserted"}},
	{"Ukraine held Russia responsible for the dam's destruction.", []string{"UKR 112 RUS asserted"}},
	{"Gambia took Myanmar to court over the Rohingya.", []string{"GMB 115 MMR asserted"}},
	// 12 reject
	{"India spurned Pakistan's offer of talks.", []string{"IND 125 PAK asserted", "PAK 036 IND future"}},
	{"Israel brushed aside calls by the United Nations for a ceasefire.", []string{"ISR 120 - asserted", "IGOUNO 020 ISR asserted"}},
	{"Russia blocked a draft resolution at the Security Council.", []string{"RUS 129 IGOUNO asserted"}},
	{"North Korea declined an invitation from South Korea to talks.", []string{"PRK 125 KOR asserted", "KOR 036 PRK future"}},
	{"Hamas refused to free the Israeli hostages.", []string{"PSEREB 1243 ISRCVL asserted"}},
	{"North Korea flouted the arms embargo on Friday.", []string{"PRK 128 - asserted"}},
	// 13 threaten
	{"Iran vowed revenge against Israel for the killing.", []string{"IRN 138 ISR asserted"}},
	{"Hezbollah warned of retaliation against Israel.", []string{"LBNREB 138 ISR asserted"}},
	{"Russia threatened an embargo on Moldova.", []string{"RUS 1312 MDA asserted"}},
	{"ECOWAS gave Niger's junta a deadline to restore Mohamed Bazoum.", []string{"IGOWAFECO 139 NERGOV asserted"}},
	// 14 protest
	{"Hundreds of workers picketed the ministry in Nairobi.", []string{"KENLAB 141 KENGOV asserted"}},
	{"Opposition lawmakers walked out of parliament in Belgrade on Tuesday.", []string{"SRBOPP 143 SRBLEG asserted"}},
	{"Farmers blockaded roads across France on Monday.", []string{"FRAAGR 144 FRAGOV asserted"}},
	{"Rioters looted shops in Dhaka.", []string{"BGDCVL 145 - asserted"}},
	{"Protesters in Nairobi threw stones at police.", []string{"KENCVL 145 KENCOP asserted"}},
	// 15 exhibit force posture
	{"Poland beefed up its defences along the border with Belarus.", []string{"POL 154 BLR asserted"}},
	{"Russia amassed troops near the Ukrainian border.", []string{"RUS 154 UKR asserted"}},
	{"Israel called up reservists on Saturday.", []string{"ISR 154 - asserted"}},
	{"China staged war games around Taiwan.", []string{"CHN 150 - asserted"}},
	// an "after" clause is the time, not the drills' target or object
	{"Tokyo, Canberra launch war games after Beijing's drills", []string{"JPN 150 - asserted", "AUS 150 - asserted"}},
	{"Japan and Australia launched war games on Monday after China's drills near the Senkaku islands.", []string{"JPN 150 - asserted", "AUS 150 - asserted"}},
	{"Japan scrambled jets to intercept Russian bombers.", []string{"JPN 150 RUSMIL asserted"}},
	// 16 reduce relations
	{"Canada closed its embassy in Tehran.", []string{"CAN 161 IRN asserted"}},
	{"Britain hit Russia with new sanctions on Friday.", []string{"GBR 163 RUS asserted"}},
	{"The United States tightened sanctions on Venezuela.", []string{"USA 163 VEN asserted"}},
	{"Russia pulled out of the grain deal on Monday.", []string{"RUS 160 - asserted"}},
	{"The Houthis walked away from talks with Saudi Arabia.", []string{"YEMREB 164 SAU asserted"}},
	{"Washington cut off aid to Niger.", []string{"USA 162 NER asserted"}},
	{"Mali kicked out UN monitors on Wednesday.", []string{"MLI 1662 IGOUNO asserted"}},
	// 17 coerce
	{"Turkish police rounded up dozens of journalists in Istanbul.", []string{"TURCOP 173 TURMED asserted"}},
	{"Iranian authorities took the activist into custody on Friday.", []string{"IRNGOV 173 IRNCVL asserted"}},
	{"Israeli forces razed homes in the West Bank.", []string{"ISRMIL 1712 PSE asserted"}}, // the place's owner (targets_property.go)
	{"Russia revoked the accreditation of two Dutch journalists.", []string{"RUS 172 NLDMED asserted"}},
	{"Pakistan blocked websites critical of the army.", []string{"PAK 1721 - asserted"}},
	{"Thailand's court dissolved the opposition Move Forward party.", []string{"THAJUD 1722 THAOPP asserted"}},
	{"Tunisia pushed back migrants into the desert.", []string{"TUN 174 - asserted"}}, // no Tunisian migrants (deport_foreign.go)
	{"Police in Tbilisi broke up the protest with water cannon.", []string{"GEOCOP 175 GEOCVL asserted"}},
	{"Iran crushed the protests in 2022.", nil},
	{"Security forces quelled the riots in Dakar on Friday.", []string{"SENCOP 175 - asserted"}},
	// 18 assault
	{"Hamas held 240 people hostage in Gaza.", []string{"PSEREB 181 PSECVL asserted"}},
	{"Al-Shabaab fighters seized hostages at a hotel in Mogadishu.", []string{"SOMREB 181 SOMCVL asserted"}},
	{"A mob lynched two men in Punjab on Tuesday.", nil},
	{"A suicide bomber blew himself up at a checkpoint in Mogadishu.", []string{"SOMUAF 1831 SOM asserted"}},
	{"ISIS militants beheaded two Egyptian soldiers.", []string{"IMGMOSISL 1823 EGYMIL asserted"}}, // beheadings are 1823 (gold W10037, W14184, W28020)
	// 19 fight
	{"Al-Shabaab fighters ambushed Kenyan troops near the border.", []string{"SOMREB 190 KENMIL asserted"}},
	{"Ukrainian forces launched a counteroffensive against Russian troops.", []string{"UKRMIL 190 RUSMIL asserted"}},
	{"The RSF seized the town of Wad Madani on Monday.", nil}, // Wad Madani unread as Sudan: no one named (unaimed.go)
	{"Russian forces laid siege to Mariupol in March.", []string{"RUSMIL 191 UKR asserted"}},
	{"Hezbollah fired mortars at Israeli positions.", []string{"LBNREB 194 ISRMIL asserted"}},
	{"Russian jets dropped bombs on Idlib.", []string{"RUSMIL 195 SYR asserted"}},
	{"Israeli troops battled with Hezbollah on Tuesday.", []string{"ISRMIL 190 LBNREB asserted", "LBNREB 190 ISRMIL asserted"}},
	{"Azerbaijan broke the ceasefire on Tuesday.", nil}, // with no one named (unaimed.go)
	{"Azerbaijan broke the ceasefire with Armenia on Tuesday.", []string{"AZE 196 ARM asserted"}},
	{"Kurdish militants vowed to wage war against Turkey.", []string{"TURREB 138 TUR asserted"}},
	// 20 unconventional mass violence
	{"Myanmar's army slaughtered Rohingya villagers in Rakhine.", []string{"MMRMIL 202 MMRCVL asserted"}},
	{"Syria's chemical attack on Douma was condemned by the United Nations.", []string{"SYR 2041 SYRCVL asserted", "IGOUNO 111 SYR asserted"}},
	// second pass
	{"The Kremlin refrained from commenting on the report.", []string{"RUSGOV 011 - asserted"}},
	{"The Pakistani Taliban claimed the bombing on Tuesday.", []string{"PAKREB 015 - asserted"}},
	{"Turkey sought the extradition of the cleric from the United States.", []string{"TUR 0213 USAREL asserted"}},
	{"Xi Jinping welcomed a delegation from Vietnam.", []string{"CHNGOV 043 VNMGOV asserted", "VNMGOV 042 CHNGOV asserted"}},
	{"Qatar acted as a mediator between Israel and Hamas.", []string{"QAT 045 ISR asserted", "QAT 045 PSEREB asserted"}},
	{"Germany threw its support behind Ukraine.", []string{"DEU 051 UKR asserted"}},
	{"Jordan provided food and tents to Syrian refugees.", []string{"JOR 073 SYRREF asserted"}},
	{"Israel let aid trucks into Gaza on Sunday.", []string{"ISR 0863 PSE asserted"}},
	{"Hamas accepted the ceasefire on Monday.", []string{"PSEREB 0871 - asserted"}},
	{"China rapped Japan over its defence paper.", []string{"CHN 111 JPN asserted"}},
	{"Hungary balked at new sanctions on Russia.", []string{"HUN 120 - asserted"}},
	{"The United States sent warships to the Gulf.", []string{"USA 154 - asserted"}},
	{"Russia stepped up attacks on Ukrainian cities.", []string{"RUS 190 UKR asserted"}},
	{"Niger ordered the French ambassador to leave.", []string{"NER 161 FRAGOV asserted"}},
	{"Norwegian diplomats shuttled between Colombia and the ELN.", []string{"NORGOV 045 COL asserted", "NORGOV 045 COLREB asserted"}},
	{"Russia pumped gas to Hungary on Monday.", []string{"RUS 061 HUN asserted"}},
	{"Belarus banned protests in Minsk.", []string{"BLR 1721 BLRCVL asserted"}},
	{"Bangladesh deployed the army in Dhaka.", []string{"BGD 154 - asserted"}},
	{"Israel gave Hezbollah 48 hours to withdraw.", []string{"ISR 139 LBNREB asserted"}},
	// finer sub-codes
	{"Protesters in Dhaka demanded the ouster of the government.", []string{"BGDCVL 1041 BGDGOV asserted"}},
	{"Britain urged Nicolas Maduro to step down.", []string{"GBR 0241 VENGOV asserted"}},
	{"Egypt rejected the loan from the International Monetary Fund.", []string{"EGY 1221 IGOUNOIMF asserted"}},
	{"Sheikh Hasina refused to resign on Sunday.", []string{"BGDGOV 1231 - asserted"}},
	{"Thousands of students marched for democracy in Bangkok.", []string{"THAEDU 1414 THAGOV asserted"}},
	{"France put police on alert after the attack.", []string{"FRACOP 151 - asserted"}},
	{"Kim Jong Un accepted an invitation from Vladimir Putin.", []string{"PRKGOV 036 RUSGOV future"}},
	{"Turkish police put the mayor under house arrest.", []string{"TURCOP 173 TURGOV asserted"}},
	{"China opposed the deployment of the missile shield.", []string{"CHN 120 - asserted"}},
}

// TestHeldUnderArrest: a captor that holds or keeps a person under
// (house) arrest arrests him (173), as one that places or puts him there
// does; a background relative clause and talks held under a mediation
// are no arrest.
func TestHeldUnderArrest(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2017-11-16", "Zimbabwe's military held President Robert Mugabe under house arrest in Harare on Wednesday.",
			[]string{"ZWEMIL 173 ZWEGOV asserted"}},
		{"2024-03-01", "Russian police kept the opposition leader under house arrest on Friday.",
			[]string{"RUSCOP 173 RUSOPP asserted"}},
		{"2023-08-31", "Gabon's army officers held President Ali Bongo under arrest in Libreville on Wednesday.",
			[]string{"GABMIL 173 GABGOV asserted"}},
		{"2024-06-20", "Aung San Suu Kyi, who has been held under house arrest since 2021, turned 79 on Wednesday.", nil},
		// the rebel groups are no actor the dictionary names: the mediation
		// names no parties, and is no event (045 needs its parties)
		{"2024-06-20", "Myanmar's military held talks with ethnic rebel groups under Chinese mediation on Monday.",
			[]string{"MMRMIL 046 - asserted"}},
	})
}
