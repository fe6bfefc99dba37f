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
			[]string{"KOR 112 PRK asserted 2024-07-13", "PRK 176 KOR denied 2024-07-13", "PRKGOV 016 KOR asserted 2024-07-09"}},
		// a charge dismissed by "the" + name + noun
		// (the charge's arming is coded, and denied: verbs.txt "arm")
		{"Kenya accused Somalia of arming militants, a charge the Somali government dismissed as \"nonsense\" on Friday.",
			[]string{"KEN 112 SOM asserted 2024-07-13", "SOM 072 KENREB denied 2024-07-13", "SOMGOV 016 KEN asserted 2024-07-12"}},
		// a charge called untrue
		{"Armenia accused Azerbaijan of shelling border villages, a charge Baku called \"absurd\" on Monday.",
			[]string{"ARM 112 AZE asserted 2024-07-13", "AZE 194 ARM denied 2024-07-13", "AZE 016 ARM asserted 2024-07-08"}},
		// the accusations called a lie
		{"Moscow accused Kyiv of sabotage on Sunday, and Ukraine called the accusations \"a lie\".",
			[]string{"RUS 112 UKR asserted 2024-07-07", "UKR 016 RUS asserted 2024-07-07"}},
		{"Poland called the claims \"ridiculous\" on Tuesday.",
			[]string{"POL 016 - asserted 2024-07-09"}},
		// allegations behind a noun modifier
		{"Hungary's foreign ministry rejected the corruption allegations on Wednesday.",
			[]string{"HUNGOV 016 - asserted 2024-07-10"}},
		// a weekday phrase and a long possessor between the verb and the
		// accusation noun (combine.go accuserOf)
		{"Ghana rejected on Thursday a U.N. expert panel's accusation that it had sheltered smugglers.",
			[]string{"GHA 016 IGOUNO asserted 2024-07-11", "IGOUNO 112 GHA asserted 2024-07-13"}}, // the accusation, the denial's object, takes the publication day (dev gold W34032; date_reacted.go deniedAccusation)
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
		{"Chile and Argentina agreed on Tuesday to build a museum on their border.",
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

// TestDeniedComplement codes denials: a complement clause after "denied"
// is what is denied, not the words naming the accuser; "denied the
// accusation" is a denial of the accuser. Each case is a short article
// (paragraphs in order) published on 2024-07-13 (a Saturday); want lists
// every event of the last paragraph as eventLine(e, true), in any order.
func TestDeniedComplement(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		// 8: a complement clause after "denied" is what is denied, not the
		// words naming the accuser; "denied the accusation" still is
		{[]string{"Britain accused Iran of poisoning a defector in Leeds.", "Iran's army has already denied that blood samples taken by British scientists showed poison."},
			[]string{"IRNMIL 016 - asserted 2024-07-13"}},
		{[]string{"Britain accused Iran of poisoning a defector in Leeds.", "Iran's army has already denied the accusation."},
			[]string{"IRNMIL 016 GBR asserted 2024-07-13"}},
	})
}

// TestAuthoredFindingDenial codes sentences written by the dyad team for
// authoredFinding (events/denials.go): a report, findings, figures or a
// determination rejected or dismissed with its author named (a name or
// possessive before the noun, or "by" a name after it) is a denial (016)
// of the author; a report with no author, or one that criticises, stays
// a rejection (120). Each sentence is published on 2024-07-13 (a
// Saturday); each want lists every event as "SOURCE CAMEO TARGET status
// date", in any order; nil means no event.
func TestAuthoredFindingDenial(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// the author's name before the noun
		{"Eritrea rejected the U.N. report on Monday.",
			[]string{"ERI 016 IGOUNO asserted 2024-07-08"}},
		// a possessive author and "figures"
		{"Kenya's government rejected Amnesty's figures on Friday.",
			[]string{"KENGOV 016 NGOHRIAMN asserted 2024-07-12"}},
		// a plural author with a bare apostrophe
		{"Burundi's foreign minister dismissed on Tuesday a U.N. experts' report.",
			[]string{"BDIGOV 016 IGOUNO asserted 2024-07-09"}},
		// the findings of a named body
		{"Venezuela rejected the European Union's findings on Wednesday.",
			[]string{"VEN 016 IGOEUREEC asserted 2024-07-10"}},
		// near misses: no author named, or a report that criticises (a
		// rejection; the report's criticism is the author's, aimed at the
		// rejecter: sources_documents.go, as gold ev0706 codes it)
		{"Kenya rejected the report on Tuesday.",
			[]string{"KEN 120 - asserted 2024-07-09"}},
		{"The Taliban government rejected on Sunday a U.N. report criticising its curbs on women.",
			[]string{"AFGGOV 120 IGOUNO asserted 2024-07-07", "IGOUNO 111 AFGGOV asserted 2024-07-13"}},
		// a report that recommends past its author, a call the report
		// holds, a finding about another place: rejections (of the
		// author named after "by": targets_authored.go)
		{"Britain rejected the report by Amnesty International recommending sanctions.",
			[]string{"GBR 120 NGOHRIAMN asserted 2024-07-13"}},
		{"Saudi Arabia rejected the U.N. climate report's call to phase out oil.",
			[]string{"SAU 120 IGOUNO asserted 2024-07-13"}},
		{"Russia rejected the OSCE's election findings in Moldova.",
			[]string{"RUS 120 IGOEURSCE asserted 2024-07-13"}},
		// the author's findings about the denier stay denied
		{"Venezuela rejected the Carter Center's findings on the election.",
			[]string{"VEN 016 NGOHRICTC asserted 2024-07-13"}},
	}, true)
}

