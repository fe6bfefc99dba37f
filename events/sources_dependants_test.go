package events_test

import "testing"

// TestDependantsWithGroup codes a group named with its dependants ("Isis
// members and their families") as the group; dependants named with no
// group of a known country stay ordinary people.
func TestDependantsWithGroup(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Several thousand Isis members and their families surrendered to Kurdish-led forces near Baghuz.", []string{"IMGMOSISL 0874 SYRREB asserted"}},
		{"Isis members and their families withdrew through eastern Syria.", []string{"IMGMOSISL 0874 SYR asserted"}},
		{"Isis fighters and their families surrendered to Kurdish-led forces.", []string{"IMGMOSISL 0874 SYRREB asserted"}},
	}, false)
}
