package events_test

import (
	"testing"
)

// TestDecidedMeasures codes sentences written by the dyad team for
// events/decisions.go: a body that agreed or decided to impose a
// sanction, a ban or reduced relations has imposed it (the measure's own
// code, asserted), not threatened it; a plan still to be agreed, a
// measure agreed "in principle" and a use of force agreed stay plans or
// threats. Each sentence is published on 2024-07-13 (a Saturday); each
// want lists every event as "SOURCE CAMEO TARGET status date", in any
// order; nil means no event.
func TestDecidedMeasures(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// an import ban agreed
		{"The European Union agreed on Tuesday to ban imports of Syrian oil.",
			[]string{"IGOEUREEC 163 SYR asserted 2024-07-09"}},
		// sanctions decided, with a perfect tense
		{"Canada has decided to impose sanctions on Iranian officials.",
			[]string{"CAN 163 IRNGOV asserted 2024-07-13"}},
		// arms sales limited and a price capped (events/data/verbs.txt)
		{"The European Union agreed on Monday to limit arms sales to Azerbaijan.",
			[]string{"IGOEUREEC 163 AZE asserted 2024-07-08"}},
		{"Britain and Canada agreed on Friday to cap the price of Russian gas.",
			[]string{"GBR 163 RUS asserted 2024-07-12", "CAN 163 RUS asserted 2024-07-12"}},
		// near misses: a decision still to come, expected, refused,
		// failed or negated is no measure taken: the intent verb's
		// threat of it (1312, future), or its negation
		{"The European Union will agree next week to ban imports of Syrian oil.",
			[]string{"IGOEUREEC 1312 SYR future 2024-07-13"}},
		{"The European Union is expected to agree to ban imports of Syrian oil.",
			[]string{"IGOEUREEC 1312 SYR future 2024-07-13"}},
		{"Hungary refused to agree to sanction Russian oil companies.",
			[]string{"HUN 120 RUSBUS asserted 2024-07-13", "HUN 1312 RUSBUS future 2024-07-13"}},
		{"EU leaders failed to agree to impose new sanctions on Iran.",
			[]string{"IGOEUREEC 1312 IRN future 2024-07-13"}},
		{"EU leaders failed to agree on Monday to impose new sanctions on Iran.",
			[]string{"IGOEUREEC 1312 IRN future 2024-07-08"}},
		{"Canada has not decided to impose sanctions on Iranian officials.",
			[]string{"CAN 1312 IRNGOV negated 2024-07-13"}},
		// an expulsion decided needs someone to carry it out: a plan
		{"Rwanda decided to expel the U.N. peacekeepers.",
			[]string{"RWA 136 IGOUNO future 2024-07-13"}},
		// force agreed stays a plan
		{"Turkey agreed on Monday to strike rebel positions in Syria.",
			[]string{"TUR 138 SYRREB future 2024-07-08"}},
	}, true)
}
