package events_test

import "testing"

// TestDangerWarning codes a warning about a danger ("the risk of",
// "the danger of", "the threat of", "that there was a risk") as a
// pessimistic comment (012), even when the danger is a war or an
// escalation (falseevents_danger.go); a warning of the warner's own act or
// of a penalty stays a threat, and so does a state's warning to another
// state of the danger of a war between them ([danger acts]).
func TestDangerWarning(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Norway's foreign minister warned on Monday about the risks of escalation in the Caucasus.",
			[]string{"NORGOV 012 - asserted"}},
		{"Germany's chancellor warned of the danger of a wider war in the region.",
			[]string{"DEUGOV 012 - asserted"}},
		{"The Arab League chief warned of the growing threat of a regional war on Wednesday.",
			[]string{"IGOMEAARL 012 - asserted"}},
		{"Ghana's president warned that there was a real risk of renewed fighting in the north.",
			[]string{"GHAGOV 012 - asserted"}},
		{"The UN envoy warned Sudan's generals on Thursday of the risk of a humanitarian catastrophe.",
			[]string{"IGOUNO 012 SDNMIL asserted"}},
		// near misses: the warner's own act or a penalty
		{"Serbia's president warned of war if Kosovo moved troops north.",
			[]string{"SRBGOV 138 KSV asserted", "KSV 154 - hypothetical"}},
		{"The Kremlin warned of retaliation against any country hosting the missiles.",
			[]string{"RUSGOV 138 - asserted"}},
		{"Iran warned on Monday that it would strike U.S. bases if attacked.",
			[]string{"IRN 138 USA asserted"}},
		// a danger noun whose "of" names the warner's penalty: a threat
		{"The European Union warned Serbia of the threat of sanctions if it recognised the annexation.",
			[]string{"IGOEUREEC 1312 SRB asserted"}},
		{"Turkey warned Greece on Tuesday of the risk of retaliation for any incursion into its waters.",
			[]string{"TUR 138 GRC asserted"}},
		{"India's army chief warned Pakistan of the danger of a military response to any infiltration.",
			[]string{"INDMIL 130 PAK asserted"}},
		{"China warned the Philippines of the danger of military action over the disputed shoal.",
			[]string{"CHN 130 PHL asserted"}},
		// a state warning another state of a war: the warner's own war
		{"Russia's president warned Britain of the danger of a nuclear war over its missile deliveries.",
			[]string{"RUSGOV 138 GBR asserted"}},
		{"North Korea warned South Korea on Friday of the danger of war on the peninsula.",
			[]string{"PRK 138 KOR asserted"}},
		{"Iran's foreign minister warned Israel of the risk of an all-out war.",
			[]string{"IRNGOV 138 ISR asserted"}},
		// near misses: an international body warning, or no one warned
		{"The UN chief warned the Security Council of the danger of a nuclear war.",
			[]string{"IGOUNO 012 - asserted"}},
		{"Egypt's president warned of the danger of a nuclear war in the region.",
			[]string{"EGYGOV 012 - asserted"}},
	}, false)
}
