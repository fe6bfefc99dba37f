package events_test

import "testing"

// TestBombSubjectKillings codes a killing whose subject is the explosive
// ("A bomb killed", "Two explosions killed", "A blast ripped through …,
// killing") as a bombing (183), also against a large toll; near misses:
// gunmen killing stay 180, an explosive a doer planted is that
// pattern's event.
func TestBombSubjectKillings(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"A bomb killed six people in Ankara on Sunday, and Turkey blamed Kurdish militants.",
			[]string{"TURREB 183 TURCVL alleged", "TUR 112 TURREB asserted"}},
		{"A bomb exploded in Ankara on Sunday, killing six people, and Turkey blamed the PKK.",
			[]string{"TURREB 183 TURCVL alleged", "TUR 112 TURREB asserted"}},
		{"A blast ripped through a market in Peshawar on Friday, killing 20 people, and Pakistan blamed Baloch separatists.",
			[]string{"PAKREB 183 PAKCVL alleged", "PAK 112 PAKREB asserted"}},
		{"Two explosions killed 40 people at a shrine in Kerman on Wednesday, and Islamic State claimed the attack.",
			[]string{"IMGMOSISL 183 IRNCVL asserted", "IMGMOSISL 015 - asserted"}},
		{"Gunmen killed six people in Ankara on Sunday, and Turkey blamed Kurdish militants.",
			[]string{"TURUAF 180 TURCVL asserted", "TUR 112 TURREB asserted"}},
		{"Militants planted a bomb in a market in Peshawar on Friday, killing 20 people.",
			[]string{"PAKREB 183 PAKCVL asserted"}},
	}, false)
}
