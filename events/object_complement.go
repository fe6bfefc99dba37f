package events

// Object complements: the word a pattern ends with may say something of
// the verb's object rather than name a thing the object modifies.

// objectComplement reports a pattern's last word that is a complement of
// the verb's object ("found Marine Le Pen guilty", "took three Chinese
// engineers hostage", "declared the ambassador persona non grata"): the
// actor named before it is the object, the target, where before a noun
// that the pattern names ("restored UN sanctions") the actor only
// modifies that noun. The tagger reads "guilty" as a noun there.
// The words are the [object complements] and [hostage nouns] of
// data/words.txt.
func (v *vocab) objectComplement(w string) bool {
	return v.objectComplements[w] || v.hostageNouns[w]
}
