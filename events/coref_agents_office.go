package events

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// officeOfNone reports a bare head-of-government title ("the prime
// minister", "the premier") that the story's context gave to country, a
// state that has no such office ([no prime minister] of data/words.txt:
// its president heads the government). "The prime minister visited
// Perth on Tuesday" in a story about the United States is no USAGOV: the
// title is of a state the text does not name, and the agent is dropped
// rather than given a wrong state (CODING.md: an actor the text does not
// identify is not coded). A title of the state named in its own sentence
// is resolved before context is read and is not seen here.
func officeOfNone(st *sentence, m actors.Mention, country string) bool {
	if !headOfGovernmentTitle(st.s.Text[m.Span[0]:m.Span[1]]) {
		return false
	}
	return st.words.noPrimeMinister[strings.ToLower(country)]
}

// headOfGovernmentTitle reports a prime minister's title alone, with
// "the" or without: "the prime minister", "the premier", "Prime
// Minister".
func headOfGovernmentTitle(text string) bool {
	t := strings.TrimPrefix(strings.ToLower(text), "the ")
	return t == "prime minister" || t == "premier"
}
