package main

import (
	"crypto/sha256"
	"fmt"
	"strings"

	"github.com/dyad-events/dyad"
)

// codeRepeats remembers the articles one dyad code run has coded, by id
// and by text, so that an article given again in the run (a feed listing
// one item twice, the same story at two addresses, one file named twice)
// is coded once, as dyad ingest stores it once. It holds ids and 32-byte
// text hashes, not texts. The zero value is not ready: use newCodeRepeats.
type codeRepeats struct {
	byID   map[string]string   // article id → the input name it was first read from
	byText map[[32]byte]string // hash of title and body → the input name
}

func newCodeRepeats() *codeRepeats {
	return &codeRepeats{byID: map[string]string{}, byText: map[[32]byte]string{}}
}

// check returns "" for an article not seen before in the run (and
// remembers it), else the warning, without "dyad: warning: ", that it is
// not coded again: "feed.rss item 2: a repeat of feed.rss item 1 (the same
// address, https://example.org/a): not coded again" or "b.txt: the same
// text as a.txt: not coded again". input names the article's input when
// the article names none.
func (r *codeRepeats) check(a *dyad.Article, input string) string {
	name := a.InputName()
	if name == "" {
		name = input
	}
	if first, ok := r.byID[a.ID]; ok && a.ID != "" {
		same := "the same text, id " + a.ID
		if a.URL != "" {
			same = "the same address, " + a.URL
		}
		return fmt.Sprintf("%s: a repeat of %s (%s): not coded again", name, first, same)
	}
	h := sha256.New()
	h.Write([]byte(a.Title))
	h.Write([]byte{0})
	h.Write([]byte(strings.Join(a.Body, "\n")))
	var key [32]byte
	copy(key[:], h.Sum(nil))
	if first, ok := r.byText[key]; ok {
		return fmt.Sprintf("%s: the same text as %s: not coded again", name, first)
	}
	if a.ID != "" {
		r.byID[a.ID] = name
	}
	r.byText[key] = name
	return ""
}
