package events_test

import "testing"

// TestApposedNameObject codes, on sentences written for this test, a
// verb's object that is a name the dictionary does not know followed by an
// apposition naming an office (apposedName in events/apposed.go): the
// office holder is the target. Near misses: a former office, and an
// apposition that goes on into a relative clause, give no target from it.
func TestApposedNameObject(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Police in Lima arrested Julio Mendoza Paredes, a Peruvian congressman, on Friday.",
			[]string{"PERCOP 173 PERLEG asserted"}},
		{"Gunmen shot dead Ramon Ocampo, the mayor of the Mexican town of Tepalcatepec, on Sunday.",
			[]string{"MEXUAF 186 MEXGOV asserted"}},
		// near miss: a former office holds none, so the arrest has no target
		{"Police in Lima arrested Julio Mendoza Paredes, a former Peruvian congressman, on Friday.",
			[]string{"PERCOP 173 - asserted"}},
	}, false)
}
