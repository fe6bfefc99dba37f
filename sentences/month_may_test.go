package sentences

import "testing"

// TestMonthMay checks that "May" written with a capital is tagged as a
// month (NNP, as "July" is) where a day number, an ordinal or a
// preposition of time beside it makes it one, and stays the modal (MD)
// elsewhere: at the head of a question, in lower case after a count, and
// after "of" with no word of time before it.
func TestMonthMay(t *testing.T) {
	lx := guessingLexicon("shell", "arrest", "criticise")
	tests := []tagCase{
		{"Russia on 3 May shelled Kharkiv", "NNP IN CD NNP VBD NNP"},
		{"Russia on 31st May shelled Kharkiv", "NNP IN CD NNP VBD NNP"},
		{"Russia on May 3 shelled Kharkiv", "NNP IN NNP CD VBN NNP"},
		{"Russia on July 3 shelled Kharkiv", "NNP IN NNP CD VBN NNP"},
		{"Russia on the 3rd of May shelled Kharkiv", "NNP IN DT CD IN NNP VBD NNP"},
		{"Police in May arrested protesters", "NNP IN NNP VBD NNS"},
		{"Police at the end of May arrested protesters", "NNP IN DT NN IN NNP VBD NNS"},
		{"Police on 3 July arrested protesters", "NNP IN CD NNP VBD NNS"},
		// the modal
		{"May police arrest protesters ?", "MD NN NN NNS ?"},
		{"Police may arrest protesters", "NNP MD VB NNS"},
		{"the 3 may arrest protesters", "DT CD MD VB NNS"},
		{"the government of May will criticise Russia", "DT NN IN MD MD VB NNP"},
	}
	checkTags(t, lx, tests)
}
