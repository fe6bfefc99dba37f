package events_test

import "testing"

// TestDefianceAdjuncts codes sentences with a participle or gerund of
// defiance that only tells the manner or the reason of another act (no
// 128 or 120 of its own), and finite defiance, which stays.
func TestDefianceAdjuncts(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		// a participle adjunct after the main act
		{"Vietnam's president met the Philippine foreign minister in Manila on Tuesday, defying warnings from Beijing.",
			[]string{"VNMGOV 040 PHLGOV asserted 2024-07-09", "PHLGOV 040 VNMGOV asserted 2024-07-09"}},
		{"Thousands of people marched in Yerevan on Sunday, defying a ban on demonstrations.",
			[]string{"ARMCVL 141 - asserted 2024-07-07"}},
		{"Kenya's parliament passed the finance bill on Tuesday, ignoring weeks of protests in Nairobi.", nil},
		// a participle after a noun, a gerund after a preposition
		{"Abbas ordered his police to arrest Hamas militants defying the truce.",
			[]string{"PSEGOV 173 PSEREB asserted 2024-07-13"}},
		{"Sudan's army chief vowed to punish the RSF for \"defying the nation\".",
			[]string{"SDNMIL 137 SDNREB asserted 2024-07-13"}},
		// finite defiance stays, the progressive too
		{"Hungary defied a European Union ruling on Thursday.",
			[]string{"HUN 128 IGOEUREEC asserted 2024-07-11"}},
		{"Iran is defying the U.N. ban on missile tests, Washington said.",
			[]string{"IRN 128 IGOUNO asserted 2024-07-13"}},
	}, true)
}

// TestProtestDemands codes protests with a participle stating their
// demand: the protest carries the demand (its 14x), no 02x or 10x beside
// it, and takes the party the demand is made of as its target. A demand
// after an act that is no protest, and a demand of its own, stay.
func TestProtestDemands(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Thousands of Hungarians demonstrated in Budapest on Saturday, calling on the government to resign.",
			[]string{"HUNCVL 1411 HUNGOV asserted 2024-07-13"}},
		// the protest takes the party its demand is made of
		{"Protesters rallied outside the U.S. embassy in Baghdad, calling on Washington to withdraw its troops.",
			[]string{"IRQCVL 141 USAGOV asserted 2024-07-13"}},
		// a demand naming nobody leaves the protest as it was
		{"Thousands of Armenians rallied in Yerevan on Sunday, demanding early elections.",
			[]string{"ARMCVL 1414 ARMGOV asserted 2024-07-07"}},
		{"Nurses across Kenya went on strike on Monday over the killing of a colleague in a clinic, demanding better protection.",
			[]string{"KENHLH 143 KENGOV asserted 2024-07-08"}},
		// the demand after another act stays
		{"Serbia recalled its ambassador from Zagreb on Monday, demanding an apology for the remarks.",
			[]string{"SRB 161 HRV asserted 2024-07-08", "SRB 100 - asserted 2024-07-08"}},
		// a demand of its own stays
		{"The Serbian opposition called on the government to resign on Saturday.",
			[]string{"SRBOPP 0241 SRBGOV asserted 2024-07-13"}},
	}, true)
}

// TestDefianceComplements codes defiance in a gerund after "of" or an
// aspect verb: CODING.md codes it (alleged after an accusation); only a
// participle adjunct after a comma, or a reason after "for", tells none.
func TestDefianceComplements(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Washington accused Iran of flouting U.N. sanctions.",
			[]string{"USA 112 IRN asserted 2024-07-13", "IRN 128 IGOUNO alleged 2024-07-13"}},
		{"Israel is accused of ignoring the ICJ ruling.",
			[]string{"ISR 128 IGOUNOICJ alleged 2024-07-13"}},
		{"Russia keeps defying the ban on chemical weapons.",
			[]string{"RUS 128 - asserted 2024-07-13"}},
		{"Russia continues defying the ban, the inspectors said.",
			[]string{"RUS 128 - asserted 2024-07-13"}},
		// near miss: the adjunct after a comma tells none
		{"Russia tested a new missile on Friday, defying the ban.",
			[]string{"RUS 150 - asserted 2024-07-12"}},
	}, true)
}
