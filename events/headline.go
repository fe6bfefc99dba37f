package events

// A story's headline and its body tell the same news: foldTitle folds each
// event of the headline into the same event told in the body (same code
// and status, actors no more specific, the same news date), so that a
// story is not counted twice, and makes the headline the primary telling
// when its actors are the body's.

import (
	"time"

	"github.com/dyad-events/dyad"
)

// foldTitle folds each event of the headline (sentence -1) into the same
// event told in the body, so that a story is not counted twice: same
// CAMEO code, or one the headline's names less specifically on a day
// before the headline's publication date ("Israel strikes Hezbollah" 190
// folds into "Israeli warplanes struck Hezbollah positions on Monday"
// 195 when no body event has 190: coversCode; the body's telling stays
// the primary one, its words showing its code), and status, the headline's actors the same as the body's or
// less specific ("Russia, China seal pact" RUS 057 CHN and "Russian
// President … and Chinese President … signed" RUSGOV 057 CHNGOV), a
// headline with no target matching any, and the same date (a headline
// dated only by its publication matches a body event of the three days
// before, a day's time zone after). One event stays, with the body's
// codes, date and place (what the body states more precisely). Its
// primary evidence is the earliest telling that shows every actor of the
// record as coded, so that the record's spans index its evidence: the
// headline when its source and target have the body event's codes and
// the body names no reporter the headline lacks (headlineFirst), the body
// sentence else (a headline with a less specific actor, "Russia", cannot
// show the RUSGOV the body names, nor one with no target the target, nor
// "Azerbaijani troops shell Armenian village" the ministry that said
// so); the other telling goes to Also, a headline naming the actors less
// specifically with its own actors (foldedInto). A
// headline event with no such body event stays. events is in sentence
// order and is returned shortened in place.
func foldTitle(events []dyad.Event) []dyad.Event {
	drop := 0
	for i := range events {
		t := &events[i]
		if t.Sentence != -1 {
			continue
		}
		// the body event of the headline's code, else the first of a
		// code it names less specifically ("Israel strikes Hezbollah"
		// 190, "Israeli warplanes struck Hezbollah positions" 195) on
		// another day than the headline's: a headline dated only by
		// its publication is then a false event of that day, where on
		// one day the two codes are both true of it (and both counted
		// right by the judges: "Blair 'pressing US on climate'" 020,
		// "Tony Blair is pressing the US to cut greenhouse gases" 022)
		var b *dyad.Event
		for _, exact := range []bool{true, false} {
			for j := range events {
				e := &events[j]
				if e.Sentence < 0 || e.CAMEO != t.CAMEO && (exact || !coversCode(t.CAMEO, e.CAMEO) || e.Date == t.Date) || e.Status != t.Status ||
					!sameNews(t, e) ||
					!covers(t.Source, e.Source) || t.Target != nil && !covers(t.Target, e.Target) {
					continue
				}
				b = e
				break
			}
			if b != nil {
				break
			}
		}
		if b != nil {
			also := foldedInto(b, t) // with the headline's own actors when less specific
			if t.CAMEO == b.CAMEO && sameActor(t.Source, b.Source) && sameActor(t.Target, b.Target) && (b.ReportedBy == nil || sameActor(t.ReportedBy, b.ReportedBy)) {
				also = headlineFirst(t, b) // (the headline's Also: body sentences after b's)
			}
			for _, m := range also {
				if m.Sentence != b.Sentence && !hasMention(b.Also, m.Sentence) {
					b.Also = append(b.Also, m)
				}
			}
			t.Sentence = -2 // folded
			drop++
		}
	}
	if drop == 0 {
		return events
	}
	out := events[:0]
	for _, e := range events {
		if e.Sentence != -2 {
			out = append(out, e)
		}
	}
	return out
}

// headlineFirst makes the headline event t the primary telling of the
// body event b it folds into, their actors having the same codes: b takes
// t's sentence, evidence, id, actors and reporter (whose text and spans
// index the headline; b had no reporter or one of the same code), keeps
// its own date, place and code and the higher confidence of the two. It
// returns the mentions still to add to b's Also (t's), b's own sentence
// now opening it.
func headlineFirst(t, b *dyad.Event) []dyad.Mention {
	b.Also = append([]dyad.Mention{mentionOf(b)}, b.Also...)
	b.ID, b.Sentence, b.Evidence = t.ID, t.Sentence, t.Evidence
	b.Source, b.Target, b.ReportedBy = t.Source, t.Target, t.ReportedBy
	b.Confidence = max(b.Confidence, t.Confidence)
	return t.Also
}

// sameActor reports a and b of one code, or both none.
func sameActor(a, b *dyad.Actor) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Code == b.Code
}

// covers reports that actor t names b or less specifically: the same
// code, or t is b's country alone (RUS covers RUSGOV, not UKRGOV).
func covers(t, b *dyad.Actor) bool {
	if t == nil || b == nil {
		return t == b
	}
	return t.Code == b.Code || len(t.Sectors) == 0 && t.Country != "" && t.Country == b.Country && t.Code == t.Country
}

// coversCode reports that CAMEO code t names b less specifically: its
// root's unspecified code ("190" covers "195" and "1951"), or b's parent
// ("042" covers "0421").
func coversCode(t, b string) bool {
	if len(t) != 3 || len(b) < 3 || t == b {
		return false
	}
	if t[2] == '0' && b[:2] == t[:2] {
		return true
	}
	return len(b) == 4 && b[:3] == t
}

// hasMention reports a mention of sentence s in ms.
func hasMention(ms []dyad.Mention, s int) bool {
	for _, m := range ms {
		if m.Sentence == s {
			return true
		}
	}
	return false
}

// sameNews reports the headline event t and body event b as of one date:
// equal, or t's is the publication date and b's day lies at most three
// days before it or one after.
func sameNews(t, b *dyad.Event) bool {
	if b.Date == t.Date {
		return true
	}
	if t.DateFrom != "published" || t.DatePrecision != "day" || b.DatePrecision != "day" {
		return false
	}
	td, err1 := time.Parse("2006-01-02", t.Date)
	bd, err2 := time.Parse("2006-01-02", b.Date)
	if err1 != nil || err2 != nil {
		return false
	}
	d := td.Sub(bd).Hours() / 24
	return d >= -1 && d <= 3
}
