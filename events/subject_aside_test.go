package events_test

import "testing"

// TestSubjectAside: an act in the simple past told in a relative clause on
// the sentence's subject, before the subject's own predicate, is
// background (subject_aside.go); a predicate of saying keeps it, and so
// does a relative clause on an object.
func TestSubjectAside(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Norway's former foreign minister Lars Ekdahl, who resigned last week after a row over arms exports, was a fierce critic of the deal.", nil},
		{"Former Estonian defence minister Jaan Tamm, who visited Kyiv last week, remains a strong backer of Ukraine.", nil},
		{"Former Peruvian interior minister Ana Quispe, who resigned in protest over the police raids, has joined a private law firm.", nil},
		// kept: a speaker's act, an object's act
		{"Norway's foreign minister, who met his Swedish counterpart on Monday, said the talks had gone well.",
			[]string{"NORGOV 040 SWEGOV asserted", "SWEGOV 040 NORGOV asserted"}},
		{"The Brazilian president met the Argentine leader, who arrived in Brasilia on Monday, for talks on trade.",
			[]string{"BRAGOV 040 ARGGOV asserted", "ARGGOV 040 BRAGOV asserted", "ARGGOV 042 BRA asserted", "BRA 043 ARGGOV asserted"}},
	}, false)
}
