package events_test

import "testing"

// TestDependantsWithGroup codes a group named with its dependants ("Al-Shabaab
// members and their families") as the group; dependants named with no
// group of a known country stay ordinary people.
func TestDependantsWithGroup(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Al-Shabaab members and their families withdrew from the port town of Kismayo.", []string{"SOMREB 0874 SOM asserted"}},
		{"Hundreds of Isis members and their wives surrendered to Iraqi troops near Mosul.", []string{"IMGMOSISL 0874 IRQMIL asserted"}},
	}, false)
}
