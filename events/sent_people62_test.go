package events_test

import "testing"

// TestSentPeopleTask codes the task of researchers, experts or a team a
// state or a body sends somewhere ("had sent researchers to Guinea to look
// into abuses") with the sender as source, asserted as a set-up panel's
// task is; an infinitive after things sent, or after a fact-finding team
// (whose inquiry verbs.txt codes itself), adds nothing.
func TestSentPeopleTask(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Amnesty International said on Tuesday it had sent researchers to Guinea to look into abuses by soldiers.",
			[]string{"NGOHRIAMN 092 GINMIL asserted 2024-07-09"}},
		{"Human Rights Watch said it had sent two researchers to Mali on Monday to investigate killings by the army.",
			[]string{"NGOHRIHRW 093 MLIMIL asserted 2024-07-08"}},
		// the place named by common nouns after its country, and
		// "the border town of" (dev53 W53050)
		{"Amnesty International sent researchers to Kenya's Dadaab refugee camps on Tuesday to look into reports that police had beaten refugees.",
			[]string{"NGOHRIAMN 090 KENCOP asserted 2024-07-09"}},
		{"Human Rights Watch sent a team to the border town of Goma to investigate attacks by rebels.",
			[]string{"NGOHRIHRW 093 CODREB asserted 2024-07-13"}},
		// near misses: samples sent, a fact-finding team
		{"Doctors sent samples to a laboratory in Geneva to look into the outbreak.",
			nil},
		{"The ministry sent samples to the Geneva state laboratory to look into the outbreak.",
			nil},
		{"The African Union sent a fact-finding team on Monday to look into killings in Cameroon's Anglophone regions.",
			[]string{"IGOAFRAFU 092 - asserted 2024-07-08"}},
	}, true)
}
