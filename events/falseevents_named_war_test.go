package events_test

import "testing"

// TestNamedWar61 checks that an invasion named as the topic of a
// reference or of a comment, and a killing told with a toll of a hundred
// thousand or more, are no event of the story's day, while an invasion
// that an act of the day takes as its object and a day's killing stay.
func TestNamedWar61(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The Swedish government released new guidance on Monday – referring to the Russian invasion of Ukraine.", nil},
		{"The Swedish government released new guidance on Monday, citing Russia's invasion of Ukraine.", nil},
		{"On the other hand, Russia's invasion of Ukraine, Putin's reassertion of imperial leadership, does have an early 20th-century ring to it.", nil},
		{"China did not condemn Russia's invasion of Ukraine.", []string{"CHN 111 RUS negated", "RUS 190 UKR asserted"}},
		{"Russia's invasion of Ukraine on Thursday drew condemnation from Western capitals.", []string{"RUS 190 UKR asserted"}},
		{"Rwandan soldiers killed 800,000 civilians in Rwanda.", nil},
		{"Rwandan soldiers killed hundreds of thousands of civilians in Rwanda.", nil},
		{"Rwandan soldiers killed 80 civilians in Rwanda on Monday.", []string{"RWAMIL 202 RWACVL asserted"}},
	}, false)
}
