package events_test

import "testing"

// TestPossessiveOwnerTargets codes targets_possessive.go: an act of force
// or a threat of force aimed at "its"/"their" something takes as target
// the state named before it that is not the actor's own, when it is the
// main clause's actor before a relative clause, the speaker or the
// accuser; a fronted circumstance, the sentence before, the actor's own
// things (enemies too), a list of actors with "their" and supposed acts
// give none.
func TestPossessiveOwnerTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// a relative clause: "its" is the state of the main clause
		{"Romania shot down Russian drones that entered its airspace on Sunday.",
			[]string{"ROU 190 RUSMIL asserted", "RUSMIL 150 ROU asserted"}},
		// the state before the relative clause
		{"Iran's uranium enrichment has alarmed Israel, which vowed to strike its nuclear sites.",
			[]string{"ISR 138 IRN asserted"}},
		// the speaker, for a threat (possessed.go gives it for force only)
		{"Tehran said Israel had threatened to bomb its nuclear facilities.",
			[]string{"ISR 138 IRN asserted"}},
		// not the first actor of the sentence before, nor a state in a
		// fronted circumstance: the possessive may be the actor's own
		{"Iran has enriched uranium to 60 percent purity, the agency said. Israel vowed to strike its nuclear sites.",
			nil},
		{"Austria pledged new aid to Moldova on Monday. Russia shelled its towns with drones overnight.",
			[]string{"AUT 033 MDA future"}}, // ("its towns" unread: no 194, unaimed.go)
		{"Helped by British satellite data, Ukraine hit its fuel depots with long-range drones.",
			nil}, // "its fuel depots" unread: no one (unaimed.go)
		{"After talks with German officials in Berlin, Israel threatened to bomb its atomic sites.",
			[]string{"ISR 138 - asserted"}},
		// enemies, foes and rivals are the actor's own
		{"Canada called for calm on Sunday. Israel vowed to hunt down its enemies wherever they hide.",
			[]string{"CAN 0256 - asserted"}},
		// the owner keeps its own code: an armed group's boats
		{"The Houthis accused U.S. warships of attacking their boats in the Red Sea.",
			[]string{"YEMREB 112 USAMIL asserted", "USAMIL 190 YEMREB alleged"}},
		// the accuser, whose border posts are military
		{"Kenya accused Somalia of attacking its border posts.",
			[]string{"KEN 112 SOM asserted", "SOM 190 KENMIL alleged"}},
		// the actor's own: a test, a border, a list's shared drills
		{"Iran has enriched uranium to 60 percent purity, the agency said. In September, North Korea carried out its sixth nuclear test.",
			[]string{"PRK 150 - asserted"}},
		{"Belarus massed armoured units near its border on Sunday.",
			[]string{"BLR 154 - asserted"}},
		{"Japan and the United States extended their joint naval drills on Friday.",
			[]string{"JPN 150 - asserted", "USA 150 - asserted"}},
		// a supposed act
		{"Pyongyang warned it would respond if U.S. bombers flew near its territory again.",
			[]string{"PRK 130 USAMIL asserted", "USAMIL 150 - hypothetical"}},
	}, false)
}
