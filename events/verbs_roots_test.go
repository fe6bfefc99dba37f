package events_test

import "testing"

// TestSentToFaceCharges codes sentences written by the dyad team for
// people sent to another state to face its courts, and cartel figures
// sent there (the 063 lines of events/data/verbs.txt): judicial
// cooperation with the receiving state; deportations, a prison and
// weapons sent are none of these lines.
func TestSentToFaceCharges(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Mexico sent 29 drug cartel figures to the United States on Thursday.",
			[]string{"MEX 063 USA asserted"}},
		{"Spain sent a Russian hacker to the United States to face charges on Tuesday.",
			[]string{"ESP 063 USA asserted"}},
		{"Mexico transferred 26 cartel members to the United States on Tuesday.",
			[]string{"MEX 063 USA asserted"}},
		{"Ecuador sent the gang leader to the United States to stand trial.",
			[]string{"ECU 063 USA asserted"}},
		// near misses
		{"Mexico sent the cartel's leader to prison on Thursday.",
			nil},
		{"Mexico expelled 29 drug lords to the United States on Thursday.",
			[]string{"MEX 174 USAREF asserted"}},
		{"Russia sent 20 tanks to Belarus on Monday.",
			[]string{"RUS 072 BLR asserted"}},
	}, false)
}

// TestLaunchedCounterattack codes sentences written by the dyad team for
// a counterattack launched (190, as a counteroffensive launched), and
// one planned, a threat (138, future).
func TestLaunchedCounterattack(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Ukraine launched counter-attacks near Bakhmut on Sunday.",
			nil}, // against no one named (unaimed.go)
		{"Ukraine launched counter-attacks against Russian troops near Bakhmut on Sunday.",
			[]string{"UKR 190 RUSMIL asserted"}},
		{"Myanmar's junta said it would launch counterattacks against rebel forces.",
			[]string{"MMRGOV 138 MMRREB future"}},
	}, false)
}

// TestAssetsSeizedOrAidAuthorised codes assets seized as confiscated
// (1711) and assets frozen as a sanction (163), and aid or weapons
// authorised for a recipient as given (072, by the aid grid's kinds); a
// sale authorised with no recipient is none.
func TestAssetsSeizedOrAidAuthorised(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Nicaragua's government seized the assets of the Jesuit university on Tuesday.", []string{"NICGOV 1711 NICEDU asserted"}},
		{"Russia seized control of the local assets of Danish brewer Carlsberg.", []string{"RUS 1711 DNKBUS asserted"}},
		{"Britain froze the assets of Russia's central bank on Monday.", []string{"GBR 163 RUSGOV asserted"}},
		{"Washington authorized a $400 million weapons package for Ukraine.", []string{"USA 072 UKR asserted"}},
		{"Germany authorised military aid to Ukraine on Monday.", []string{"DEU 072 UKR asserted"}},
		{"Germany authorised the sale of submarines on Monday.", nil},
	}, false)
}

// TestTruceViolatedByPronoun codes a truce named earlier in the sentence
// and taken up by "it" as violated when "it" is broken, breached or
// violated (196, alleged in an accusation, each way for "each … the
// other"), and a ceasefire overturned as violated; "it" with no truce
// before (a treaty, a law) is none.
func TestTruceViolatedByPronoun(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Thailand and Cambodia agreed a truce on Monday, but each accused the other of breaking it on Tuesday.",
			[]string{"THA 0871 KHM asserted", "KHM 0871 THA asserted", "THA 112 KHM asserted", "KHM 112 THA asserted", "THA 196 KHM alleged", "KHM 196 THA alleged"}},
		{"Hamas accused Netanyahu of overturning the ceasefire agreement on Tuesday.", []string{"PSEREB 112 ISRGOV asserted", "ISRGOV 196 PSEREB alleged"}},
		// no truce taken up
		{"Russia signed the treaty in 2010 but accused the United States of violating it on Monday.", []string{"RUS 112 USA asserted"}},
		{"The president said the law was unjust and urged citizens to break it.", nil},
	}, false)
}
