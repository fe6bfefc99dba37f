package events_test

import (
	"testing"
)

// TestChargeDenial codes sentences written by the dyad team for
// chargeDenial (events/denials.go): an accusation noun rejected from
// where the pattern lines do not look (behind a noun modifier, before a
// subject that is not a bare name) or called untrue by a verb of naming is
// a denial (016) of the accuser, with the guards that keep a territorial
// claim and a third party's view of criminal charges out. Each sentence
// is published on 2024-07-13 (a Saturday); each want lists every event as
// "SOURCE CAMEO TARGET status date", in any order; nil means no event.
func TestChargeDenial(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// a claim rejected by a subject with a possessive and common nouns
		{"Seoul accused Pyongyang of hacking its banks, a claim North Korea's foreign ministry rejected on Tuesday.",
			[]string{"KOR 112 PRK asserted 2024-07-13", "PRK 176 - denied 2024-07-13", "PRKGOV 016 KOR asserted 2024-07-09"}},
		// a charge dismissed by "the" + name + noun
		{"Kenya accused Somalia of arming militants, a charge the Somali government dismissed as \"nonsense\" on Friday.",
			[]string{"KEN 112 SOM asserted 2024-07-13", "SOMGOV 016 KEN asserted 2024-07-12"}},
		// a charge called untrue
		{"Armenia accused Azerbaijan of shelling border villages, a charge Baku called \"absurd\" on Monday.",
			[]string{"ARM 112 AZE asserted 2024-07-13", "AZE 194 ARM denied 2024-07-13", "AZE 016 ARM asserted 2024-07-08"}},
		// the accusations called a lie
		{"Moscow accused Kyiv of sabotage on Sunday, and Ukraine called the accusations \"a lie\".",
			[]string{"RUS 112 UKR asserted 2024-07-07", "UKR 016 RUS asserted 2024-07-13"}},
		{"Poland called the claims \"ridiculous\" on Tuesday.",
			[]string{"POL 016 - asserted 2024-07-09"}},
		// allegations behind a noun modifier
		{"Hungary's foreign ministry rejected the corruption allegations on Wednesday.",
			[]string{"HUNGOV 016 - asserted 2024-07-10"}},
		// a territorial claim rejected stays a rejection
		{"Greece rejected Turkey's territorial claims in the Aegean on Thursday.",
			[]string{"GRC 120 TUR asserted 2024-07-11"}},
		// criminal charges against a third party called absurd: no denial
		{"Amnesty International called the espionage charges against the journalist absurd on Monday.",
			nil},
	}, true)
}

// TestBareIntent codes sentences written by the dyad team for bareIntents
// (events/intent.go): a party that agrees or offers to do what no
// pattern codes expresses an intent to cooperate (030, future) with the
// party the infinitive names, both ways when two parties agree; a
// negated infinitive, an act "against" a party and an act with no party
// are no event.
func TestBareIntent(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Chile and Argentina agreed on Tuesday to build a railway across their border.",
			[]string{"CHL 030 ARG future 2024-07-09", "ARG 030 CHL future 2024-07-09"}},
		{"Qatar offered to shelter Afghan interpreters who worked for the United States.",
			[]string{"QAT 030 AFGCVL future 2024-07-13"}},
		{"Egypt agreed to take in 500 wounded Palestinians from Gaza.",
			[]string{"EGY 030 PSECVL future 2024-07-13"}},
		// a coded infinitive keeps its own intent code
		{"Norway offered on Monday to host peace talks between Colombia and the ELN rebels.",
			[]string{"NOR 039 COLREB future 2024-07-08"}},
		{"The cabinet agreed to take action against Iran on Tuesday.",
			nil},
		{"Japan and South Korea agreed not to raise the issue again.",
			nil},
		{"The company agreed to pay a $5 million fine on Monday.",
			nil},
	}, true)
}

// TestLexical8Patterns codes sentences written by the dyad team for the
// pattern lines of the eighth lexical pass (events/data/verbs.txt):
// tariffs announced and retaliation by tariff (163), impeachment voted
// and sentences upheld (173), tariffs paused (085), an organisation ordered to close its
// offices (166), a partnership signed (057), a withdrawal from a bloc announced (160), sanctions revoked or ended (085), a war ended by agreement (0871, "to end"
// at once), with the uses the lines leave out.
func TestLexical8Patterns(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
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
		// sanctions revoked, rescinded or ended (085)
		{"Washington revoked sanctions on Venezuela's state oil company on Tuesday.",
			[]string{"USA 085 VENBUS asserted 2024-07-09"}},
		{"The European Union ended its arms embargo on Belarus on Monday.",
			[]string{"IGOEUREEC 085 BLR asserted 2024-07-08"}},
		{"Canada rescinded sanctions against three Russian businessmen.",
			[]string{"CAN 085 RUSBUS asserted 2024-07-13"}},
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
		// a partnership or compact signed or inked is an agreement (057),
		// both ways; firms are no actors
		{"Vietnam and Japan signed a comprehensive strategic partnership on Monday.",
			[]string{"VNM 057 JPN asserted 2024-07-08", "JPN 057 VNM asserted 2024-07-08"}},
		{"Kenya inked a defence compact with the United States on Tuesday.",
			[]string{"KEN 057 USA asserted 2024-07-09", "USA 057 KEN asserted 2024-07-09"}},
		{"Microsoft and OpenAI signed a partnership on Monday.",
			nil},
		// tariffs or export controls paused ease them (085; agreed: 0354)
		{"The United States agreed on Monday to pause planned tariffs on Mexican goods for one month.",
			[]string{"USA 0354 MEX future 2024-07-08"}},
		{"China paused export controls on gallium to the United States on Sunday.",
			[]string{"CHN 085 USA asserted 2024-07-07"}},
		// war ended by agreement is a ceasefire; talks agreed on ending it
		// are an intent to negotiate, not a ceasefire
		{"Armenia and Azerbaijan agreed on Friday to end hostilities.",
			[]string{"ARM 0871 AZE asserted 2024-07-12", "AZE 0871 ARM asserted 2024-07-12"}},
		{"Russia and Ukraine agreed to start talks on ending the war.",
			[]string{"RUS 036 UKR future 2024-07-13", "UKR 036 RUS future 2024-07-13"}},
	}, true)
}
