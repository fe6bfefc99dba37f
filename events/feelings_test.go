package events_test

import "testing"

// TestOthersFeeling codes a state of mind ("be concerned", "be confident")
// only as its holder's statement: told by another speaker, or named in an
// indirect question or a free relative, it is no event; said by the holder
// itself, or by a spokesman for the state that holds it, it stays.
func TestOthersFeeling(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// another speaker's view of someone's feelings
		{"The union leader said Chancellor Olaf Scholz was deeply worried about the strike.", nil},
		{"An analyst in Tokyo said the test showed Pyongyang was confident in its rocket.", nil},
		{"\"I know many Kenyans are concerned about the new tax.", nil},
		// a free relative
		{"\"What Indian farmers are worried about is the price of fertiliser.", nil},
		// the holder's own statement stays
		{"The Iranian foreign minister said he was confident of a deal with the United States.", []string{"IRNGOV 013 USA asserted"}},
		{"Kremlin spokesman Dmitry Peskov said Russia was deeply worried over the launches.", []string{"RUS 012 - asserted"}},
		{"The World Health Organization said it was deeply worried by the situation in Yemen.", []string{"IGOUNOWHO 012 - asserted"}},
		{"Japan's prime minister said Japan was deeply concerned about the launch.", []string{"JPN 012 - asserted"}},
		// a speech verb's object before the holder ("told reporters …")
		{"Blinken told reporters the United States was deeply concerned about the arrests.", []string{"USA 012 - asserted"}},
		{"A Hamas official told reporters the group was concerned about the Israeli proposal.", []string{"PSEREB 012 ISR asserted"}},
		{"A Hamas official told Reuters the group was concerned about the Israeli proposal.", []string{"PSEREB 012 ISR asserted"}},
		{"The union leader told reporters Chancellor Olaf Scholz was deeply worried about the strike.", nil},
		// an organ speaking for its own state's body, not for another state's
		{"The Pentagon said the U.S. military was confident the strikes had hit their targets.", []string{"USAMIL 013 - asserted"}},
		{"The Pentagon said the Israeli military was confident the strikes had hit their targets.", nil},
	}, false)
}
