package events_test

import "testing"

// TestPlacedSubjectTail codes sources.go placedSubject: a located body
// ("Police in Kenya") whose state's possessive opens a place phrase of
// nouns, adjectives, "of" and names, headed by a place noun, before the
// verb acts, also after a quantity or a participle ("Hundreds of",
// "Striking"). Invented wire sentences.
func TestPlacedSubjectTail(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Police in Kenya's coastal city of Mombasa arrested 20 protesters on Monday.",
			[]string{"KENCOP 173 KENCVL asserted"}},
		{"Villagers in Peru's southern Puno region took three soldiers hostage on Tuesday.",
			[]string{"PERCVL 181 PERMIL asserted"}},
		{"Authorities in Nepal's southern district of Saptari imposed a curfew on Tuesday.",
			[]string{"NPLGOV 1723 - asserted"}},
		{"Striking nurses in Kenya's western county of Kisumu marched to the governor's office on Monday.",
			[]string{"KENHLH 141 KENGOV asserted"}},
		{"Hundreds of farmers in India's northern state of Punjab blocked railway lines on Tuesday.",
			[]string{"INDAGR 144 INDGOV asserted"}},
		{"Hundreds of students in Bangladesh's capital Dhaka marched to parliament on Monday.",
			[]string{"BGDEDU 141 BGDLEG asserted"}},
		{"Dozens of fishermen on Kenya's coastal island of Lamu blocked the harbour on Monday.",
			[]string{"KENCVL 144 KENGOV asserted"}},
		{"Rebels in Mali's north freed 12 Algerian truck drivers on Tuesday.",
			[]string{"MLIREB 0841 DZALAB asserted"}},
		// a belt of mines is a place (coder69b, gold dev44-wire W44049);
		// a noun of the compound opening the sentence, tagged a name
		// there (gold dev50-wire W50036)
		{"Striking mine workers in South Africa's platinum belt demanded on Monday that the government raise wages.",
			[]string{"ZAFLAB 100 ZAFGOV asserted"}},
		{"Cocoa farmers in Ivory Coast's western Soubre region kept their beans off the market on Tuesday.",
			[]string{"CIVAGR 143 CIVGOV asserted"}},
		// near misses: a place phrase with no place noun ("platinum
		// industry") is left to the plain search; a speech verb reports no
		// act of the body; a
		// relative clause after a comma between the place and the verb
		// leaves the verb with no subject found
		{"Striking mine workers in South Africa's platinum industry demanded on Monday that the government raise wages.",
			nil},
		{"Police in Kenya's coastal city of Mombasa said on Monday that 20 protesters had been arrested.",
			nil},
		{"Police in Kenya's coastal city of Mombasa, where protests began last week, arrested 20 protesters on Monday.",
			nil},
	}, false)
}

// TestConjoinedPostModifiedSubject codes roles.go: a finite verb after
// "and" shares the subject that headedSubject finds for the first verb
// past a post-modifier. Invented wire sentences.
func TestConjoinedPostModifiedSubject(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Prosecutors in the Italian port of Bari seized a cargo ship on Monday and placed its captain under investigation.",
			[]string{"ITAJUD 171 - asserted", "ITAJUD 091 - asserted"}},
		{"Villagers in Peru's Puno region blocked a highway on Monday and demanded the release of their leaders.",
			[]string{"PERCVL 144 PERGOV asserted", "PERCVL 1053 - asserted"}},
		{"Gunmen on motorcycles attacked a police post near Peshawar on Sunday and killed two officers.",
			[]string{"PAKUAF 190 PAKCOP asserted", "PAKUAF 180 PAKCVL asserted"}},
		// near miss: a speech verb's subject reports, and the reported
		// passive act has no source
		{"Police in the southern city of Karachi said on Friday they had arrested 12 suspects.",
			nil},
	}, false)
}

// TestOccupationSubjects64 codes the occupations added to
// actors/data/agents.txt in session 64 (schoolteachers EDU, tea pickers
// LAB) as the subjects of protests. Invented wire sentences.
func TestOccupationSubjects64(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Hundreds of Nepalese schoolteachers began a hunger strike outside the education ministry in Kathmandu on Thursday.",
			[]string{"NPLEDU 142 NPLGOV asserted"}},
		{"Striking schoolteachers marched to the education ministry in Kathmandu on Monday.",
			[]string{"NPLEDU 141 NPLGOV asserted"}},
		{"Sri Lankan tea pickers stopped work on Thursday to demand higher wages.",
			[]string{"LKALAB 143 LKAGOV asserted"}},
		// near miss: the singular is not listed, and a passive with no
		// agent has no source
		{"A Nepalese schoolteacher was arrested in Kathmandu on Monday.",
			nil},
	}, false)
}
