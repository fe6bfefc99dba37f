package events_test

import (
	"testing"
)

// TestCoordinatedReactions codes sentences written by the dyad team for
// events/reactions.go: a criticism in a clause opened by "and" whose
// object restates the first clause's act ("the move", "the shooting")
// targets the act's author; a rejection of a restated report ("rejected
// the report", "called the reports fake news") is a denial of the
// reporter, and the act is denied; the reporter accused nobody, so no
// 112 of the reporter is coded (reports.go). A
// reaction in the first clause, a report the reporter's own state
// rejects and a move the reacting actor made itself take nothing from
// the rule. Each sentence is published on 2024-07-13 (a Saturday); each
// want lists every event as "SOURCE CAMEO TARGET status date", in any
// order; nil means no event.
func TestCoordinatedReactions(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// an act called a hostile act: the first clause's subject
		{"Ghana recognised the breakaway region on Monday, and Nigeria called the move an act of aggression.",
			[]string{"NGA 111 GHA asserted 2024-07-08"}},
		// a listed subject gives one target each
		{"Chile and Peru expelled Venezuelan diplomats on Tuesday, and Caracas called the decision a reward for terrorism.",
			[]string{"CHL 161 VENGOV asserted 2024-07-09", "PER 161 VENGOV asserted 2024-07-09", "VEN 111 CHL asserted 2024-07-09", "VEN 111 PER asserted 2024-07-09"}},
		// an adjective of blame
		{"The Mongolian parliament raised fuel taxes on Friday, and the Kazakh government called the decision short-sighted.",
			[]string{"KAZGOV 111 MNGLEG asserted 2024-07-13"}},
		// a rejected report: denial of the reporter, the act denied (no
		// accusation by the reporter: reports.go)
		{"Amnesty International said Egyptian police had tortured detainees in Cairo, and Egypt rejected the report.",
			[]string{"EGYCOP 1822 EGYCVL denied 2024-07-13", "EGY 016 NGOHRIAMN asserted 2024-07-13"}},
		// reports called untrue
		{"Armenian officials said Azerbaijani troops had shelled a border village, and Baku called the reports \"fabricated\".",
			[]string{"AZEMIL 194 - denied 2024-07-13", "AZE 016 ARMGOV asserted 2024-07-13"}},
		// a restated plan or delay, and "it", name the act too; a listed
		// reacting subject reacts as one
		{"Canada said it would recognise a Palestinian state in September, and Israel and Hungary condemned the plan.",
			[]string{"CAN 032 PSE future 2024-07-13", "ISR 111 CAN asserted 2024-07-13", "HUN 111 CAN asserted 2024-07-13"}},
		{"Iran test-fired a long-range missile on Sunday, and the European Union condemned it.",
			[]string{"IRN 150 - asserted 2024-07-07", "IGOEUREEC 111 IRN asserted 2024-07-07"}},
		{"Eritrea blocked U.N. food convoys at the border on Monday, and the World Food Programme called the delay unacceptable.",
			[]string{"ERI 1245 IGOUNO asserted 2024-07-08", "IGOUNOWFP 111 ERI asserted 2024-07-08"}},
		// "it" said of one's own act is no criticism of another
		{"Iran test-fired a missile on Sunday, and Tehran called it a success.",
			[]string{"IRN 150 - asserted 2024-07-07"}},
		// a reaction in the first clause names no act's author
		{"The European Union condemned it on Monday.",
			[]string{"IGOEUREEC 111 - asserted 2024-07-08"}},
		{"Nigeria condemned the move on Monday.",
			[]string{"NGA 111 - asserted 2024-07-08"}},
		// "and" joining two subjects is no coordinated clause
		{"Ghana and Nigeria condemned the move on Monday.",
			[]string{"GHA 111 - asserted 2024-07-08", "NGA 111 - asserted 2024-07-08"}},
		// a report on the rejecting state's own reporter is no denial
		{"Kenya rejected the report on Tuesday.",
			[]string{"KEN 120 - asserted 2024-07-09"}},
	}, true)
}

