package events_test

import "testing"

// TestLookupNames61 checks names that are no actor or no place where a
// dictionary word collides with them: a mixed-case acronym ("LeT") is not
// the ordinary word "Let"; a capital after an honorific or a given name
// ("Mr Wellington", "Bob Wellington") is a surname, so a later bare "the
// government" is not New Zealand's; a doubled name ("Bela Bela") is not
// the gazetteer's single-word place (India's Bela). Each has a near miss
// that keeps its code.
func TestLookupNames61(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// "Let's" opens a sentence's quotation: no Lashkar-e-Taiba
		{`Mr Starmer told a radio show: "Let's just apologise and move on."`, nil},
		{"Pakistani police said LeT militants attacked a checkpoint in Kashmir on Monday.", []string{"INDREB 190 IND asserted"}},
		// a capital as a surname
		{"Council spokesman Mr Wellington said on Monday the councils would raise tax. The government criticised Wales on Tuesday.", []string{"GBRGOV 111 - asserted"}},
		{"Finance spokesman Bob Wellington said on Monday the councils would raise tax. The government criticised Wales on Tuesday.", []string{"GBRGOV 111 - asserted"}},
		{"Mr Wellington accused Canberra of spying on Monday.", nil},
		{"Wellington accused Canberra of spying on Monday.", []string{"NZL 112 AUS asserted"}},
		{"Finance spokesman Bob Marley said on Monday the councils would raise tax. The New Zealand government criticised Wales on Tuesday.", []string{"NZLGOV 111 - asserted"}},
		// a doubled name
		{"Villagers said five Bela Bela villages were hit. Residents accused the government of ignoring them on Monday.", nil},
		{"Police in Bela Bela arrested two protest leaders on Monday.", nil},
		{"Police in Bela arrested two protest leaders on Monday.", []string{"INDCOP 173 INDGOV asserted"}},
	}, false)
}