// TestDeniedPlan codes team-written sentences for the denied scope
// (coder.go): a plan, pledge or offer inside a denied clause is what is
// denied (CODING.md: the act becomes denied), not a plan the text vouches
// for; the same plan said, not denied, stays future.
func TestDeniedPlan(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"South Africa's ruling ANC denied on Monday that the government had agreed to supply weapons to Russia.",
			[]string{"ZAFPTY 016 - asserted", "ZAFGOV 0332 RUS denied"}},
		{"Serbia denied on Tuesday that it had agreed to sell artillery shells to Ukraine.",
			[]string{"SRB 016 - asserted", "SRB 0332 UKR denied"}},
		{"Egypt denied that it had pledged to reopen its border with Libya to migrants.",
			[]string{"EGY 016 - asserted", "EGY 0351 LBY denied"}},
		// near miss: said, not denied
		{"Serbia said on Tuesday that it had agreed to sell artillery shells to Ukraine.",
			[]string{"SRB 0332 UKR future"}},
	}, false)
}

// TestRejectedFiling codes rejections of a challenge, appeal or complaint
// whose author follows "by" (combine.go filingAuthor): the rejection is
// aimed at that author, with or without a weekday between the verb and
// the noun; a rejection of a filing with no author keeps no target.
func TestRejectedFiling(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Peru's top court rejected on Friday a complaint by President Pedro Castillo over the impeachment vote.",
			[]string{"PERJUD 120 PER asserted"}},
		{"Peru's top court rejected a complaint by President Pedro Castillo over the impeachment vote.",
			[]string{"PERJUD 120 PER asserted"}},
		{"Peru's top court rejected the complaint on Friday.",
			[]string{"PERJUD 120 - asserted"}},
	}, false)
}

// TestRejectedCourtOrder codes a court's order that a party rejects
// (combine.go rejectedRequest): the court's demand of the act ordered
// (a release 1053, else 100) aimed at the party, beside the rejection;
// an order defied is the defiance alone.
func TestRejectedCourtOrder(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Chile's president rejected on Friday the top court's order to set five detained mayors free.",
			[]string{"CHLGOV 1243 CHLJUD asserted", "CHLJUD 1053 CHLGOV asserted"}},
		{"Chile defied on Friday an ICJ order to stop building the dam.",
			[]string{"CHL 128 IGOUNOICJ asserted"}},
	}, false)
}

// TestPassiveDenial codes a passive denial ("His claims were denied by
// X"): what it denies is its subject, before the verb, so a relative
// clause after the agent ("…, who accused the opposition of lying") is the
// denier's own act, asserted; "His" or "Her" before the claims is the
// person named before, whose claims they are, the denial's target (and
// the claim an accusation of the denier). Each case is a short article
// published on 2024-07-13 (a Saturday); want lists every event of its
// last paragraph.
func TestPassiveDenial(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		{[]string{"Kenyan opposition leader Raila Odinga said the vote count had been rigged.", "His claims were denied by the Kenyan interior minister, who accused the opposition of spreading lies."},
			[]string{"KENGOV 016 KENOPP asserted 2024-07-13", "KENGOV 112 KENOPP asserted 2024-07-13", "KENOPP 112 KENGOV asserted 2024-07-13"}},
		{[]string{"Kenyan opposition leader Raila Odinga said the vote count had been rigged.", "His claims were denied by the Kenyan interior minister on Monday."},
			[]string{"KENGOV 016 KENOPP asserted 2024-07-08", "KENOPP 112 KENGOV asserted 2024-07-08"}},
		// no person named before: the denial has no target, the
		// accusation after it stays asserted
		{[]string{"Her claims were rejected by the Kenyan interior minister, who accused the opposition of spreading lies."},
			[]string{"KENGOV 120 - asserted 2024-07-13", "KENGOV 112 KENOPP asserted 2024-07-13"}},
	})
}
