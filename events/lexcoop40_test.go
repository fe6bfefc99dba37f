package events_test

import "testing"

// TestJointPatrolsSetUp codes joint patrols set up by two states as
// military cooperation both ways (062), an intent when agreed (0312,
// future); a joint committee set up stays no cooperation event.
func TestJointPatrolsSetUp(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Niger and Chad agreed on Thursday to set up joint desert patrols against arms traffickers.",
			[]string{"NER 0312 TCD future 2024-07-11", "TCD 0312 NER future 2024-07-11"}},
		{"Niger and Chad set up joint patrols on their desert frontier on Thursday.",
			[]string{"NER 062 TCD asserted 2024-07-11", "TCD 062 NER asserted 2024-07-11"}},
		{"Niger and Chad set up a joint committee on grazing rights on Thursday.",
			nil},
	}, true)
}

// TestAidTeamsFlown codes rescue, medical or engineering teams flown to a
// stricken state as humanitarian aid (073), as when sent; warplanes
// flown into its airspace stay a show of force.
func TestAidTeamsFlown(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Japan flew rescue teams and army engineers to Turkey on Thursday after the quake.",
			[]string{"JPN 073 TUR asserted 2024-07-11"}},
		{"Japan airlifted a medical team to Indonesia on Thursday.",
			[]string{"JPN 073 IDN asserted 2024-07-11"}},
		{"Japan flew relief supplies to Indonesia on Thursday.",
			[]string{"JPN 073 IDN asserted 2024-07-11"}},
	}, true)
}

// TestStateOfRebellionLifted codes a state of rebellion lifted as emergency
// rule eased (0814), as a state of emergency lifted is.
func TestStateOfRebellionLifted(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Peru's cabinet lifted the state of rebellion in Puno on Thursday.",
			[]string{"PERGOV 0814 - asserted 2024-07-11"}},
		{"Peru's cabinet lifted its 30-day state of emergency in Puno on Thursday.",
			[]string{"PERGOV 0814 - asserted 2024-07-11"}},
	}, true)
}

// TestSaidCarriedOutTheAttack codes a group saying it carried out an
// attack as the act alone, asserted: reported speech is attribution, and
// a claim of responsibility (015) needs a word of claiming (gold README
// item 40: "claimed", "owned up to", "said it was behind"), whether the
// attack is named with "the" or told new; a state's own strike likewise.
func TestSaidCarriedOutTheAttack(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Boko Haram said on Friday that it carried out the bombing of a market in Maiduguri.",
			[]string{"NGAREB 183 NGACVL asserted 2024-07-12"}},
		{"Boko Haram claimed responsibility on Friday for the bombing of a market in Maiduguri.",
			[]string{"NGAREB 015 - asserted 2024-07-12", "NGAREB 183 NGACVL asserted 2024-07-12"}},
		{"Boko Haram said on Friday it had carried out a raid on an army post in Borno.",
			[]string{"NGAREB 195 NGAMIL asserted 2024-07-12"}},
		{"The Israeli army said on Friday that it carried out the strike on a Hezbollah depot.",
			[]string{"ISRMIL 195 LBNREB asserted 2024-07-12"}},
	}, true)
}

// TestPatrolBoatsGiven codes patrol boats given, delivered or donated to
// a state's forces as military aid (072); boats given with no recipient
// named are no event.
func TestPatrolBoatsGiven(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Australia delivered three patrol vessels to the Fijian navy on Thursday.",
			[]string{"AUS 072 FJIMIL asserted 2024-07-11"}},
		{"Australia donated a patrol boat on Thursday.",
			nil},
	}, true)
}

// TestDayBeforeObject lets a day stand between a verb and an object its
// pattern keeps inside the object ("object" flag): "accepted on Friday
// foreign aid" is the aid accepted (0863), as "accepted foreign aid on
// Friday" is; a day before a clause opens no object.
func TestDayBeforeObject(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Nepal accepted on Friday foreign aid for the flood victims.",
			[]string{"NPL 0863 - asserted 2024-07-12"}},
		{"Japan gave on Friday two patrol boats to the Malaysian navy.",
			[]string{"JPN 072 MYSMIL asserted 2024-07-12"}},
		{"Nepal said on Friday foreign aid would arrive.",
			nil},
	}, true)
}
