package article

import (
	"fmt"
	"hash/fnv"

	"github.com/dyad-events/dyad"
)

// maxSeenIDs is how many records' ids a JSON Lines input's repeat check
// (seenIDs) holds at most, about 30 MiB: the ids of records past it are
// not remembered (a repeat of one of them is not said).
const maxSeenIDs = 1 << 20

// What a store does with a JSON Lines record repeating an earlier
// record's article id, as seenIDs' warning says it: by the record's own
// "id" (ingest's checkStored fails one with another text), by its url (a
// page's fuller text is failed, as a feed's summary stored first would
// keep it out), by its text (the same text).
const (
	repeatGivenID = "a store keeps the first record of an id and skips the other when its text is the same, or fails it when its text differs"
	repeatURLID   = "a store keeps the first record of an address and skips the other, or fails it when its text is more than twice as long and 50 words longer"
	repeatTextID  = "a store keeps the first record of a text and skips the other"
)

// seenIDs finds the records of one JSON Lines input that repeat an
// earlier record's article id: its own "id" given twice, or one url or
// one text twice (the id computed from them). One id is one article: a
// store keeps the first record of an id and skips the next (it fails
// one whose own id comes with another text), and dyad code codes the
// first alone.
// The first repeat is warned of as it is read, naming both lines and the
// id; the others are counted and said once, at the end (warn). It holds
// a 64-bit hash of each id and its line, no more.
type seenIDs struct {
	line       map[uint64]int // the first line of each id
	more, last int            // repeats after the first, the last one's line
}

// add checks the article a of the record on line n, its id given by the
// record when given, and warns through warn (when not nil) of the first
// repeat: "in.jsonl:3: id "a1" is line 1's too: …".
func (s *seenIDs) add(name string, n int, a *dyad.Article, given bool, warn func(string)) {
	if warn == nil {
		return
	}
	if s.line == nil {
		s.line = map[uint64]int{}
	}
	h := fnv.New64a()
	h.Write([]byte(a.ID))
	key := h.Sum64()
	first, ok := s.line[key]
	if !ok {
		if len(s.line) < maxSeenIDs {
			s.line[key] = n
		}
		return
	}
	if s.last != 0 {
		s.more, s.last = s.more+1, n
		return
	}
	s.last = n
	id := fmt.Sprintf("id %q", a.ID)
	store := repeatGivenID
	switch {
	case given:
	case a.URL != "":
		id = fmt.Sprintf("article id %s (its url's, %s)", a.ID, a.URL)
		store = repeatURLID
	default:
		id = fmt.Sprintf("article id %s (its text's: the same text)", a.ID)
		store = repeatTextID
	}
	warn(fmt.Sprintf("%s:%d: %s is line %d's too: two records, one article id (%s; dyad code codes the first)", name, n, id, first, store))
}

// finish finishes a, the record of line n of the JSON Lines input name
// (at is "name:n"), as Read and EachJSONL finish each record, and notes
// its article id, warning of a repeat (add). It never gives a the URL a
// JSON Lines file was fetched from (opt.URL): each record is an article
// of its own, whose id is its url's or its text's; with the file's URL
// they had one id.
func (s *seenIDs) finish(a *dyad.Article, name, at string, n int, opt Options) {
	lopt := opt
	lopt.URL = ""
	given := a.ID != ""
	finish(a, at, lopt)
	s.add(name, n, a, given, opt.Warn)
}

// warn gives warn the count of the repeats after the first, when there
// are any: "in.jsonl: 4 more records repeat an earlier record's article
// id (the last at line 12)".
func (s *seenIDs) warn(name string, warn func(string)) {
	if s.more == 0 || warn == nil {
		return
	}
	rec := "records repeat"
	if s.more == 1 {
		rec = "record repeats"
	}
	warn(fmt.Sprintf("%s: %d more %s an earlier record's article id (the last at line %d)", name, s.more, rec, s.last))
}
