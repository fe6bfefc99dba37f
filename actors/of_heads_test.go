package actors_test

import "testing"

// TestOfHeads checks of_heads.go on sentences written for this test: a
// body or the members of a named organisation before "of" act for the
// organisation; a government noun with "of" and a leader's name the
// dictionary does not know is the government. Names with "of" inside, a
// place, a government "of" a state and a known leader keep the rules
// they had.
func TestOfHeads(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2009-11-29", "The board of the IAEA condemned Iran.", "The board of the IAEA=IGOUNOIAE | Iran=IRN"},
		{"2013-11-29", "The executive board of the IMF approved the loan.", "The executive board of the IMF=IGOUNOIMF"},
		{"2013-11-29", "The members of the Security Council condemned the attack.", "The members of the Security Council=IGOUNO"},
		{"1998-12-06", "Congo's government of Laurent Kabila seized the properties.", "Congo's government of Laurent Kabila=CODGOV"},
		{"1998-12-06", "The government of President Laurent Kabila accused Rwanda.", "The government of President Laurent Kabila=?GOV | Rwanda=RWA"},
		// near misses: names with "of" inside, a place, a government of a
		// state, a one-word name no dictionary knows
		{"2013-11-29", "The Democratic Republic of Congo accused Rwanda.", "The Democratic Republic of Congo=COD | Rwanda=RWA"},
		{"2013-11-29", "The Islamic State of Iraq claimed the attack.", "The Islamic State of Iraq=IMGMOSISL"},
		{"2013-11-29", "Pirates in the Gulf of Aden seized a ship.", "Pirates=?CRM"},
		{"2013-11-29", "The government of Iraq accused Syria.", "The government of Iraq=IRQGOV | Syria=SYR"},
		{"2013-11-29", "The government of Monday rejected it.", "The government=?GOV"},
		// a leader the dictionary knows stays a person of its own
		{"2017-09-15", "China is a lifeline for the regime of Kim Jong Un.", "China=CHN | the regime=?GOV | Kim Jong Un=PRKGOV"},
	}, showCode)
}