// TestDenialOfListedAccusers codes sentences written by the dyad team for
// deniedAccusers (events/reactions.go): a denial that answers an
// accusation by two or more accusers denies each of them (CODING.md: one
// 016 per accuser); one accuser gives one denial.
func TestDenialOfListedAccusers(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Armenia and France accused Azerbaijan of shelling border villages, a charge Baku rejected.",
			[]string{"ARM 112 AZE asserted 2024-07-13", "FRA 112 AZE asserted 2024-07-13", "AZE 194 ARM denied 2024-07-13",
				"AZE 016 ARM asserted 2024-07-13", "AZE 016 FRA asserted 2024-07-13"}},
		{"Armenia accused Azerbaijan of shelling border villages, a charge Baku rejected.",
			[]string{"ARM 112 AZE asserted 2024-07-13", "AZE 194 ARM denied 2024-07-13", "AZE 016 ARM asserted 2024-07-13"}},
	}, true)
}

// TestBareReactions codes sentences written by the dyad team for
// bareReaction (events/reactions.go): a reaction of roots 11–13 or 16
// in a clause opened by "and" (or ", but") that names no object — "the
// U.N. refused", "recalled its ambassador", "broke off relations",
// "voted against", "vowed to respond" — answers the first clause's
// subject; a state reacting to another state's forces or police answers
// that state alone, save a threat, which answers the force. A reaction with an object of its own, a reaction in
// the first clause and a reaction to the reactor's own act keep no such
// target. Each sentence is published on 2024-07-13 (a Saturday); each
// want lists every event as "SOURCE CAMEO TARGET status date", in any
// order; nil means no event.
func TestBareReactions(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// a recalled ambassador answers the state whose forces acted
		{"Greek coast guard vessels rammed a Turkish fishing boat near Lesbos on Tuesday, and Turkey recalled its ambassador.",
			[]string{"GRCMIL 190 TURBUS asserted 2024-07-09", "TUR 161 GRC asserted 2024-07-09"}},
		// relations broken off after a police raid
		{"Peruvian police stormed Bolivia's consulate in Puno on Friday, and Bolivia broke off relations.",
			[]string{"PERCOP 190 BOL asserted 2024-07-12", "BOL 161 PER asserted 2024-07-12"}},
		// a refusal with no object answers the one who asked
		{"The Malian junta ordered U.N. peacekeepers to leave the country on Monday, and the U.N. refused.",
			[]string{"MLIGOV 1661 IGOUNO asserted 2024-07-08", "IGOUNO 120 MLIGOV asserted 2024-07-08"}},
		// two states voting against a body's measure
		{"The U.N. Security Council extended an arms embargo on South Sudan on Thursday, and Russia and China voted against.",
			[]string{"IGOUNO 163 SSD asserted 2024-07-11", "RUS 120 IGOUNO asserted 2024-07-11", "CHN 120 IGOUNO asserted 2024-07-11"}},
		// a vow to respond threatens the force whose jets struck (gold
		// README: a reaction to a force's act takes the force)
		{"Iranian jets struck a militant camp inside Iraq on Tuesday, and Iraq vowed to respond.",
			[]string{"IRNMIL 195 IRQ asserted 2024-07-09", "IRQ 130 IRNMIL asserted 2024-07-13"}},
		// ", but" opens the reacting clause too
		{"Turkish President Recep Tayyip Erdogan offered on Friday to host talks between Armenia and Azerbaijan, but Baku rejected the idea.",
			[]string{"TURGOV 039 ARM future 2024-07-12", "TURGOV 039 AZE future 2024-07-12", "AZE 120 TURGOV asserted 2024-07-12"}},
		// near miss: the recall names its own state of posting
		// (a reaction with an object of its own takes the first clause's
		// day: dates_and_clause.go)
		{"Greek coast guard vessels rammed a Turkish fishing boat near Lesbos on Tuesday, and Turkey recalled its ambassador to Athens.",
			[]string{"GRCMIL 190 TURBUS asserted 2024-07-09", "TUR 161 GRC asserted 2024-07-09"}},
		// near miss: a refusal with an object of its own is no bare reaction
		{"The Malian junta ordered U.N. peacekeepers to leave the country on Monday, and the U.N. refused to comment.",
			[]string{"MLIGOV 1661 IGOUNO asserted 2024-07-08", "IGOUNO 011 - asserted 2024-07-13"}},
		// near miss: a reaction in the first clause answers no one
		{"Turkey recalled its ambassador on Tuesday.",
			[]string{"TUR 161 - asserted 2024-07-09"}},
	}, true)
}

