package events_test

import "testing"

// TestSlotBacktrack: a pattern slot filled by the first of several nouns
// whose next slot, a preposition that must follow at once, fails there
// tries the slot's later words (hits.go matchSlotsFrom) and the end of
// the noun phrase, coordinated nouns included (object_phrase_end.go),
// and a place after the pattern's own "into" is its target (intent.go
// intoPlace); a coordination broken by a clause or an adverb phrase
// matches nothing.
func TestSlotBacktrack(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// dev47 W47002: "medicine" fills the slot, "and" is no "into"; "flour" is followed by it
		// (the place after the pattern's own "into" is the target: intent.go intoPlace)
		{"Israel let 40 truckloads of medicine and flour into the Gaza Strip through the Kerem Shalom crossing on Wednesday after a request from the United Nations, a defence ministry spokesman said.",
			[]string{"ISR 0863 PSE asserted"}},
		// the noun phrase's end: "clothes" fills no slot
		{"Egypt allowed medicine and clothes into Gaza on Friday.",
			[]string{"EGY 0863 PSE asserted"}},
		{"Egypt allowed aid into Gaza on Friday.",
			[]string{"EGY 0863 PSE asserted"}},
		{"Belarusian police threw dozens of students and journalists into prison on Sunday.",
			[]string{"BLRCOP 173 BLREDU asserted", "BLRCOP 173 BLRMED asserted"}},
		{"Belarusian police threw students and their teachers into prison on Sunday.",
			[]string{"BLRCOP 173 BLREDU asserted"}},
		// near misses: no noun phrase runs on to the preposition
		{"Egypt allowed medicine and, later, clothes into Gaza on Friday.",
			nil},
		{"Egypt allowed medicine, and in Rafah opened a crossing into Gaza on Friday.",
			nil},
	}, false)
}
