package events_test

import "testing"

// TestPostModifiedWhose codes sources_postmod_whose.go: a subject of
// people followed by a relative clause opened by "whose", or by "from" and
// a community they only come from, is the subject of the verb after it.
// Invented wire sentences.
func TestPostModifiedWhose(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// a "whose" clause with its own verb: a participle after an
		// auxiliary, a past form alone
		{"Pensioners whose savings were wiped out protested outside parliament in Athens on Monday.",
			[]string{"GRCCVL 141 GRCLEG asserted"}},
		{"Residents whose houses were demolished marched to the governor's office in Lagos on Friday to demand compensation.",
			[]string{"NGACVL 141 NGAGOV asserted"}},
		{"Farmers whose crops failed blocked a highway near Nairobi on Wednesday.",
			[]string{"KENAGR 144 KENGOV asserted"}},
		{"Students whose exams were cancelled staged a sit-in at the education ministry in Dhaka on Monday.",
			[]string{"BGDEDU 141 - asserted"}},
		// people from a community: the people act, the community is
		// only where they come from
		{"Fighters from the Nuer tribe attacked the town of Akobo in South Sudan on Monday.",
			[]string{"SSDREB 190 SSD asserted"}},
		{"Militiamen from the Fulani community killed 30 farmers in Plateau state on Sunday.",
			[]string{"NGAUAF 202 NGAAGR asserted"}},
		// near misses: a speech verb after the "whose" clause reports no
		// act; people from a group the dictionary does not know, no
		// community named, stay no subject
		{"Villagers whose homes were flooded said on Tuesday that the dam should be closed.",
			nil},
		{"Armed men from the Tanzim al-Fajr brigade attacked a checkpoint near Tripoli on Monday.",
			nil},
	}, false)
}
