package events_test

import "testing"

// TestOverflownState codes sentences written by the dyad team for
// events/targets_overflight.go: a show of force fired or flown over
// another state targets that state (gold README, decided 2026-12-01), a
// direction word before the name too, a noun hit ("a missile launch
// over Japan") and a relative clause on the missile after a comma
// ("which passed through Japan's airspace") too; a sea, a strait, the waters off the
// source's own coast and its own territory give no target. Each sentence
// is published on 2024-07-13; each want lists every event as "SOURCE
// CAMEO TARGET status", in any order.
func TestOverflownState(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"North Korea fired an intermediate-range missile over Japan on Thursday.",
			[]string{"PRK 150 JPN asserted"}},
		{"Pyongyang launched a long-range rocket over northern Japan on Sunday.",
			[]string{"PRK 150 JPN asserted"}},
		{"Russian drones flew over Romania on Tuesday.",
			[]string{"RUSMIL 150 ROU asserted"}},
		// a noun hit with its actor, and a relative clause on the missile
		{"North Korea conducted a missile launch over Japan on Friday.",
			[]string{"PRK 150 JPN asserted"}},
		{"North Korea fired a ballistic missile on Friday, which passed through Japan's airspace before landing in the Pacific.",
			[]string{"PRK 150 JPN asserted"}},
		{"North Korea fired a ballistic missile on Friday, which flew over Japan.",
			[]string{"PRK 150 JPN asserted"}},
		// near misses: the source's own waters and territory, a sea, a strait;
		// "through" with no airspace named
		{"North Korea fired a ballistic missile on Friday, which passed through Hokkaido.",
			[]string{"PRK 150 - asserted"}},
		{"North Korea fired two short-range missiles into the sea off its east coast on Monday.",
			[]string{"PRK 150 - asserted"}},
		{"Iran test-fired a missile over its own territory on Monday.",
			[]string{"IRN 150 - asserted"}},
		{"Russian jets flew over the Black Sea on Friday.",
			[]string{"RUSMIL 150 - asserted"}},
		{"China flew 20 warplanes over the Taiwan Strait on Friday.",
			[]string{"CHN 150 - asserted"}},
	}, false)
}
