package events_test

import "testing"

// TestIndefiniteListItems48: a list of objects whose items each open with
// "a" or "an" ("freed an Australian academic, a British engineer and a
// French tourist") gives one event per item, as a list with "the" or
// none does; a subject list's indefinite item that is the subject of the
// next verb ("gunmen and a suicide bomber attacked") is not joined.
// Invented sentences.
func TestIndefiniteListItems48(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Iran freed an Australian academic, a British engineer and a French tourist on Friday.",
			[]string{"IRN 0841 AUSCVL asserted", "IRN 0841 GBRCVL asserted", "IRN 0841 FRACVL asserted"}},
		{"Russian police detained an American journalist and a British diplomat in Moscow on Friday.",
			[]string{"RUSCOP 173 USAMED asserted", "RUSCOP 173 GBRGOV asserted"}},
		{"Gunmen and a suicide bomber attacked a hotel in Mogadishu on Friday.",
			[]string{"SOMUAF 1831 SOMCVL asserted"}},
	}, false)
}
