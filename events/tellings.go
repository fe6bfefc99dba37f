package events

// Further tellings of one event: a later sentence's repeat folded into the
// first telling as a mention, and the denial of an act an earlier sentence
// alleged.

import (
	"github.com/dyad-events/dyad"
)

// mentionOf returns e as a further telling of an event: its sentence,
// evidence and reporter, and its own source and target (copies), which
// ownTellingWords keeps only where the event's words do not find them.
func mentionOf(e *dyad.Event) dyad.Mention {
	return dyad.Mention{Sentence: e.Sentence, Evidence: e.Evidence, ReportedBy: e.ReportedBy, Source: e.Source.Copy(), Target: e.Target.Copy()}
}

// ownTellingWords settles the actors of each further telling of evs (Also)
// that has its own (mentionOf) of the event's codes: none (nil, as
// dyad.Mention says) where the event's words stand in the telling's
// sentence just where its own do (dyad.LocateActor, as the store's
// tellings locate them), else the event's actors with the telling's own
// words and spans. "Russia shells Ukraine's second city" (the record)
// told again by "Russia shelled Kharkiv on Monday": the telling's target
// is UKR "Kharkiv" [15,22], where "Ukraine" is not in the sentence and
// gave no words (the GDELT mentions row's Actor2CharOffset -1). A telling
// whose actors' codes differ (a broader or headline telling folded in,
// foldedInto) keeps its own.
func ownTellingWords(evs []dyad.Event) {
	for i := range evs {
		e := &evs[i]
		for k := range e.Also {
			m := &e.Also[k]
			if m.Source == nil && m.Target == nil || !sameActor(m.Source, e.Source) || !sameActor(m.Target, e.Target) {
				continue
			}
			if sameWords(dyad.LocateActor(e.Source, m.Evidence.Text), m.Source) && sameWords(dyad.LocateActor(e.Target, m.Evidence.Text), m.Target) {
				m.Source, m.Target = nil, nil
				continue
			}
			m.Source, m.Target = ownWords(e.Source, m.Source), ownWords(e.Target, m.Target)
		}
	}
}

// sameWords reports a and b with the same text and span, or both none.
func sameWords(a, b *dyad.Actor) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Text == b.Text && a.Span == b.Span
}

// ownWords returns a copy of a with own's text and span (nil for nil a).
func ownWords(a, own *dyad.Actor) *dyad.Actor {
	c := a.Copy()
	if c != nil && own != nil {
		c.Text, c.Span = own.Text, own.Span
	}
	return c
}

// foldedInto returns g and its further tellings (g.Also) as mentions of
// the event e that g folds into (foldBroader, foldTitle). When g's source
// or target differs in code from e's (g names them less specifically:
// RUS for RUSMIL), each mention keeps the actors its own sentence names
// (dyad.Mention.Source and Target): g's for g's, g's located in the
// sentence for each of g's further tellings that has none of its own.
func foldedInto(e, g *dyad.Event) []dyad.Mention {
	out := append([]dyad.Mention{mentionOf(g)}, g.Also...)
	if sameActor(g.Source, e.Source) && sameActor(g.Target, e.Target) {
		return out
	}
	out[0].Source, out[0].Target = g.Source, g.Target
	for k := 1; k < len(out); k++ {
		if m := &out[k]; m.Source == nil && m.Target == nil {
			m.Source, m.Target = dyad.LocateActor(g.Source, m.Evidence.Text), dyad.LocateActor(g.Target, m.Evidence.Text)
		}
	}
	return out
}

// sameTelling reports that two tellings of one date, source, target and
// code, of statuses a and b, are one event: only when the statuses are
// the same. An act asserted and the same act denied, negated, alleged,
// planned (future) or supposed (hypothetical) are different claims about
// the world, and a user counting or filtering by status must see each;
// none is a mention of another (as in the stores: sqlite.EventStory). An
// act alleged in one sentence and denied in answer by the next
// (denyEarlier) becomes denied, and then takes further denied tellings.
func sameTelling(a, b dyad.Status) bool {
	return a == b
}

// denyEarlier marks denied the acts an earlier sentence alleged when
// denial d answers that sentence's accusation: "Pakistan accused India of
// sponsoring the attack. India denied the accusation." (CODING.md: "the act
// becomes denied"; within one sentence the scope rules do it).
func denyEarlier(out []dyad.Event, d dyad.Event) {
	if d.Source == nil || d.Target == nil {
		return
	}
	accused := map[int]bool{} // sentences where d's target accused d's source
	for _, e := range out {
		if e.CAMEO == "112" && e.Sentence < d.Sentence && e.Source != nil && e.Target != nil &&
			e.Source.Country == d.Target.Country && e.Target.Country == d.Source.Country {
			accused[e.Sentence] = true
		}
	}
	for i := range out {
		if e := &out[i]; accused[e.Sentence] && e.Status == dyad.Alleged && e.Source != nil && e.Source.Country == d.Source.Country {
			e.Status = dyad.Denied
		}
	}
}
