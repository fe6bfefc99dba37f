package events_test

import "testing"

// TestObjectParticipleReach: the past participle after a verb's object is
// done to that object also when a capitalised modifier the actor phrase
// leaves out stands before the noun ("three Salafist preachers jailed"),
// when the noun is listed out of the object after "among them", and when
// the participle's pattern goes on with a preposition ("barred from the
// election"): no event of the object's own (falseevents_objpart.go). The
// clause's own verb keeps its event.
func TestObjectParticipleReach(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Morocco's king pardoned three Salafist preachers jailed after the 2003 bombings in Casablanca.",
			[]string{"MARGOV 0841 MARREL asserted"}},
		{"Bahrain's king pardoned 900 prisoners on Monday, among them Shi'ite activists convicted over the 2011 protests.",
			[]string{"BHRGOV 0841 BHRCVL asserted"}},
		{"Gambia's president freed 40 detainees on Tuesday, among them soldiers jailed for treason after the 2006 coup plot.",
			[]string{"GMBGOV 0841 GMBCVL asserted"}},
		{"Rwandan police arrested an opposition figure barred from last month's presidential election.",
			[]string{"RWACOP 173 RWAOPP asserted"}},
		{"Kenyan police detained an opposition lawmaker banned from parliament over the riots.",
			[]string{"KENCOP 173 KENOPP asserted"}},
	}, false)
}

// TestObjectParticipleReachNearMisses: an active verb with its object, a
// clause after a verb of saying, a capitalised participle opening the
// sentence ("Leading …", a modifier of the subject, not a verb whose object
// the subject is) and a second clause after "and" keep their events.
func TestObjectParticipleReachNearMisses(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Zimbabwe's electoral commission barred an opposition candidate from the presidential election.",
			[]string{"ZWEGOV 1722 ZWEOPP asserted"}},
		{"Officials said Kanak protesters blocked roads in Noumea on Tuesday.",
			[]string{"NCLCVL 144 NCLGOV asserted"}},
		{"Leading Kenyan politicians called for tougher deportation laws.",
			[]string{"KENPTY 020 - asserted"}},
		{"Tunisia's president pardoned 20 Salafist preachers and the army released three soldiers.",
			[]string{"TUNGOV 0841 TUNREL asserted", "TUNMIL 0841 - asserted"}},
	}, false)
}
