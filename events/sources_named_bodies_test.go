package events_test

import "testing"

// TestNamedBodySources codes the events of subjects that are a body
// named by the people who form it ("opposition coalition", "indigenous
// confederation" and its initials) or a title with a name run out over
// its particles ("bin Hamad al-Thani") and past a known person's entry:
// the whole phrase is the source, not a stray word before the verb
// (actors/names.go).
func TestNamedBodySources(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Zambia's opposition alliance accused the government of rigging the vote on Monday.",
			[]string{"ZMBOPP 112 ZMBGOV asserted"}},
		{"Paraguay's opposition bloc praised the court ruling on Wednesday.",
			[]string{"PRYOPP 051 PRYJUD asserted"}},
		{"Peru's indigenous confederation AIDESEP demanded that the government halt logging in the Amazon.",
			[]string{"PERCVL 1042 PERGOV asserted"}},
		{"Colombia's indigenous federation accused the army of killing two farmers.",
			[]string{"COLCVL 112 COLMIL asserted", "COLMIL 190 COLAGR alleged"}},
		{"Turkey's president arrived in Doha on Thursday and was hosted by Emir Sheikh Tamim bin Hamad al-Thani.",
			[]string{"QATGOV 043 TURGOV asserted", "TURGOV 042 QATGOV asserted"}},
		{"Congo's Prime Minister Judith Suminwa Tuluka visited Angola's president in Luanda on Friday.",
			[]string{"CODGOV 042 AGOGOV asserted", "AGOGOV 043 CODGOV asserted"}},
		{"Qatari Prime Minister Sheikh Mohammed bin Abdulrahman al-Thani condemned the strike on Doha.",
			[]string{"QATGOV 111 QAT asserted"}},
		// a state organ's union is not the organ: no source
		{"The police union in Ghana criticised the interior minister.", nil},
	}, false)
}
