package events_test

import "testing"

// TestProtestDemandParticiple codes a march, rally or sit-in followed by
// the demand it makes, as an infinitive or a participle with or without a
// comma, as one protest of the demand's kind: a leader asked to step down
// or resign, by a demand or an appeal, is 1411; a policy demand 1412. A
// sit-in or march begun is a protest. A demand with no march stays a
// demand (1041).
func TestProtestDemandParticiple(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Thousands of students marched through Dhaka on Monday demanding that Prime Minister Sheikh Hasina step down.", []string{"BGDEDU 1411 BGDGOV asserted"}},
		{"Protesters rallied in Lima on Thursday calling for President Dina Boluarte to resign.", []string{"PERCVL 1411 PERGOV asserted"}},
		{"Students in Colombo started a march to the presidential palace on Monday, demanding that President Gotabaya Rajapaksa resign.", []string{"LKAEDU 1411 LKAGOV asserted"}},
		{"Thousands of farmers launched a march on New Delhi on Tuesday to demand guaranteed crop prices.", []string{"INDAGR 1412 INDGOV asserted"}},
		{"Sri Lankan doctors began a sit-in outside the health ministry on Tuesday over unpaid salaries.", []string{"LKAHLH 141 LKAGOV asserted"}},
		// a demand alone, and a rally of shares
		{"Thousands of protesters demanded the resignation of Serbia's prime minister on Saturday.", []string{"SRBCVL 1041 SRBGOV asserted"}},
		{"The company launched a rally of its shares.", nil},
	}, false)
}
