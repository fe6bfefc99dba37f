package events_test

import "testing"

// TestActors10 checks, on sentences written for this test, events whose
// actors are the opposition of their day (a party out of government, its
// leader, "shadow" offices) and that an honorific of the other gender
// before a surname names no one the story named ("Mrs Howard" after
// "Michael Howard" is his wife: coref.go honorificClash).
func TestActors10(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2005-01-15", []coverageCase{
		{"The Tories accused the prime minister of misleading voters on Monday.",
			[]string{"GBROPP 112 GBRGOV asserted"}},
		{"The Liberal Democrats urged ministers to scrap the identity card plan on Monday.",
			[]string{"GBROPP 020 GBRGOV asserted"}},
		{"Tory leader Michael Howard spoke in London on Monday. Mr Howard denied the claims on Tuesday.",
			[]string{"GBROPP 016 - asserted"}},
		{"Tory leader Michael Howard spoke in London on Monday. Mrs Howard will visit Dorset on Tuesday.", nil},
		{"Prime Minister Tony Blair spoke in London on Monday. Mrs Blair will visit Dorset on Tuesday.", nil},
	})
	checkDated(t, c, "2002-01-15", []coverageCase{
		{"Labor urged the Government to hold an inquiry on Monday.",
			[]string{"AUSOPP 020 AUSGOV asserted"}},
	})
	checkDated(t, c, "2018-01-15", []coverageCase{
		{"Kurdish militias shelled a Turkish border town on Sunday.",
			[]string{"SYRREB 194 TUR asserted"}},
		{"Erdogan criticised Abdel Fatah al-Sisi on Sunday.",
			[]string{"TURGOV 111 EGYGOV asserted"}},
		{"Nasr al-Hariri criticised the Syrian government on Sunday.",
			[]string{"SYROPP 111 SYRGOV asserted"}},
	})
}
