package events_test

import "testing"

// TestRefusedComment codes sentences written by the dyad team for the
// refusals to comment of the lex9 pass (verbs.txt and rnlex9.go): a
// negated "comment" and "made no comment" are declining comment (011,
// asserted); a comment made or still awaited is no event.
func TestRefusedComment(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The Norwegian foreign ministry said it could not comment on individual consular cases.",
			[]string{"NORGOV 011 - asserted 2024-07-13"}},
		{"The Egyptian interior ministry did not comment on the arrests.",
			[]string{"EGYGOV 011 - asserted 2024-07-13"}},
		{"A spokesman for the Polish defence ministry would not comment on the report.",
			[]string{"POLGOV 011 - asserted 2024-07-13"}},
		{"The Lebanese army made no comment on Tuesday.",
			[]string{"LBNMIL 011 - asserted 2024-07-09"}},
		{"The Kenyan foreign ministry had no immediate comment.",
			[]string{"KENGOV 011 - asserted 2024-07-13"}},
		// a comment made is a catch-all statement, one not yet made no refusal
		{"The Austrian chancellor commented on the election result on Sunday.",
			nil},
		{"The Chilean government has not yet commented on the verdict.",
			nil},
		{"The Dutch prime minister has not commented on the proposal.",
			nil},
	}, true)
}

// TestSaidBlame codes sentences written by the dyad team for saidBlame
// (rnlex9.go): a word of blame said of a thing ("the launch was
// unacceptable") is the speaker's criticism (111) of the thing's owner,
// or of the actor of "for X to"; the subject of "be" is never the critic.
func TestSaidBlame(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The Estonian prime minister said the airspace violation was \"completely unacceptable\".",
			[]string{"ESTGOV 111 - asserted 2024-07-13"}},
		{"The Polish president said Russia's behaviour was reckless.",
			[]string{"POLGOV 111 RUS asserted 2024-07-13"}},
		{"The German foreign minister said on Friday it was unacceptable for Russia to block the resolution.",
			[]string{"DEUGOV 111 RUS asserted 2024-07-12"}},
		{"The Italian government said the strikes were illegal.",
			[]string{"ITAGOV 111 - asserted 2024-07-13"}},
		{"\"It is irresponsible to blame others,\" Chinese Foreign Ministry spokeswoman Hua Chunying said.",
			[]string{"CHNGOV 111 - asserted 2024-07-13"}},
		// the subject of "be" is the thing blamed, no critic; a modal
		// "be" judges what may be done
		{"Canadian farmers are unfair to their neighbours, the report said.",
			nil},
		{"The Dutch minister said it would be reckless to lift the sanctions now.",
			nil},
		{"Critics said the plan was reckless.",
			nil},
	}, true)
}

// TestAngerSaid codes sentences written by the dyad team for the 111
// line of "be" and a feeling (verbs.txt; angerWords, feltSince in
// rnlex9.go): the subject is the critic, as with "expressed anger"; the
// perfect ("has been angered by") tells a mood, no event.
func TestAngerSaid(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The Kenyan government was disappointed with the decision by the United States.",
			[]string{"KENGOV 111 USA asserted 2024-07-13"}},
		{"The Estonian foreign minister said he was outraged by Russia's violation of its airspace.",
			[]string{"ESTGOV 111 RUS asserted 2024-07-13"}}, // the owner of the act named after "by" (coder10.go)
		{"The Greek government has been angered by Turkey's drilling.",
			nil},
		{"Many voters were angry over the tax rise.",
			nil},
	}, true)
}
