package events

// Sentence adverbs before a fronted date.
//
// A sentence may open with a connective adverb and its comma before the
// date phrase that dates its clause: "Then, on 20 January, rebels attacked
// Afrin", "Later, on Tuesday, the army shelled …", "Meanwhile, on Monday,
// …". The adverb ties the sentence to the one before and dates nothing;
// frontedDate steps over it, as it steps over "But" and "And", so the
// phrase after it dates the clause as it does without the adverb.

// connective reports w, a lower-case word, as a sentence adverb that may
// open a sentence before a comma and a fronted date phrase.
func connective(w string) bool {
	switch w {
	case "then", "later", "meanwhile", "earlier", "afterwards", "afterward", "subsequently",
		"however", "separately", "elsewhere", "finally", "previously", "again", "also",
		"moreover", "furthermore", "instead", "nevertheless", "similarly", "likewise", "still":
		return true
	}
	return false
}
