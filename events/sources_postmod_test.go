package events_test

import "testing"

// TestPostModifiedSubjects codes sources_postmod.go: a clause-opening
// actor followed by a place or origin phrase, or a participle phrase,
// before its verb is the verb's subject.
func TestPostModifiedSubjects(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// a participle phrase ("dressed as", "stranded at", "posing as")
		{"Nepali rebels dressed as policemen abducted four district officials in western Nepal on Friday.",
			[]string{"NPLREB 181 NPLGOV asserted"}},
		{"Syrian refugees stranded at the border with Jordan accused the army of shelling their tents.",
			[]string{"SYRREF 112 SYRMIL asserted", "SYRMIL 194 SYRREF alleged"}},
		// a place phrase after a quantity and a nationality with no code
		{"Hundreds of Palestinian prisoners in Israeli jails began a hunger strike on Monday.",
			[]string{"PSECVL 142 ISRGOV asserted"}},
		// a place phrase after "on"
		{"Sudanese militiamen on camels drove thousands of villagers from their homes in Darfur on Monday.",
			[]string{"SDNUAF 201 SDNCVL asserted"}},
		// an ordinal the tagger reads as a noun before "contingent of"
		{"The last contingent of French troops left Niger on Friday.",
			[]string{"FRAMIL 0874 NER asserted"}},
		{"The first contingent of Chadian soldiers attacked rebel positions near Kidal on Monday.",
			[]string{"TCDMIL 190 MLIREB asserted"}},
		// near misses: a workplace after "at", clothes after "dressed in",
		// a government's people from somewhere, a group the dictionary
		// does not know, a clause of its own after the head
		{"Workers at Toyota's Japanese plants staged a strike on Monday.",
			nil},
		{"Chilean women dressed in black marched through Santiago on Sunday.",
			nil},
		{"Top officials from 50 countries met in Geneva on Monday.",
			nil},
		{"Armed men from the Tanzim al-Fajr brigade attacked a checkpoint near Tripoli on Monday.",
			nil},
		{"Police officers in Dhaka who were guarding the court arrested 30 students on Monday.",
			nil},
	}, false)
}
