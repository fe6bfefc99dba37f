package events_test

import "testing"

// TestCounterpartCalls58: "called his French counterpart" is a phone call (041,
// both ways); a bare "his counterpart" after a visit to another state is
// that state's government; "called on his counterpart to …" stays an
// appeal and "called his counterpart a liar" a criticism.
func TestCounterpartCalls58(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2026-12-01", "Germany's foreign minister called her French counterpart on Wednesday to discuss the war.",
			[]string{"DEUGOV 041 FRAGOV asserted 2026-11-25", "FRAGOV 041 DEUGOV asserted 2026-11-25"}},
		{"2026-12-01", "Germany's foreign minister called his French counterpart a liar on Wednesday.",
			[]string{"DEUGOV 111 FRAGOV asserted 2026-11-25"}},
		{"2026-12-01", "Germany's foreign minister visited Nairobi on Monday and held talks with his counterpart.",
			[]string{"DEUGOV 042 KEN asserted 2026-11-30", "KEN 043 DEUGOV asserted 2026-11-30",
				"DEUGOV 046 KENGOV asserted 2026-11-30", "KENGOV 046 DEUGOV asserted 2026-11-30"}},
		{"2026-12-01", "Germany's foreign minister held talks with his counterpart on Monday.",
			[]string{"DEUGOV 046 - asserted 2026-11-30"}},
		{"2026-12-01", "Romania's intelligence service said on Tuesday it had passed information to its counterpart in Moldova.",
			[]string{"ROUSPY 064 MDASPY asserted 2026-12-01"}},
	}, true)
}
