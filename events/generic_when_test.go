package events_test

import "testing"

// TestGenericWhenClauses checks acts told in the present simple in a
// when-, whenever-, every-time- or each-time-clause: a habit or a rule of
// thumb, no event; past and future when-clauses, the present progressive
// and a headline's present tell acts at a time and keep their events.
func TestGenericWhenClauses(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"\"When America retreats, chaos follows,\" Pompeo said.",
			nil},
		{"\"When Israeli soldiers kill our children, our people have the right to resist,\" the Hamas official said.",
			nil},
		{"Whenever Russia bombs Kharkiv, Ukrainian drones attack refineries deep inside Russia.",
			nil},
		{"\"Every time the authorities try to crack down on smugglers, they find new routes,\" the analyst said.",
			nil},
		{"Each time Turkey shells Kurdish villages, the YPG retaliates against Turkish border posts.",
			nil},
		// near misses: an act at a time
		{"Israeli jets struck Gaza when Hamas fired rockets at Ashkelon on Tuesday.",
			[]string{"ISRMIL 195 PSEREB asserted", "PSEREB 194 ISR asserted"}},
		{"Seven civilians were killed when Russian missiles hit a market in Kharkiv on Monday.",
			[]string{"RUSMIL 195 UKR asserted"}},
		{"At a time when Russia is pounding Ukraine's power grid, the European Union agreed on Tuesday to send generators to Kyiv.",
			[]string{"RUS 194 UKR asserted", "IGOEUREEC 0333 UKR future"}}, // generators are aid ($HUM_AID, 2026-12-06)
		{"Putin will meet Erdogan when he visits Ankara next week.",
			[]string{"RUSGOV 036 TURGOV future", "RUSGOV 036 TUR future"}},
		{"The strike came at a time when Russia and Ukraine hold talks in Istanbul.",
			[]string{"RUS 046 UKR asserted", "UKR 046 RUS asserted"}},
		{"Every time Israel struck Gaza, Hamas fired rockets at Israeli towns.",
			[]string{"PSEREB 194 ISR asserted"}},
		{"Kenyan police arrested 40 protesters when they marched on parliament in Nairobi on Tuesday.",
			[]string{"KENCOP 173 KENCVL asserted", "KENCVL 141 KENLEG asserted"}}, // "they": the protesters (coref_protesters.go)
		// the main clause after a fronted when-clause: not in the clause
		{"When it comes to trade, China has accused the United States of bullying its neighbours.",
			[]string{"CHN 112 USA asserted"}},
		{"When it comes to security, Japan has criticised China for its military drills near Taiwan.",
			[]string{"JPN 111 CHN asserted"}},
		{"When Israeli forces raid Jenin, Palestinian gunmen have attacked settlers in revenge, the ministry said.",
			[]string{"PSEUAF 190 PSECVL asserted"}},
		// a main clause with a modal: a plan or a threat
		{"When Blinken visits Beijing next week, he will meet Chinese President Xi Jinping.",
			[]string{"USAGOV 036 CHNGOV future"}},
		{"When Scholz travels to Paris next month, he will meet French President Emmanuel Macron.",
			[]string{"DEUGOV 036 FRAGOV future"}},
		// (the fronted when-clause's actor is whom the threat is aimed at: threat_when.go)
		{"When Israel strikes Iran, Tehran will retaliate, the commander warned.",
			[]string{"IRNMIL 138 ISR asserted"}},
		{"When Turkey shells Kurdish villages, the YPG would retaliate against Turkish border posts, a commander warned.",
			[]string{"SYRMIL 138 TUR asserted"}},
	}, false)
}
