package events_test

import "testing"

// relativeYearCases: an act in a relative clause whose object, or a
// phrase on it, carries a year two or more years before the story ("armed
// groups that signed a 2015 peace accord") tells who the antecedent is,
// not news of the day (falseevents_relative_year.go): no event, even when
// the sentence's main verb has a date of its own. A date inside the
// relative clause keeps the act, and so does the same act as a main verb.
// The exact events each sentence gives (published 2024-03-14).
var relativeYearCases = []familyCase{
	{"relative-year", "Qatar said on Wednesday it was ready to mediate between Sudan's army and rebel groups that signed a 2020 peace deal in Juba.",
		[]string{"QAT 039 SDNMIL future", "QAT 039 SDNREB future"}},
	{"relative-year", "Rebels who signed a 2015 peace deal attacked an army post in northern Mali on Monday.", nil},
	{"relative-year", "Mali's junta, which seized power in a 2021 coup, expelled France's ambassador on Monday.",
		[]string{"MLIGOV 161 FRAGOV asserted"}},
	{"relative-year", "Colombia said on Tuesday it would hold talks with FARC dissidents, who rejected the 2016 peace accord.",
		[]string{"COL 036 COLREB future"}},
	// near misses: the relative clause dated itself, and the act as the
	// main verb, are coded
	{"relative-year", "Ukraine, which ratified the 2011 convention on Tuesday, said it would protect women's rights.",
		[]string{"UKR 057 - asserted"}},
	{"relative-year", "Mali's government and the armed groups signed a peace accord in Algiers on Monday.",
		[]string{"MLIGOV 057 MLIREB asserted", "MLIREB 057 MLIGOV asserted"}},
}

// TestRelativeYear codes each case of relativeYearCases as a one-sentence
// article published on 2024-03-14 and compares its events exactly.
func TestRelativeYear(t *testing.T) { checkFamilies(t, "", relativeYearCases, false) }
