package events_test

import "testing"

// TestMyGovernment61 checks that "My Government" of a speech from the
// throne is the government of the state the story is about, not of the
// state the speech named last, while a lower-case "my government" of a
// quoted leader stays that leader's.
func TestMyGovernment61(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The King set out the plans of Britain's new government in Parliament on Wednesday. Britain will strengthen its ties with NATO, the King said. 'My Government will continue to give its full support to Ukraine. 'My Government will play its part in securing peace in the Middle East, alongside a viable Palestinian state. 'Later this week, my Government will host the European Political Community meeting.",
			[]string{"GBR 032 IGOWSTNAT future", "GBRGOV 036 - future"}},
		{"Britain's prime minister met Ukraine's president on Wednesday. 'My government will host a peace summit later this year,' Zelensky said.",
			[]string{"GBRGOV 040 UKRGOV asserted", "UKRGOV 040 GBRGOV asserted", "UKRGOV 036 - future"}},
	}, false)
}
