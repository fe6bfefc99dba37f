package events_test

import "testing"

// asideCases: a "he" or "she" does not mean a person named in a fronted
// phrase before it, nor the agent of a passive whose subject its clause
// is about (coref_aside.go); it means the subject of the story, or no
// actor. Near misses: a person who is the subject before the pronoun.
var asideCases = []familyCase{
	{"fronted", "Joe Biden arrived in Brussels on Monday. After a meeting with Recep Tayyip Erdogan, he criticised Greece.",
		[]string{"USAGOV 042 BEL asserted", "BEL 043 USAGOV asserted", "USAGOV 111 GRC asserted"}},
	{"fronted", "Emmanuel Macron spoke to reporters on Friday. During his call with Vladimir Putin on Thursday, he condemned Russia.",
		[]string{"FRAGOV 111 RUS asserted"}},
	{"fronted", "Olaf Scholz landed in Ankara on Tuesday. In a letter to Viktor Orban last week, however, he had praised Hungary.",
		[]string{"DEUGOV 042 TUR asserted", "TUR 043 DEUGOV asserted", "DEUGOV 051 HUN asserted"}},
	{"passive agent", "Amira, 22, has been told by the foreign minister, Annalena Baerbock, that she will visit Israel next week.", nil},
	// near misses: the person is the subject
	{"subject", "After meeting Recep Tayyip Erdogan, Joe Biden said he would visit Greece.", []string{"USAGOV 036 GRC future"}},
	{"subject", "Emmanuel Macron told Olaf Scholz that he would visit Algeria.", []string{"FRAGOV 036 DZA future"}},
}

// TestPronounAside codes each case as an article of its sentences and
// compares its events exactly.
func TestPronounAside(t *testing.T) { checkFamilies(t, "", asideCases, true) }
