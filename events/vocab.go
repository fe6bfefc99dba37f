package events

// Word lists the coder's rules test words against (data/words.txt):
// vocabulary, reviewed like code and loaded into the Coder's value at
// construction, as the patterns of data/verbs.txt are. Function words and
// grammar (pronouns, auxiliaries, determiners, conjunctions) stay in the
// Go code of the rule that reads them.

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
)

//go:embed data/words.txt
var defaultWords []byte

// wordList is one list of data/words.txt: the set of its words, each a
// lemma or a lower-cased token as the list's comment says.
type wordList map[string]bool

// vocab holds the lists of data/words.txt, one field per "[name]"
// heading (vocab.lists binds the names). A Coder holds one, read-only.
type vocab struct {
	acceptanceVerbs   wordList // [acceptance verbs] lemmas: acceptance.go acceptanceLine
	defiantVerbs      wordList // [defiant verbs] lemmas: falseevents_adjuncts.go defianceAdjunct
	demandParticiples wordList // [demand participles] forms: falseevents_adjuncts.go protestDemand
	ultimatumVerbs    wordList // [ultimatum verbs] lemmas: ultimatum.go ultimatumDemand
	restatedReports   wordList // [restated reports] forms: reactions.go restatedObject and the report denials
	restatedActs      wordList // [restated acts] forms: reactions.go restatedObject
	kidnapWords       wordList // [kidnapping words] lemmas or forms: sources_conjuncts.go ransomAfterKidnap
	borderNouns       wordList // [border nouns] forms: troops_abroad.go borderOf
	disasterWords     wordList // [disaster words] forms: troops_abroad.go disasterAhead
	falsityWords      wordList // [falsity words] forms: denials.go falsityAfter
	stateDescriptors  wordList // [state descriptors] forms: targets_answered.go stateDescriptor
	reportNouns       wordList // [report nouns] forms: reports.go, reactions.go reportDenials
	collectiveHeads   wordList // [unnamed collective heads] forms: roles.go subjectDepth
}

// lists binds each heading of data/words.txt to its field of v.
func (v *vocab) lists() map[string]*wordList {
	return map[string]*wordList{
		"acceptance verbs":         &v.acceptanceVerbs,
		"defiant verbs":            &v.defiantVerbs,
		"demand participles":       &v.demandParticiples,
		"ultimatum verbs":          &v.ultimatumVerbs,
		"restated reports":         &v.restatedReports,
		"restated acts":            &v.restatedActs,
		"kidnapping words":         &v.kidnapWords,
		"border nouns":             &v.borderNouns,
		"disaster words":           &v.disasterWords,
		"falsity words":            &v.falsityWords,
		"state descriptors":        &v.stateDescriptors,
		"report nouns":             &v.reportNouns,
		"unnamed collective heads": &v.collectiveHeads,
	}
}

// parseVocab reads word lists in the format of data/words.txt: a line
// "[name]" opens the list name, the lines after it give its words
// separated by blanks, "#" starts a comment. file names the source in
// errors. It fails, naming file and line, on an unknown or repeated
// heading, words before the first heading, a word twice in a list, or a
// word that is not lower-case letters, digits, "-", "'" and "." (a
// capital, a comma or a quotation mark left from a typo); and, naming
// file, on a list vocab needs that the text does not give or gives empty.
func parseVocab(data []byte, file string) (*vocab, error) {
	v := &vocab{}
	lists := v.lists()
	at := map[string]int{} // heading → its line
	var cur wordList
	var name string
	for n, line := range strings.Split(string(data), "\n") {
		ln := n + 1
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "[") {
			if !strings.HasSuffix(line, "]") {
				return nil, fmt.Errorf("%s:%d: heading %q: want [name]", file, ln, line)
			}
			name = strings.Join(strings.Fields(line[1:len(line)-1]), " ")
			l, ok := lists[name]
			if !ok {
				return nil, fmt.Errorf("%s:%d: unknown list [%s] (the lists are %s)", file, ln, name, strings.Join(sortedNames(lists), ", "))
			}
			if first, again := at[name]; again {
				return nil, fmt.Errorf("%s:%d: list [%s] again (first at line %d)", file, ln, name, first)
			}
			at[name] = ln
			cur = wordList{}
			*l = cur
			continue
		}
		if cur == nil {
			return nil, fmt.Errorf("%s:%d: words before the first [heading]: %q", file, ln, line)
		}
		for _, w := range strings.Fields(line) {
			if !vocabWord(w) {
				return nil, fmt.Errorf("%s:%d: %q in [%s]: want lower-case letters, digits, \"-\", \"'\" or \".\"", file, ln, w, name)
			}
			if cur[w] {
				return nil, fmt.Errorf("%s:%d: %q twice in [%s]", file, ln, w, name)
			}
			cur[w] = true
		}
	}
	for _, name := range sortedNames(lists) {
		if _, ok := at[name]; !ok {
			return nil, fmt.Errorf("%s: no list [%s]", file, name)
		}
		if len(*lists[name]) == 0 {
			return nil, fmt.Errorf("%s:%d: list [%s] has no words", file, at[name], name)
		}
	}
	return v, nil
}

// vocabWord reports a word a list may hold: lower-case ASCII letters,
// digits, "-", "'" and ".", with at least one letter.
func vocabWord(w string) bool {
	letter := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'a' && c <= 'z':
			letter = true
		case c >= '0' && c <= '9', c == '-', c == '\'', c == '.':
		default:
			return false
		}
	}
	return letter
}

// sortedNames returns the headings of lists in order.
func sortedNames(lists map[string]*wordList) []string {
	out := make([]string, 0, len(lists))
	for n := range lists {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}
