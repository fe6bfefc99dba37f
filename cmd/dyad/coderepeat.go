package main

import (
	"crypto/sha256"
	"fmt"
	"strconv"
	"strings"

	"github.com/dyad-events/dyad"
)

// maxCodeRepeats is how many articles' ids and texts a dyad code run's
// repeat check (codeRepeats) remembers at most, about 50 MiB with their
// input names: a repeat of an article read after them is coded again
// (a JSON Lines record's repeated id is still said by its reader).
const maxCodeRepeats = 1 << 18

// codeRepeats remembers the articles one dyad code run has coded, by id
// and by text, so that an article given again in the run (a feed listing
// one item twice, the same story at two addresses, one file named twice)
// is coded once, as dyad ingest stores it once. It holds 16-byte hashes
// and the first input's name, not texts. The first repeat of each input
// is warned of at once, the others counted for one warning as the input
// ends (more). The zero value is not ready: use newCodeRepeats.
type codeRepeats struct {
	byID   map[[16]byte]seenArticle // article id → where it was first read
	byText map[[16]byte]seenArticle // title, body and date → where
	said   map[string]*repeatCount  // input → its repeats after the first warned of
}

// seenArticle is where an article was first read, and its text's hash.
type seenArticle struct {
	name string
	text [16]byte
}

// repeatCount counts an input's repeats after its first one.
type repeatCount struct {
	more int
	last string
}

func newCodeRepeats() *codeRepeats {
	return &codeRepeats{byID: map[[16]byte]seenArticle{}, byText: map[[16]byte]seenArticle{}, said: map[string]*repeatCount{}}
}

func hash16(parts ...string) [16]byte {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	var k [16]byte
	copy(k[:], h.Sum(nil))
	return k
}

// check reports whether a, read from input (as the user named it), was
// read before in the run: by its id, or by its headline, text and
// publication date. A
// repeat's warning, without "dyad: warning: ", is "" after the input's
// first (counted for more), and for a JSON Lines record repeating the id
// of an earlier record of its file (the reader warned of it); else
// "feed.rss item 2: a repeat of feed.rss item 1 (the same address,
// https://example.org/a): not coded again", "b.txt: a repeat of a.txt
// (the same text, id 9542416b305c7746): not coded again", "c.jsonl:4: a
// repeat of c.jsonl:3 (the same id, a2, with another text): not coded"
// or "b.rss item 1: the same headline and text as a.rss item 3: not
// coded again".
func (r *codeRepeats) check(a *dyad.Article, input string) (msg string, repeat bool) {
	name := a.InputName()
	if name == "" {
		name = input
	}
	// (the date too: one text under two dates is two articles, as its
	// id without a url says, and a store keeps both)
	text := hash16(a.Title, strings.Join(a.Body, "\n"), a.Published)
	if a.ID != "" {
		id := hash16(a.ID)
		if first, ok := r.byID[id]; ok {
			if jsonlRecord(a, input) && strings.HasPrefix(first.name, input+":") {
				return "", true // (said by the reader: article.seenIDs)
			}
			var same string
			switch {
			case first.text != text:
				same = "the same id, " + a.ID + ", with another text): not coded"
			case a.URL != "":
				same = "the same address, " + a.URL + "): not coded again"
			default:
				same = "the same text, id " + a.ID + "): not coded again"
			}
			return r.say(input, name, fmt.Sprintf("%s: a repeat of %s (%s", name, first.name, same)), true
		}
		if len(r.byID) < maxCodeRepeats {
			r.byID[id] = seenArticle{name, text}
		}
	}
	if first, ok := r.byText[text]; ok {
		return r.say(input, name, fmt.Sprintf("%s: the same headline and text as %s: not coded again", name, first.name)), true
	}
	if len(r.byText) < maxCodeRepeats {
		r.byText[text] = seenArticle{name, text}
	}
	return "", false
}

// say returns msg for the input's first repeat, "" for the others,
// counted.
func (r *codeRepeats) say(input, name, msg string) string {
	if c, ok := r.said[input]; ok {
		c.more, c.last = c.more+1, name
		return ""
	}
	r.said[input] = &repeatCount{}
	return msg
}

// more is the warning, as the input ends (called once an input), of its repeats after the first
// ("feed.rss: 3 more repeats of articles read before were not coded (the
// last feed.rss item 9)"), "" when there were none.
func (r *codeRepeats) more(input string) string {
	c, ok := r.said[input]
	delete(r.said, input) // (the input named again starts afresh)
	if !ok || c.more == 0 {
		return ""
	}
	what := "more repeats of articles read before were"
	if c.more == 1 {
		what = "more repeat of an article read before was"
	}
	return fmt.Sprintf("%s: %d %s not coded (the last %s)", input, c.more, what, c.last)
}

// jsonlRecord reports an article read as a record of the JSON Lines
// input named input: its Input is "input:LINE".
func jsonlRecord(a *dyad.Article, input string) bool {
	n, ok := strings.CutPrefix(a.Input, input+":")
	if !ok || a.Item != 0 {
		return false
	}
	_, err := strconv.Atoi(n)
	return err == nil
}
