package events

// One event told several ways in an article: a telling that names the
// actors or the act less specifically than another of the same date and
// status folds into it.

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// foldBroader folds each body event into another of the article that
// tells the same act more specifically, so that one shelling told as
// "Russia shelled Kharkiv on Monday" (RUS 194 UKR) and "Russian forces
// shelled Kharkiv on Monday" (RUSMIL 194 UKR) is one event. Two events
// of different body sentences are one when they have the same date and
// status, do not name different places (own returns the place a
// sentence itself named, "" for none), and one of them, the broader, is
// no more specific than the other in source, target and code alike: each
// actor the same code or the other's country alone (covers: RUS for
// RUSMIL, USA for USAGOV; never RUSGOV for RUSMIL, nor another country;
// no target only for no target, save a show of force: flownOverLess),
// and the same CAMEO code or an ancestor
// of the other's in CAMEO's tree (190 for 194 or 1951, 040 for 046;
// never a sibling, 193 for 194). An event broader in one field and
// narrower in another (RUS 194 UKR and RUSMIL 190 UKR) is not folded,
// since no one telling shows the record's codes.
//
// Found by review to join different acts, it folds only tellings of a
// known date at most maxFoldGap sentences apart, neither of which marks
// itself as another act ("also", "separately", "again": anotherAct), and
// a direction of a mutual act its sentence codes both ways only into
// another such direction (mutualHalf: "Russia and Ukraine exchanged
// fire" does not fold half into "Russian troops shelled Ukrainian
// positions").
//
// The narrower event stays, with its own sentence, evidence, actors,
// reporter, place and id (so its spans index its evidence); the broader
// one and its further tellings join its Also (each with its own reporter,
// none where that is the record's source, and its own actors where they
// differ in code: foldedInto), in sentence order, one a sentence (e's
// own where both tell it), however many. The event
// takes the higher confidence of the two and date_from "text" when either
// sentence dated it. Where a broader event could join two narrower ones,
// it joins the first in sentence order. An event with no narrower
// telling is left as it is. events is in sentence order and is returned
// shortened in place, still in sentence order.
func foldBroader(events []dyad.Event, own func(*dyad.Location) string) []dyad.Event {
	gone := make([]bool, len(events))
	n := 0
	for j := range events {
		for i := 0; i < j && !gone[j]; i++ {
			if gone[i] {
				continue
			}
			a, b := &events[i], &events[j]
			if a.Sentence < 0 || b.Sentence < 0 || a.Sentence == b.Sentence || a.Date == "" || a.Date != b.Date || !sameTelling(a.Status, b.Status) {
				continue // an undated act is no act of a known day
			}
			if b.Sentence-a.Sentence > maxFoldGap || a.Sentence-b.Sentence > maxFoldGap {
				continue // far apart: most often two acts of one kind
			}
			if anotherAct(a) || anotherAct(b) || mutualHalf(events, a) != mutualHalf(events, b) {
				continue
			}
			if pa, pb := own(a.Location), own(b.Location); pa != "" && pb != "" && pa != pb {
				continue // "shelled Kharkiv …", "shelled Odesa …": two strikes
			}
			switch {
			case broader(a, b):
				foldInto(b, a)
				gone[i] = true
			case broader(b, a):
				foldInto(a, b)
				gone[j] = true
			default:
				continue
			}
			n++
		}
	}
	if n == 0 {
		return events
	}
	return withoutGone(events, gone)
}

// broader reports that g tells e's act no more specifically than e does,
// in source, target and CAMEO code (see foldBroader).
func broader(g, e *dyad.Event) bool {
	return covers(g.Source, e.Source) && (covers(g.Target, e.Target) || flownOverLess(g, e)) && cameoAncestor(g.CAMEO, e.CAMEO)
}

// flownOverLess reports a show of force (root 15) told without a target
// (g) and with one (e): the state a launch flew over is named in one
// telling only ("fired a ballistic missile over Japan", "fired a missile
// on Wednesday, Japan's defence ministry said": one launch,
// targets_overflight.go). Other roots keep "no target only for no
// target".
func flownOverLess(g, e *dyad.Event) bool {
	return g.Target == nil && e.Target != nil && g.CAMEORoot == "15" && e.CAMEORoot == "15"
}

// cameoAncestor reports that code a is code b or one of its ancestors in
// CAMEO's tree, where a four-digit code's parent is its three-digit base
// ("195" for "1951") and a three-digit code's its root's "not specified"
// code ("190" for "195"): "190" is an ancestor of "1951" too.
func cameoAncestor(a, b string) bool {
	for b != "" {
		if a == b {
			return true
		}
		switch {
		case len(b) == 4:
			b = b[:3]
		case len(b) == 3 && b[2] != '0':
			b = b[:2] + "0"
		default:
			b = ""
		}
	}
	return false
}

// foldInto folds the broader event g into e (foldBroader).
func foldInto(e, g *dyad.Event) {
	// e's own tellings first, so that where both tell a sentence e's
	// (the narrower) is the one kept: one mention a sentence
	also := append(slices.Clip(e.Also), foldedInto(e, g)...)
	also = slices.DeleteFunc(also, func(m dyad.Mention) bool { return m.Sentence == e.Sentence })
	slices.SortStableFunc(also, func(x, y dyad.Mention) int { return x.Sentence - y.Sentence })
	e.Also = slices.CompactFunc(also, func(x, y dyad.Mention) bool { return x.Sentence == y.Sentence })
	for k := range e.Also {
		if r := e.Also[k].ReportedBy; r != nil && e.Source != nil && r.Code == e.Source.Code {
			e.Also[k].ReportedBy = nil // the record's source telling its own act
		}
	}
	e.Confidence = max(e.Confidence, g.Confidence)
	if g.DateFrom == "text" {
		e.DateFrom = "text"
	}
}

// maxFoldGap is how many sentences apart two tellings foldBroader joins
// may be.
const maxFoldGap = 3

// anotherAct reports that e's sentence marks its act as one more of its
// kind, not a retelling ("also", "separately", "in a separate
// statement", "another", "again", "second", "further").
func anotherAct(e *dyad.Event) bool {
	s := e.Evidence.Text
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		j := i + n // the word is s[i:j], a run of letters
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) {
				break
			}
			j += n
		}
		for _, w := range [...]string{"also", "separately", "separate", "another", "again", "second", "further"} {
			if j-i == len(w) && hasPrefixFold(s[i:j], w) { // (scratch.go)
				return true
			}
		}
		i = j
	}
	return false
}

// mutualHalf reports that e is one direction of an act its sentence
// codes both ways (the same code with source and target swapped).
func mutualHalf(events []dyad.Event, e *dyad.Event) bool {
	if e.Source == nil || e.Target == nil {
		return false
	}
	for k := range events {
		o := &events[k]
		if o != e && o.Sentence == e.Sentence && o.CAMEO == e.CAMEO && o.Source != nil && o.Target != nil &&
			o.Source.Code == e.Target.Code && o.Target.Code == e.Source.Code {
			return true
		}
	}
	return false
}

// withoutGone returns events less those marked in gone (same length), in
// order, reusing events' array.
func withoutGone(events []dyad.Event, gone []bool) []dyad.Event {
	out := events[:0]
	for k := range events {
		if !gone[k] {
			out = append(out, events[k])
		}
	}
	return out
}
