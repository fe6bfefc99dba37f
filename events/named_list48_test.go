package events_test

import "testing"

// TestNamedListItems48: a list of people each named by title and name,
// where the dictionary knows the title but not the name ("Australian
// economist Sean Turnell, former British ambassador Vicky Bowman and
// Japanese filmmaker Toru Kubota"), is one list: one event per person.
// Invented sentences.
func TestNamedListItems48(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Iran freed Australian academic Kylie Moore, British engineer Tom Hale and French tourist Anne Roux on Friday.",
			[]string{"IRN 0841 AUSCVL asserted", "IRN 0841 GBRCVL asserted", "IRN 0841 FRACVL asserted"}},
	}, false)
}
