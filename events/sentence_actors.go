package events

// Actors: the resolved actor mentions of each sentence, as the coder sees
// them.

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/sentences"
)

// SentenceActors is the actor mentions of one sentence as the coder sees
// them: dictionary matches, assembled noun phrases and coreference
// resolved.
type SentenceActors struct {
	Sentence dyad.Sentence
	Mentions []actors.Mention
}

// Actors returns the resolved actor mentions of every sentence of a, in
// order; it is what Code attaches to events, exposed for evaluation and
// tools. Modifier mentions ("US goods") are included with Modifier set.
func (c *Coder) Actors(a *dyad.Article) []SentenceActors {
	ctx := newContext(c, a)
	var out []SentenceActors
	sentences.Each(a, c.lex, func(s *dyad.Sentence) {
		st := c.analyse(ctx, s)
		out = append(out, SentenceActors{Sentence: *s, Mentions: st.ments})
		c.remember(ctx, st)
	})
	return out
}
