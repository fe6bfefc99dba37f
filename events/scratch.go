package events

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// scratch holds the per-token buffers of one sentence's analysis, reused
// from sentence to sentence of an article (an articleCtx belongs to one
// goroutine) instead of allocated anew for each: allocating and
// collecting them was a fifth of coding's CPU. Nothing in them outlives
// the sentence: what is kept (mentions, events) is copied out.
type scratch struct {
	at           []int
	isDate       []bool
	scopeStatus  []dyad.Status
	scopeSubj    [][]actors.Mention
	scopeAccuser [][]actors.Mention
	inClaim      []claimKind
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