// TestRelativeDenials codes sentences written by the dyad team for
// blamerOf (events/denials.go): a denial by the one an accusation of the
// same sentence blamed ("…, which denied it", "…, which Moscow denied")
// answers the accuser (CODING.md: a denial by Y is Y 016 X); a denial by
// an actor nobody accused keeps no target.
func TestRelativeDenials(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"A car bomb killed nine soldiers in Kidal on Sunday, and Mali blamed Algeria, which denied it.",
			// the doerless bombing is the one blamed's, denied (sources_blamed.go)
			// the blaming has an object of its own: the first clause's day (dates_and_clause.go)
			[]string{"DZA 1832 MLIMIL denied 2024-07-07", "MLI 112 DZA asserted 2024-07-07", "DZA 016 MLI asserted 2024-07-13"}},
		{"Kenya blamed Somalia for the border clash, which Mogadishu denied.",
			[]string{"KEN 112 SOM asserted 2024-07-13", "SOM 016 KEN asserted 2024-07-13"}},
		// near miss: the denier is not the one blamed
		{"Kenya blamed Somalia for the border clash, and Ethiopia denied any role.",
			[]string{"KEN 112 SOM asserted 2024-07-13", "ETH 016 - asserted 2024-07-13"}},
	}, true)
}

// TestRestatedReactionObjects codes sentences written by the dyad team
// for restatedObject (events/reactions.go): a coordinated criticism whose
// object is the pronoun "it" or a noun restating the first clause's act
// ("the plan", "the blockade", "the border closure", "the act", "the
// violence", "the abduction") targets that act's
// author, one event per listed critic; "it" as the subject of an
// infinitive ("urged it to stop") restates nothing. Each sentence is
// published on 2024-07-13 (a Saturday); each want lists every event as
// "SOURCE CAMEO TARGET status date", in any order; nil means no event.
func TestRestatedReactionObjects(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenya approved a dam on the Omo river on Monday, and Ethiopia and Sudan condemned the plan.",
			[]string{"ETH 111 KEN asserted 2024-07-13", "SDN 111 KEN asserted 2024-07-13"}},
		{"Iran tested a ballistic missile on Sunday, and the U.N. Security Council condemned it.",
			[]string{"IRN 150 - asserted 2024-07-07", "IGOUNO 111 IRN asserted 2024-07-07"}},
		{"Chad closed its border with Sudan on Monday, and Khartoum condemned the border closure.",
			[]string{"TCD 191 SDN asserted 2024-07-08", "SDN 111 TCD asserted 2024-07-08"}},
		// "the act", "the violence", "the abduction" restate the act too
		{"Islamist gunmen beheaded a French tourist in Mali on Monday, and France condemned the act.",
			[]string{"MLIUAF 1823 FRACVL asserted 2024-07-08", "FRA 111 MLIUAF asserted 2024-07-08"}},
		{"Police in Kenya beat students at a rally on Monday, and the European Union condemned the violence.",
			[]string{"KENCOP 175 KENEDU asserted 2024-07-08", "IGOEUREEC 111 KENCOP asserted 2024-07-08"}},
		{"Gunmen kidnapped two Italian engineers in Nigeria on Monday, and Italy condemned the abduction.",
			[]string{"NGAUAF 181 ITACVL asserted 2024-07-08", "ITA 111 NGAUAF asserted 2024-07-08"}},
		// near miss: the reaction in the first clause restates nothing
		{"Kenya condemned the violence on Monday.",
			[]string{"KEN 111 - asserted 2024-07-08"}},
		// near miss: "it" is the subject of the infinitive, no restated act
		{"Iran tested a ballistic missile on Sunday, and France urged it to stop.",
			[]string{"IRN 150 - asserted 2024-07-07", "FRA 020 - asserted 2024-07-07"}},
	}, true)
}

