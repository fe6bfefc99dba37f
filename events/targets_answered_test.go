package events_test

import "testing"

// TestAnsweredClauseTargets codes sentences written by the dyad team for
// events/targets_answered.go: a criticism, rejection, threat or sanction
// told in an "after"/"as" clause that follows the main clause, naming no
// target of its own, answers the main clause's subject; a state
// descriptor ("on the country") names that state alone. An accusation, a
// clause naming its own party, and a subject of the reacting state's own
// take nothing from the rule. Each sentence is published on 2024-07-13;
// each want lists every event as "SOURCE CAMEO TARGET status date", in
// any order.
func TestAnsweredClauseTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// a threat with a bare object after "as"
		{"Peru expelled two Bolivian diplomats on Monday, as La Paz threatened sanctions.",
			[]string{"PER 161 BOLGOV asserted 2024-07-08", "BOL 1312 PER asserted 2024-07-08"}},
		// a protest lodged after the act
		{"Kenya closed its border with Somalia on Friday after Ethiopia lodged a protest.",
			[]string{"KEN 191 SOM asserted 2024-07-12", "ETH 114 KEN asserted 2024-07-12"}},
		// a restating noun, an auxiliary and an adverb before the verb
		{"Zambia nationalised two copper mines on Wednesday, hours after the European Union had sharply criticised the move.",
			[]string{"IGOEUREEC 111 ZMB asserted 2024-07-10"}},
		{"Bolivia's president dissolved parliament on Monday, as the Organization of American States condemned the decision.",
			[]string{"BOLGOV 172 BOLLEG asserted 2024-07-08", "IGOLAMOAS 111 BOLGOV asserted 2024-07-08"}},
		// a second predicate coordinated with the first reaction
		{"Chad expelled the French ambassador on Friday after Paris condemned the decision and froze aid.",
			[]string{"TCD 161 FRAGOV asserted 2024-07-12", "FRA 111 TCD asserted 2024-07-12", "FRA 162 TCD asserted 2024-07-13"}},
		// a state's force answered by another state: the force
		{"Sudan's army blocked aid convoys on Thursday, after Washington threatened new sanctions.",
			[]string{"SDNMIL 1245 - asserted 2024-07-11", "USA 1312 SDNMIL asserted 2024-07-11"}},
		// a state descriptor: the state alone ("a week after": Sunday less
		// seven days, dates_days_after.go)
		{"Eritrea recalled its ambassador from Addis Ababa on Sunday, a week after the African Union imposed sanctions on the country.",
			[]string{"ERI 161 ETH asserted 2024-07-07", "IGOAFRAFU 163 ERI asserted 2024-06-30"}},
		// near misses: an accusation's accused are its object's
		{"Norway froze its payments on Monday after Israel accused several of the agency's employees of taking part in the raid.",
			nil}, // (the employees no actor: no accusation, unaimed.go)
		// the reacting state's own police
		{"Police arrested dozens of protesters in Lima after the government condemned the riots.",
			[]string{"PERCOP 173 PERCVL asserted 2024-07-13", "PERGOV 111 - asserted 2024-07-13"}},
		// a reacting clause that names its own party
		{"Japan recalled its ambassador from Seoul on Friday, after the United States threatened sanctions on Chinese firms.",
			[]string{"JPN 161 KOR asserted 2024-07-12", "USA 1312 CHNBUS asserted 2024-07-12"}},
		// a reaction whose object does not point back at the main
		// clause answers nobody: a new matter, a new proposal, a
		// threatened act of its own
		{"Brazil hosted a climate summit on Monday, as Argentina's president criticised rising inflation.",
			[]string{"ARGGOV 111 - asserted 2024-07-08"}},
		{"Israel struck Gaza on Monday as Egypt rejected a proposal.",
			[]string{"ISR 190 PSE asserted 2024-07-08", "EGY 127 - asserted 2024-07-08"}},
		{"Kenya's president visited Beijing on Tuesday, as Uganda threatened to close the border.",
			[]string{"KENGOV 042 CHN asserted 2024-07-09", "CHN 043 KENGOV asserted 2024-07-09", "UGA 130 - asserted 2024-07-09"}},
		// near misses: the move restated, a threat with no object
		{"Turkey closed its airspace on Monday, as Greece condemned the move.",
			[]string{"GRC 111 TUR asserted 2024-07-08"}},
		{"Ethiopia began filling the dam, after Egypt threatened to retaliate.",
			[]string{"EGY 138 - asserted 2024-07-13"}},
	}, true)
}

// TestMeetingNotAnswered: a rejection or criticism of a restated act
// ("the grain plan", "the arms deal proposal") in an "as" clause after a
// meeting, a visit or a hosted guest answers something else, never the
// meeting's subject; after another act it still answers it. Each
// sentence is published on 2024-07-13.
func TestMeetingNotAnswered(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Erdogan met Putin in Sochi on Monday as Ukraine rejected the grain plan.",
			[]string{"TURGOV 040 RUSGOV asserted", "RUSGOV 040 TURGOV asserted", "UKR 127 - asserted"}},
		{"The Chinese foreign minister visited Moscow on Tuesday, as Washington criticised the arms deal proposal.",
			[]string{"CHNGOV 042 RUS asserted", "RUS 043 CHNGOV asserted", "USA 111 - asserted"}},
		{"Modi hosted the Saudi crown prince in New Delhi on Friday as Pakistan rejected the water plan.",
			[]string{"INDGOV 043 SAUGOV asserted", "SAUGOV 042 INDGOV asserted", "PAK 127 - asserted"}},
		// near miss: a veto is the act the plan's rejection answers
		{"Hungary vetoed the aid package on Monday, as Ukraine rejected the plan.",
			[]string{"HUN 129 - asserted", "UKR 127 HUN asserted"}},
	}, false)
}
