package events_test

import "testing"

// TestPolicedOwn codes targets_own.go's policedOwn: a state arresting,
// trying or investigating its own soldiers, officers or officials named
// by role as the verb's object targets them; its own people as
// pronouns, inside another phrase, with its own code, or in an
// expulsion or a show of force stay no target.
func TestPolicedOwn(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Chad said on Sunday it had arrested several army officers suspected of plotting a coup.",
			[]string{"TCD 173 TCDMIL asserted"}},
		{"Burkina Faso's government said it had foiled a coup plot and arrested several army officers.",
			[]string{"BFAGOV 173 BFAMIL asserted"}},
		{"Mali's junta arrested dozens of soldiers on Friday.",
			[]string{"MLIGOV 173 MLIMIL asserted"}},
		{"Turkish police detained 30 soldiers on Tuesday.",
			[]string{"TURCOP 173 TURMIL asserted"}},
		{"Guatemalan police arrested three officials of the country's prison service on Monday.",
			[]string{"GTMCOP 173 GTMGOV asserted"}},
		{"Ethiopia's human rights commission said it was investigating the conduct of soldiers in the town of Merawi.",
			[]string{"ETHGOV 092 ETHMIL asserted"}},
		{"Pakistani police arrested several army officers on Tuesday.",
			[]string{"PAKCOP 173 PAKMIL asserted"}},
		{"Egypt's prosecutors charged three police officers with torture on Sunday.",
			[]string{"EGYJUD 173 EGYCOP asserted"}},
		// forces, and acts placed in occupied or foreign land, hold the
		// other side's people: no target
		{"Israeli troops detained several officials in Jenin on Monday.",
			[]string{"ISRMIL 173 - asserted"}},
		{"Israeli forces arrested 20 police officers in Gaza on Tuesday.",
			[]string{"ISRMIL 173 - asserted"}},
		{"Russian troops detained several officials in the Ukrainian city of Kherson on Monday.",
			[]string{"RUSMIL 173 - asserted"}},
		{"Israel arrested dozens of officials in the West Bank on Monday.",
			[]string{"ISR 173 - asserted"}},
		// deportations keep them out, like expulsions
		{"Russia deported three diplomats on Monday.",
			[]string{"RUS 174 - asserted"}},
		{"India expelled two officials of the Pakistani high commission on Monday.",
			[]string{"IND 174 - asserted"}},
		{"Kenya deported 14 police officers on Friday.",
			[]string{"KEN 174 - asserted"}},
		// the source's own code: no target
		{"Niger's junta detained several ministers of the ousted government.",
			[]string{"NERGOV 173 - asserted"}},
		// expulsions and shows of force keep their own people out
		{"Russia expelled two diplomats on Thursday.",
			[]string{"RUS 161 - asserted"}},
		{"Poland scrambled fighter jets on Monday.",
			[]string{"POL 150 - asserted"}},
	}, false)
}

// TestInquiryConductDated codes targets_far.go's inquiryConduct when a
// date phrase stands between the inquiry and its "into": the actor whose
// conduct is looked into is the target, the victims of deaths are not.
func TestInquiryConductDated(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenya's parliament set up an inquiry on Thursday into the conduct of the police during last month's protests.",
			[]string{"KENLEG 090 KENCOP asserted"}},
		{"The ICC opened an investigation on Friday into the conduct of Israeli troops.",
			[]string{"IGOICC 090 ISRMIL asserted"}},
		{"The ICC began an investigation last month into the actions of Venezuela's security forces.",
			[]string{"IGOICC 090 VENCOP asserted"}},
		// victims: no target
		{"The UN opened an investigation on Monday into the deaths of protesters in Bangladesh.",
			[]string{"IGOUNO 090 - asserted"}},
	}, false)
}

// TestForceOnOwnGovernment codes forceOnOwnGovernment: soldiers using
// force on their own government, named by its seat, the government or its
// ministers, target it (a coup); ground retaken and officials held in
// occupied land keep none.
func TestForceOnOwnGovernment(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Niger's soldiers stormed the presidential palace on Thursday.",
			[]string{"NERMIL 190 NERGOV asserted"}},
		{"Bolivian troops stormed the doors of the presidential palace in La Paz on Wednesday.",
			[]string{"BOLMIL 190 BOLGOV asserted"}},
		{"Mutinous soldiers in Mali said on Thursday they had seized power and detained several government ministers.",
			[]string{"MLIMIL 173 MLIGOV asserted"}}, // (power from no one named: no 171, unaimed.go)
		// ground retaken from someone else; officials of occupied land
		{"Sudan's army retook the presidential palace in Khartoum on Friday.",
			nil}, // from no one named (unaimed.go)
		{"Israeli troops detained several officials in Jenin.",
			[]string{"ISRMIL 173 - asserted"}},
	}, false)
}
