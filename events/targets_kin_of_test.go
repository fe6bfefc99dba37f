package events_test

import "testing"

// TestKinOfTarget: the relative of someone named after "of" is a civilian
// of that someone's country, whatever the someone's role; the someone
// alone keeps the role.
func TestKinOfTarget(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Gunmen kidnapped the son of a Nigerian senator in Abuja on Monday.", []string{"NGAUAF 181 NGACVL asserted"}},
		{"Kidnappers seized the 12-year-old daughter of a Mexican businessman in Monterrey on Friday.", []string{"MEXCRM 181 MEXCVL asserted"}},
		{"Police in Tehran detained the brother of a dissident rapper on Saturday.", []string{"IRNCOP 173 IRNCVL asserted"}},
		{"Masked men abducted the wife of a Colombian mayor on Sunday.", []string{"COLUAF 181 COLCVL asserted"}},
		// near misses: the someone alone; a relative named by a possessive
		{"Gunmen kidnapped a Nigerian senator in Abuja on Monday.", []string{"NGAUAF 181 NGALEG asserted"}},
		{"A Pakistani court sentenced the opposition leader and his wife to 14 years in prison on Wednesday.", []string{"PAKJUD 173 PAKOPP asserted"}},
	}, false)
}
