package events

// Explain: the candidate events the coder set aside, and why (Drop and its
// reasons).

import (
	"context"
	"strings"

	"github.com/dyad-events/dyad"
)

// OffTopic reports whether a is an article the coder sets aside whole
// (sport, entertainment, obituaries, weather, markets: WhyOffTopic), of
// which Code gives no event.
func (c *Coder) OffTopic(a *dyad.Article) bool { return c.topics.discard(a) }

// Explain codes a like Code and also returns the candidate events the
// coder matched and then set aside, with the reason: what to read when a
// sentence gives no event or not the one expected. Drops are in sentence
// order; an article set aside whole gives one Drop with Sentence -2.
func (c *Coder) Explain(a *dyad.Article) ([]dyad.Event, []Drop) {
	var drops []Drop
	evs := c.code(a, &drops, nil)
	return evs, drops
}

// ExplainContext is Explain stopping when ctx is done, as CodeContext is
// Code: ctx is checked before each sentence and, once it is done, no
// events, no drops and ctx.Err() are returned (dyad code --why stops
// within a sentence of a Ctrl-C, not at the end of a 20 MB article).
// While ctx stays live its results are Explain's, with a nil error.
func (c *Coder) ExplainContext(ctx context.Context, a *dyad.Article) ([]dyad.Event, []Drop, error) {
	var drops []Drop
	evs, err := c.codeUntil(ctx, a, &drops, nil, nil)
	if err != nil {
		return nil, nil, err
	}
	return evs, drops, nil
}

// A Drop is a candidate event set aside by the coder or, with Reason
// WhyRecoded, one whose code a refinement step replaced (the candidate is
// kept, under its new code, and may be set aside later for another
// reason).
type Drop struct {
	Sentence int    // as Event.Sentence (-1 the title, -2 the whole article)
	Text     string // the sentence ("" for the whole article)
	Verb     string // the matched word ("" for a whole sentence or article)
	// CAMEO is the candidate's code when set aside, else its pattern's
	// ("" for a whole sentence or article)
	CAMEO string
	// Reason is one of the Why* constants.
	Reason string
	// Step names the refinement step (one of the rules codeSentence runs
	// on each candidate: "lexFamily", "refine", …) that cleared the code,
	// for WhyNoCode ("" when the code was gone before those steps), or
	// replaced it, for WhyRecoded; "" for other reasons. Refinement says
	// what the step did.
	Step string
	// StepDoes says in a few words what Step reads ("a figurative use of
	// a verb of force, or aid at home"), as the step's call gives it; ""
	// when Step is.
	StepDoes string
	// Was is the code Step cleared or replaced (CAMEO, for WhyRecoded, is
	// the code it gave; for WhyNoCode the pattern's).
	Was string
}

// Reasons a candidate event is set aside (Drop.Reason).
const (
	WhyOffTopic     = "article set aside (sport, entertainment, obituary, weather, markets)"
	WhyOffSentence  = "sentence set aside (a sports result or market report)"
	WhyNotEvent     = "not an event in this use (noun sense, background phrase, idiom)"
	WhyNoSource     = "no source found"
	WhyNoActor      = "no actor named in the sentence"
	WhyMerged       = "folded into another event of the sentence"
	WhyScreened     = "screened (modal scope, background, idiom)"
	WhyNoCode       = "no code left after refinement"
	WhyRecoded      = "code replaced by a refinement step" // (not set aside: Drop.Step)
	WhyElaboration  = "a toll, consequence or elaboration of another event"
	WhyHypothetical = "hypothetical"
	WhyQuestion     = "a question, not an assertion"
	WhyNoTarget     = "no target, and the pattern needs one"
	WhyUnaimed      = "no target found for an act always done to someone (attack, accusation, aid, seizure)"
	WhySelfTarget   = "its only target is its own source"
	WhyHistory      = "history: dated two or more years back"
	WhyFormer       = "a past office holder's act told as background"
	WhyBusiness     = "business news: a company's act with no state or group as target"
	WhyCaption      = "a photo caption or gallery slide run into the text"
	WhyRepeated     = "the same sentence, word for word, told earlier in the article"
)

// lostSince records, when the coder explains, the hits live in was (a
// snapshot of live; nil for none) and no longer live now, with reason
// why, and returns a new snapshot (nil when not explaining).
func (ctx *articleCtx) lostSince(st *sentence, hits []verbHit, live, was []bool, why string) []bool {
	if ctx.drops == nil {
		return nil
	}
	for k := range was {
		if was[k] && !live[k] {
			ctx.drop(st, &hits[k], why)
		}
	}
	return append([]bool(nil), live...)
}

// drop records h as set aside when the coder explains (Explain).
func (ctx *articleCtx) drop(st *sentence, h *verbHit, why string) {
	if ctx.drops == nil {
		return
	}
	if why == WhyNoSource && len(st.ments) == 0 {
		why = WhyNoActor // (most of what a corpus sets aside: "the raids violated international law")
	}
	d := Drop{Sentence: st.s.Index, Text: st.s.Text, Reason: why}
	if h != nil {
		d.Verb, d.CAMEO = st.toks[h.head].Text, h.code
		if d.CAMEO == "" {
			d.CAMEO = h.p.Code // (the pattern's, when refinement left none)
		}
	}
	*ctx.drops = append(*ctx.drops, d)
}

// dropEvent records e, an event of st coded and then set aside, as
// set aside for why when the coder explains (Explain); the matched word
// is the first of the event's verb phrase.
func (ctx *articleCtx) dropEvent(st *sentence, e dyad.Event, why string) {
	if ctx.drops == nil {
		return
	}
	verb, _, _ := strings.Cut(e.Evidence.Verb, " ")
	*ctx.drops = append(*ctx.drops, Drop{Sentence: st.s.Index, Text: st.s.Text, Verb: verb, CAMEO: e.CAMEO, Reason: why})
}
