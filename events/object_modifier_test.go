package events_test

import "testing"

// TestObjectModifier checks, on sentences written for this test and one
// dev sentence, a verb form between two plurals inside the object of a
// verb before them (sentences/object_modifier.go): "gave their
// counterparts phone intercepts" is the giving of intercepts (064, gold
// dev49 W49038), no phone call (041), and so is "sent the rebels attack
// helicopters". Only a verb of two objects reads so: a verb that takes a
// bare infinitive or a clause ("stressed Israeli troops attack civilians")
// keeps the verb after its object, and a headline keeps its verb.
func TestObjectModifier(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2018-04-28", "Ecuadorean police gave their Colombian counterparts phone intercepts on Thursday that tie a dissident FARC commander known as Guacho to the abduction of two Ecuadorean civilians.", []string{"ECUCOP 064 COLCOP asserted"}},
		{"2019-05-10", "Indian police gave their Nepali counterparts phone records on Tuesday.", []string{"INDCOP 064 NPLCOP asserted"}},
		// near misses: the verb after the plural stays one
		{"2019-05-10", "Kenyan police let Somali officials phone their ministers on Tuesday.", []string{"SOMGOV 041 - asserted"}},
		{"2019-05-10", "Somali officials phone Kenyan ministers over border attacks", []string{"SOMGOV 041 KENGOV asserted", "KENGOV 041 SOMGOV asserted"}},
		// a clause verb before the plural: the plural is the subject of a clause without "that"
		{"2010-01-05", "Human rights groups stressed Israeli troops attack civilians in the West Bank.", []string{"ISRMIL 190 PSECVL asserted"}},
		{"2010-01-05", "The group complained Syrian government forces arrest protesters in Homs.", []string{"SYRMIL 173 SYRCVL asserted"}},
		// a verb of two objects: the plural after the receiver opens the thing given
		{"2010-01-05", "Turkey sent the Syrian rebels attack helicopters on Monday.", []string{"TUR 072 SYRREB asserted"}},
	})
}
