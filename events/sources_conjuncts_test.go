package events_test

import "testing"

// TestSpeakerConjuncts codes sources_conjuncts.go: a verb coordinated
// with a speech, ruling or accusation verb across its complement shares
// that verb's subject when the complement's own subject is no actor, or
// stands inside the accusation's "of" phrase.
func TestSpeakerConjuncts(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// a reported clause with a non-actor subject, then "and" + the
		// speaker's own act
		{"Beijing said on Friday that the seizure of the fishing trawler was illegal and demanded compensation from Manila.",
			[]string{"CHN 1031 PHL asserted"}},
		{"Seoul said on Monday the launch was a grave provocation and summoned China's ambassador.",
			[]string{"KOR 114 CHNGOV asserted"}},
		// a denial participle after the reported clause
		{"Moscow said on Tuesday an explosion had damaged an oil depot in Bryansk, denying that its air defences had failed.",
			[]string{"RUS 016 - asserted"}},
		// an accusation's long "of" phrase, then ", and" + the accuser's act
		{"Vietnam accused China on Monday of ramming two fishing boats near the Paracel Islands with coast guard vessels, and demanded compensation for the crews.",
			[]string{"VNM 112 CHN asserted", "VNM 1031 - asserted"}},
		// near misses: a harm a thing can do stays with the reported
		// clause (no source: the drone attack's), and a speaker's verb in
		// another tense is no conjunct of it
		{"Officials said a drone attack had damaged a refinery in Ryazan and killed two workers.",
			nil},
		{"Poland says the ruling was a scandal and demanded an explanation from Minsk.",
			nil},
		// a restating participle is no second act of the speaker
		{"The Kremlin said on Thursday the plan offered no grounds for hope, pouring cold water on talk of a deal.",
			nil},
	}, false)
}
