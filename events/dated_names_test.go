package events_test

import "testing"

// TestStateAfterDate codes sentences whose object or reported subject is
// a state named right after a date expression ("rejected on Tuesday
// India's demand", "said on Friday Israel had"): a state whose name is
// also a first name (Israel, China, Turkey, India, Kenya) is the target
// or source there, as "Russia" always was. A capitalised word after the
// name still makes it a person's first name.
func TestStateAfterDate(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Greece condemned on Monday Turkey's decision to convert the museum into a mosque.",
			[]string{"GRC 111 TUR asserted"}},
		{"Canada criticised on Friday China's plan to build the dam.",
			[]string{"CAN 111 CHN asserted"}},
		{"Uganda welcomed on Sunday Kenya's offer to mediate.",
			[]string{"UGA 051 KEN asserted", "KEN 039 UGA future"}},
		{"Egypt denounced in June Israel's raid on the camp.",
			[]string{"EGY 111 ISR asserted"}},
		// a first name stays a name
		{"Greece condemned on Monday Israel Adesanya's remarks.", []string{"GRC 111 - asserted"}},
	}, false)
}
