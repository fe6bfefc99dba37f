package events_test

import "testing"

// TestChargedCause: the act a person is wanted, jailed or arrested for,
// named by a nominal after "for" or "over", is a background nominal
// (falseevents_charged_for.go); the legal step itself stays, and an act
// told by a finite verb is not this.
func TestChargedCause(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Oman handed over two Yemeni men wanted over a bombing in Aden to Yemen's government on Monday, Yemen's interior ministry said.",
			[]string{"OMN 063 YEMGOV asserted"}},
		{"A Kenyan court jailed a man for the attack on the Israeli embassy.",
			[]string{"KENJUD 173 KENCVL asserted"}},
		{"Kenya arrested a man over the killing of a Ugandan diplomat.",
			[]string{"KEN 173 KENCVL asserted"}},
		// the step's object and date before "for"
		{"A war crimes tribunal in Dhaka sentenced a senior leader of the opposition Jamaat-e-Islami party to death on Thursday for murder and rape during the 1971 independence war.",
			[]string{"BGDJUD 173 BGDOPP asserted"}},
		{"A Russian court jailed a Ukrainian journalist for six years on Tuesday for the bombing of a bridge.",
			[]string{"RUSJUD 173 UKRMED asserted"}},
		// not this: the attack is the sentence's own act
		{"Gunmen attacked the Israeli embassy in Nairobi on Monday.",
			[]string{"KENUAF 190 ISR asserted"}},
		// nor is a "for" after a verb that is no legal step
		{"Israeli troops raided a Palestinian radio station in Hebron on Tuesday for the second time in a week.",
			[]string{"ISRMIL 190 PSEMED asserted"}},
	}, false)
}
