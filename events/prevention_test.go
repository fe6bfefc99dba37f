package events_test

import "testing"

// TestPreventedActs checks acts a verb of preventing keeps from
// happening: a passive gerund after "prevent/stop/keep X from being" is
// negated like the active one, and an event noun after "head off",
// "ward off" or "stave off" is no event; what the preventer does itself
// stays.
func TestPreventedActs(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The United States worked to keep the refugees from being deported by Turkey.",
			[]string{"TUR 174 USAREF negated"}},
		{"Aid groups tried to stop the town from being shelled by Russian forces.",
			[]string{"RUSMIL 194 - negated"}},
		{"Activists tried to prevent the journalists from being arrested by Egyptian police.",
			[]string{"EGYCOP 173 EGYMED negated"}},
		{"Mediators scrambled to prevent Hamas from attacking Israeli towns.",
			[]string{"PSEREB 190 ISR negated"}},
		{"The deal was meant to head off Israeli strikes on Lebanon.",
			nil},
		{"Diplomats rushed to stave off a Russian offensive against Ukraine.",
			nil},
		// near misses: the act done
		{"Turkish troops slaughtered the fighters after the U.S. withdrawal.",
			[]string{"TURMIL 202 TURREB asserted"}},
		{"Ukrainian forces fended off a Russian attack on Kharkiv.",
			[]string{"RUS 190 UKR asserted"}},
	}, false)
}

// TestRescuedFromActs checks an act someone is saved, rescued, spared or
// protected from: it did not happen (negated), like one prevented; a
// rescue from captivity that happened stays out of it.
func TestRescuedFromActs(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Israeli troops saved the hostages from being executed by Hamas.",
			[]string{"PSEREB 1823 ISRCVL negated"}},
		{"The court spared the activist from being deported by Turkey.",
			[]string{"TUR 174 TURREF negated"}},
		{"UN peacekeepers protected the villagers from being massacred by the RSF.",
			[]string{"SDNREB 202 SDNCVL negated"}},
		// near miss: the killing done
		{"Hamas executed three Israeli hostages.",
			[]string{"PSEREB 1823 ISRCVL asserted"}},
	}, false)
}
