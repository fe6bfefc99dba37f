package events_test

import "testing"

// TestClaimedActs codes claims.go: a claim of responsibility is the
// claimant's 015 and the act it claims, asserted, whether the act is the
// noun after "for", the noun of "claimed the attack on …", or an act told
// in the clause before ", and X claimed responsibility".
func TestClaimedActs(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// the act after "for"
		{"Al-Shabaab claimed responsibility on Wednesday for a suicide bombing at a hotel in Kismayo that killed nine guests.",
			[]string{"SOMREB 015 - asserted", "SOMREB 1831 SOMCVL asserted"}},
		{"The Pakistani Taliban took responsibility for Monday's blast at a police station in Peshawar.",
			[]string{"PAKREB 015 - asserted", "PAKREB 183 PAKCOP asserted"}},
		{"Boko Haram claimed responsibility for the kidnapping of 40 students in Kaduna.",
			[]string{"NGAREB 015 - asserted", "NGAREB 181 NGAEDU asserted"}},
		{"Hamas claimed responsibility for the rocket attack on Israel.",
			[]string{"PSEREB 015 - asserted", "PSEREB 195 ISR asserted"}},
		{"The ELN claimed responsibility, in a statement posted on its website, for a car bomb attack on an army base in Arauca.",
			[]string{"COLREB 015 - asserted", "COLREB 1832 COLMIL asserted"}},
		// a time phrase after the act names no target of it
		{"Hamas claimed responsibility for the shooting attack in the West Bank shortly before Blinken's visit to Israel.",
			[]string{"PSEREB 015 - asserted", "PSEREB 193 PSE asserted"}},
		// a claim said to be false: the claim, no act
		{"Islamic State falsely claimed responsibility for the shooting at a casino in Manila, police said.",
			[]string{"IMGMOSISL 015 - asserted"}},
		{"Al-Shabaab wrongly claimed responsibility for the explosion at a hotel in Nairobi, Kenyan police said.",
			[]string{"SOMREB 015 - asserted"}},
		// the noun of "claimed the attack on …"
		{"Al-Shabaab claimed the attack on a military base in Baidoa.",
			[]string{"SOMREB 015 - asserted", "SOMREB 190 SOMMIL asserted"}},
		// the act told before the claim, by an unnamed attacker or none
		{"A suicide bomber killed 11 people at a mosque in Mosul on Friday, and Islamic State claimed responsibility.",
			[]string{"IMGMOSISL 1831 IRQCVL asserted", "IMGMOSISL 015 - asserted"}},
		{"Suicide bombers struck a market in Mogadishu on Tuesday, and al-Shabaab later claimed the attack.",
			[]string{"SOMREB 1831 SOMCVL asserted", "SOMREB 015 - asserted"}},
		// near misses: no act noun; the claim not made; an act with its own
		// doer and one with nothing told of it; a habit; a claim about an
		// act, not of it
		{"The Taliban claimed responsibility for security in the province.",
			[]string{"AFGGOV 015 - asserted"}},
		{"The group did not claim responsibility for the bombing of the embassy in Kabul.",
			nil},
		{"Israeli jets struck a house in Gaza on Monday, and Hamas claimed responsibility for a rocket attack hours later.",
			[]string{"ISRMIL 195 PSE asserted", "PSEREB 015 - asserted"}},
		{"The Taliban rarely claim responsibility for attacks on police posts in Kunduz.",
			nil},
		{"Russia claimed the bombing was staged by Ukrainian agents.",
			nil},
	}, false)
}
