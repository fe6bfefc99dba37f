package events

import (
	"sync"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/sentences"
)

// scratch holds the per-token buffers of one sentence's analysis, reused
// from sentence to sentence and article to article (an articleCtx, and
// the scratch it holds, belongs to one goroutine) instead of allocated
// anew for each: allocating and collecting them was a fifth of coding's
// CPU. Nothing in them outlives the sentence: what is kept (mentions,
// events) is copied out.
type scratch struct {
	sents        sentences.Buffer // the tokens
	at           []int
	isDate       []bool
	scopeStatus  []dyad.Status
	scopeSubj    [][]actors.Mention
	scopeAccuser [][]actors.Mention
	inClaim      []claimKind
	named        []string         // resolveMentions' states named in the sentence
	reporters    []string         // resolveMentions' reporting officials' states
	covered      []bool           // resolveReferences' tokens inside a mention
	raw          []actors.Mention // analyse's copy of the matcher's mentions (sentence.raw)
	agent        unknownAgent     // resolveAgent's state, cleared after each use
	sent         sentence         // analyse's sentence, when the coder does not explain
}

// zeroed returns (*buf)[:n] cleared, growing *buf when it is too short.
func zeroed[T any](buf *[]T, n int) []T {
	if cap(*buf) < n {
		*buf = make([]T, n, max(n, 2*cap(*buf)))
		return *buf
	}
	s := (*buf)[:n]
	clear(s)
	return s
}

// scratchPool recycles scratch values between the articles a Coder codes,
// on whatever goroutines call it.
type scratchPool struct{ p sync.Pool }

func (sp *scratchPool) get() *scratch {
	if b, ok := sp.p.Get().(*scratch); ok {
		return b
	}
	return new(scratch)
}

func (sp *scratchPool) put(b *scratch) {
	b.sent = sentence{} // (the last sentence's tokens and mentions are not kept alive in the pool)
	sp.p.Put(b)
}

// hasPrefixFold reports whether s starts with the lower-case ASCII prefix,
// ASCII letters compared without case, without allocating. It is
// strings.HasPrefix(strings.ToLower(s), prefix) except for the non-ASCII
// runes whose lower case is an ASCII letter ('İ' → 'i', the Kelvin sign →
// 'k'), which take more bytes than the letter: oldYear's length test
// rejects those words either way.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// wordSig is one of 64 bits chosen by a word's length and first and last
// bytes: equal words have equal bits, so a pattern slot's OR of its
// words' bits rules out, with one AND, most tokens that are none of them.
func wordSig(w string) uint64 {
	if w == "" {
		return 1
	}
	return 1 << ((uint(len(w))*31 + uint(w[0])*7 + uint(w[len(w)-1])) & 63)
}