// TestParticipialReactions codes sentences written by the dyad team for
// participialReaction (events/reactions.go): a criticism told by a
// participle after a comma whose object is "it" targets the subject of
// the sentence's act, past the critic's own verb of saying; the critic's
// own act gives no target. Each sentence is published on 2024-07-13 (a
// Saturday); each want lists every event as "SOURCE CAMEO TARGET status
// date", in any order; nil means no event.
func TestParticipialReactions(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"A Russian fighter jet flew within metres of a Polish surveillance plane over the Baltic Sea on Friday, the Polish army said, calling it a dangerous manoeuvre.",
			[]string{"POLMIL 111 RUSMIL asserted 2024-07-12"}},
		// the critic's own act: no target
		{"Kenya's parliament voted on Thursday to cancel a port deal with a Gulf company, calling it a violation of Kenyan sovereignty.",
			[]string{"KENLEG 160 - asserted 2024-07-11", "KENLEG 111 - asserted 2024-07-11"}},
	}, true)
}

// TestMutualAccusationTargets codes sentences written by the dyad team:
// "X and Y accused each other" is one accusation each way (CODING.md,
// mutual verbs), however far the charge's own object lies ("of arming
// bandits"), and each one's charge is alleged. Each sentence is published
// on 2024-07-13 (a Saturday); each want lists every event as "SOURCE
// CAMEO TARGET status date", in any order.
func TestMutualAccusationTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Niger and Benin accused each other on Tuesday of arming bandits along their border.",
			[]string{"NER 112 BEN asserted 2024-07-09", "BEN 112 NER asserted 2024-07-09"}},
		{"Niger and Benin accused each other of closing the border.",
			[]string{"NER 112 BEN asserted 2024-07-13", "BEN 112 NER asserted 2024-07-13", "NER 191 - alleged 2024-07-13", "BEN 191 - alleged 2024-07-13"}},
		// one accuser: the object scan's target stands
		{"Niger accused Benin on Tuesday of arming bandits along their border.",
			[]string{"NER 112 BEN asserted 2024-07-09"}},
	}, true)
}

// TestDenialOfOwnForces codes a state's denial after a clause telling
// its own forces' act with no target (CODING.md: a denial by Y is Y 016
// X, X the accuser; the actor of the act denied is none), and "it"
// before a verb as the subject of the clause denied, not the object.
func TestDenialOfOwnForces(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Israeli troops raided a hospital in Gaza, and Israel denied it.",
			[]string{"ISRMIL 190 PSE asserted", "ISR 016 - asserted"}},
		{"Russian forces shelled Kharkiv overnight, and Moscow denied it targeted civilians.",
			[]string{"RUSMIL 194 UKR asserted", "RUS 016 - asserted"}},
		// near miss: another state's forces stay the state answered
		{"Israeli commandos stormed a Turkish aid ship, and Turkey recalled its ambassador.",
			[]string{"ISRMIL 190 TUR asserted", "TUR 161 ISR asserted"}},
	}, false)
}

// TestSpeakerParticipleAfterDate codes a criticism told by a participle
// after a closing attribution: ", X said on Monday, calling the move …"
// is X's criticism of the first act's subject whatever date or adverb
// stands between the speech verb and the comma (verbal.go
// participleFrame), and a first act told in the present perfect ("Iran
// has barred …") is that act (reactions.go participialReaction). With
// no speaker between, the participle is the main clause subject's own.
func TestSpeakerParticipleAfterDate(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Russia expelled two Estonian diplomats, Estonia's foreign ministry said on Monday, calling the move unjustified.",
			[]string{"RUS 161 ESTGOV asserted", "ESTGOV 111 RUS asserted"}},
		{"China seized a Philippine supply boat, Manila said on Tuesday, condemning the seizure as illegal.",
			[]string{"CHN 171 PHL asserted", "PHL 111 CHN asserted"}},
		{"Israel struck a U.N. school in Gaza, the U.N. agency said Monday, denouncing the attack.",
			[]string{"ISR 190 IGOUNO asserted", "IGOUNO 111 ISR asserted"}},
		// the first act in the present perfect
		{"China has imposed sanctions on three U.S. defence firms, the State Department said, calling the move unacceptable.",
			[]string{"CHN 163 USABUS asserted", "USAGOV 111 CHN asserted"}},
		{"Venezuela has closed its border with Colombia, Bogota said, denouncing the move as reckless.",
			[]string{"VEN 191 COL asserted", "COL 111 VEN asserted"}},
		// no speaker: the subject's own participle restating its act
		{"Russia expelled two Estonian diplomats on Monday, calling them spies.",
			[]string{"RUS 161 ESTGOV asserted"}},
	}, false)
}
