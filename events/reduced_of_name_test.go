package events_test

import "testing"

// TestReducedRelativeOfName: a participle after a name in an "of" phrase
// of the clause's object ("a member of ETA arrested in …") is a reduced
// relative: the person undergoes the arrest, which the sentence gives no
// agent, so only the handover is coded; the same name as a subject keeps
// its act. Sentences written for this test.
func TestReducedRelativeOfName(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Turkey handed over to Iraq on Wednesday two members of Islamic State arrested in Gaziantep.",
			[]string{"TUR 063 IRQ asserted 2024-07-10"}},
		{"Colombia handed over to Ecuador on Friday a suspected commander of the Revolutionary Armed Forces of Colombia arrested in Narino last month.",
			[]string{"COL 063 ECU asserted 2024-07-12"}},
		// a partitive opening the sentence: "of" is its first word (this
		// once read before the sentence's start and crashed the coder)
		{"Of the ETA arrested in France, two were extradited to Spain.", nil},
		{"Of ETA arrested in France last year, two were extradited to Spain.", nil},
		// the group as subject: its act stands
		{"Members of ETA attacked on Monday a police barracks in Bilbao.",
			[]string{"ESPREB 190 ESPCOP asserted 2024-07-08"}},
	}, true)
}
