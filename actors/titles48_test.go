package actors_test

import "testing"

// TestPrivateTitles48 checks, on sentences written for this test, that a
// private person's trade or calling after a nationality or a state's
// possessive takes the name of two words or more after it, as a holder's
// title does ("Kenyan activist Boniface Ochieng" is one mention, KENCVL,
// so the verb after it has its subject); near misses: one word after the
// title, a title with no nationality, a known person after it; and a
// group's possessive with modifiers before a force noun ("the Taliban's
// morality police" in 2024: the state's police, AFGCOP, as "the Taliban's
// police" was); and a cleric's title before a person coded by his
// country alone (REL): every mention as text=CODE.
func TestPrivateTitles48(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-05-20", "Kenyan activist Boniface Ochieng accused the police.", "Kenyan activist Boniface Ochieng=KENCVL | the police=?COP"},
		{"2024-05-20", "Egypt's best-known cleric Ahmed Mansour criticised the government.", "Egypt's best-known cleric Ahmed Mansour=EGYREL | the government=?GOV"},
		{"2024-05-20", "Iranian human rights lawyer Reza Tavakoli was jailed.", "Iranian human rights lawyer Reza Tavakoli=IRNHRI"},
		{"2024-05-20", "Kenyan activist Ochieng accused the police.", "Kenyan activist=KENCVL | the police=?COP"},
		{"2024-05-20", "Activist Boniface Ochieng accused the police.", "Activist Boniface Ochieng=?CVL | the police=?COP"},
		// a cleric's title before a person the people file codes by his
		// country alone gives the calling (REL); the name alone keeps it
		{"2016-02-24", "Iraq's Shi'ite cleric Moqtada al-Sadr demanded a new cabinet.", "Iraq's Shi'ite cleric Moqtada al-Sadr=IRQREL | cabinet=?GOV"},
		{"2016-02-24", "Moqtada al-Sadr demanded a new cabinet.", "Moqtada al-Sadr=IRQ | cabinet=?GOV"},
		{"2024-10-13", "The Taliban's morality police arrested 20 women.", "The Taliban's morality police=AFGCOP | women=?CVL"},
		{"2024-10-13", "The Taliban's police arrested 20 women.", "The Taliban's police=AFGCOP | women=?CVL"},
		{"2024-10-13", "The Taliban's foreign minister met the envoy.", "The Taliban's foreign minister=AFGGOV | the envoy=?GOV"},
	}, showCode)
}
