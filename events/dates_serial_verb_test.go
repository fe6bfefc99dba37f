package events_test

import "testing"

// TestSerialVerbDate dates the later verbs of one subject's series by the
// day written in the phrase before ("declared … on Thursday, suspended
// …"), past a comma-set time clause (", hours after …, and praised") and a
// phrase opened by "before" (", accusing him"), as W53039, W41049 and
// W50050 code them; a clause with a subject of its own keeps its date.
// Published Saturday 2024-07-13.
func TestSerialVerbDate(t *testing.T) {
	checkDates(t, []dateCase{
		{"Pakistan's president declared a state of emergency on Thursday, suspended the constitution and replaced the chief justice.",
			[]string{"PAKGOV 1724 - asserted 2024-07-11/day", "PAKGOV 172 PAKJUD asserted 2024-07-11/day"}},
		{"Paraguay's president broke off relations with Venezuela on Thursday, hours after Nicolas Maduro was sworn in, and praised the Venezuelan opposition.",
			[]string{"PRYGOV 161 VEN asserted 2024-07-11/day", "PRYGOV 051 VENOPP asserted 2024-07-11/day"}},
		{"Liberia's opposition candidate demanded on Thursday that the head of the election commission step down before the run-off, accusing him of rigging the first round.",
			[]string{"LBROPP 100 LBRGOV asserted 2024-07-11/day", "LBROPP 112 LBRGOV asserted 2024-07-11/day"}},
		// near miss: a participle restating the act folds into it (targetless.go namedKindBeside)
		{"Nepal's king restored the dissolved parliament on Thursday, bowing to a demand of the opposition alliance.",
			[]string{"NPLGOV 083 NPLOPP asserted 2024-07-11/day"}},
		// near miss: a joined clause with its own subject is no series (it takes the first clause's day by dates_and_clause.go)
		{"Russia expelled two Polish diplomats on Thursday, and Warsaw condemned the move.",
			[]string{"RUS 161 POLGOV asserted 2024-07-11/day", "POL 111 RUS asserted 2024-07-11/day"}},
	})
}
