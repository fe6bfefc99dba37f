package events

// Building the event records: dyads, dates, places, confidence and ids.

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// expand turns a hit into events: one per source × target, both
// directions for mutual verbs between two parties, one per participant
// (no target) for three or more.
func (c *Coder) expand(ctx *articleCtx, st *sentence, h *verbHit) []dyad.Event {
	var out []dyad.Event
	add := func(src, tgt *actors.Mention) {
		if bareRole(src) {
			return // "President Reagan denied" with Reagan unknown: whose president is unknown
		}
		if tgt != nil && bareRole(tgt) {
			tgt = nil
		}
		if tgt != nil && src.Code == tgt.Code {
			if len(h.target) != 1 || len(h.source) != 1 || h.p.has(flagMutual) || cameo.Root(h.code) != "01" {
				return
			}
			tgt = nil // "Japan lowered its flags in memory of former prime minister Abe": no target, still an act
		}
		out = append(out, c.event(ctx, st, h, src, tgt))
	}
	srcs, tgts := h.source, h.target
	if r := cameo.Root(h.code); (r == "15" || r == "18" || r == "19" || r == "20") && len(srcs) > 0 && h.status == dyad.Asserted {
		f := srcs[0]
		ctx.lastForce = &f
	}
	if len(tgts) == 0 && len(srcs) == 2 && (eachOther(st.toks, h.end) || h.code == "196") {
		// "A and B violated the truce": each against the other
		// "accused each other", "shelled each other's positions"
		add(&srcs[0], &srcs[1])
		add(&srcs[1], &srcs[0])
		return out
	}
	if h.p.has(flagMutual) && !h.p.has(flagAgreed) && len(tgts) > 0 && len(srcs) >= 2 && cameo.Root(h.code) != "05" {
		// "the Philippines and Japan will hold an exercise with the United
		// States": three or more participants, one event each
		for k := range srcs {
			add(&srcs[k], nil)
		}
		for k := range tgts {
			add(&tgts[k], nil)
		}
		return out
	}
	if h.p.has(flagMutual) && len(tgts) == 0 {
		switch {
		case len(srcs) == 2:
			add(&srcs[0], &srcs[1])
			add(&srcs[1], &srcs[0])
			return out
		case len(srcs) > 2:
			for k := range srcs {
				add(&srcs[k], nil)
			}
			return out
		}
	}
	for a := range srcs {
		if len(tgts) == 0 {
			add(&srcs[a], nil)
			continue
		}
		for b := range tgts {
			add(&srcs[a], &tgts[b])
			switch {
			case h.p.has(flagMutual) && h.status != dyad.Future && (len(srcs) == 1 || cameo.Root(h.code) != "05" || h.code == "057"):
				// "A, B and C restored ties with D": each of the list with D,
				// not D with each; signing and meeting stay joint acts
				add(&tgts[b], &srcs[a])
			case h.code == "042" || h.code == "043":
				// a visit has a host: the visitor 042, the host 043
				saved := h.code
				h.code = map[string]string{"042": "043", "043": "042"}[saved]
				add(&tgts[b], &srcs[a])
				h.code = saved
			}
		}
	}
	return out
}

// event builds one event record.
func (c *Coder) event(ctx *articleCtx, st *sentence, h *verbHit, src, tgt *actors.Mention) dyad.Event {
	k, _ := c.ont.Lookup(h.code)
	ev := dyad.Event{
		ArticleID: ctx.art.ID,
		Sentence:  st.s.Index,
		Source:    actorOf(src),
		Target:    actorOf(tgt),
		CAMEO:     h.code,
		CAMEORoot: cameo.Root(h.code),
		QuadClass: k.QuadClass,
		Goldstein: k.Goldstein,
		Plover:    k.Plover,
		Status:    h.status,
		Evidence: dyad.Evidence{
			Text: st.s.Text,
			Verb: st.s.Text[st.toks[h.head].Start:st.toks[h.end-1].End],
			Span: [2]int{st.toks[h.head].Start, st.toks[h.end-1].End},
		},
	}
	if st.reporter != nil && st.reporter.Code != src.Code {
		ev.ReportedBy = actorOf(st.reporter)
	}
	ev.Date, ev.DatePrecision, ev.DateFrom = c.dateFor(ctx, st, h)
	ev.Location = c.locationFor(ctx, st, h)
	ev.Confidence = confidence(h, src, tgt)
	ev.ID = eventID(ev, h.head)
	return ev
}

// bareRole reports an actor of role codes alone, with no country and no
// organisation: a titled person the dictionary does not know, named with
// no country ("President Reagan", "Ambassador Yakovenko"), or a pronoun
// meaning one. Such an actor is no CAMEO actor (a bare "GOV" says nobody).
func bareRole(m *actors.Mention) bool {
	if m.Country != "" || m.Kind == actors.KindOrg || m.Code == "" {
		return false
	}
	return strings.Join(m.Sectors, "") == m.Code
}

func actorOf(m *actors.Mention) *dyad.Actor {
	if m == nil {
		return nil
	}
	a := m.Actor
	if a.Sectors == nil {
		a.Sectors = []string{}
	}
	return &a
}

// dateFor picks the date expression of the hit's clause; without one, the
// publication date.
func (c *Coder) dateFor(ctx *articleCtx, st *sentence, h *verbHit) (string, string, string) {
	if ctx.pubDate == "" {
		return "", dyad.Unknown, ""
	}
	lo, hi := clauseBounds(st.toks, h.head)
	best := -1
	bestDist := math.MaxInt
	for k, d := range st.dates {
		if d.start < lo || d.start >= hi || c.nearestHit(st, d.start) != h.head {
			continue
		}
		if (st.toks[d.start].Lower == "since" || d.start > 0 && st.toks[d.start-1].Lower == "since") && h.status == dyad.Negated {
			continue // "has not conducted a test since 2017": the drought, not the event, starts then
		}
		dist := d.start - h.head
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if best >= 0 {
		d := st.dates[best]
		return d.date, d.precision, "text"
	}
	// a date earlier in the clause, not across a comma: "Seoul last month
	// suspended a deal and resumed drills"
	for k := len(st.dates) - 1; k >= 0; k-- {
		d := st.dates[k]
		if d.start >= lo && d.start < h.head && (!commaBetween(st.toks, d.start, h.head) || st.toks[h.head].Tag == "VBG" && st.toks[h.head-1].Text == ",") {
			return d.date, d.precision, "text"
		}
	}
	// "… , state media reported on Monday": the report's date dates the event
	if st.reportDate != nil {
		return st.reportDate.date, st.reportDate.precision, "text"
	}
	return ctx.pubDate, dyad.Day, "published"
}

// nearestHit returns the head of the hit nearest to token i, preferring
// one before it on a tie.
func (c *Coder) nearestHit(st *sentence, i int) int {
	best, bestDist := -1, math.MaxInt
	lo, hi := clauseBounds(st.toks, i)
	for _, g := range st.hits {
		if g.head < lo || g.head >= hi {
			continue
		}
		if i < g.head && commaBetween(st.toks, i, g.head) {
			continue // "fired … on Thursday, the military said": not the speech verb's
		}
		d := 2 * (i - g.head)
		if d < 0 {
			d = -3*d/2 + 1 // a date after its verb is its own; before, a little less
		}
		if d < bestDist {
			best, bestDist = g.head, d
		}
	}
	return best
}

func commaBetween(toks []dyad.Token, a, b int) bool {
	for k := a; k < b; k++ {
		if toks[k].Text == "," {
			return true
		}
	}
	return false
}

// clauseBounds returns the token range of the clause around i: split at
// ";", ", but", ", while", ", and" before a new subject, and "that" after
// a speech verb.
func clauseBounds(toks []dyad.Token, i int) (int, int) {
	lo := 0
	for k := i - 1; k >= 0; k-- {
		w := toks[k].Lower
		if toks[k].Text == ";" || w == "but" || w == "while" || w == "whereas" || w == "after" || w == "before" {
			lo = k + 1
			break
		}
	}
	hi := len(toks)
	for k := i + 1; k < len(toks); k++ {
		w := toks[k].Lower
		if toks[k].Text == ";" || w == "but" || w == "while" || w == "whereas" {
			hi = k
			break
		}
	}
	return lo, hi
}

// locationFor finds "in/at/near PLACE" in the hit's clause, else the
// dateline's place.
func (c *Coder) locationFor(ctx *articleCtx, st *sentence, h *verbHit) *dyad.Location {
	if loc := c.sentencePlace(st, h); loc != nil {
		return loc
	}
	return ctx.dateline
}

// sentencePlace finds "in/at/near PLACE" in the hit's clause.
func (c *Coder) sentencePlace(st *sentence, h *verbHit) *dyad.Location {
	toks := st.toks
	lo, hi := clauseBounds(toks, h.head)
	for k := lo; k < hi-1; k++ {
		switch toks[k].Lower {
		case "in", "at", "near", "outside":
		default:
			continue
		}
		j := k + 1
		if j < hi && toks[j].Lower == "the" {
			j++
		}
		if p, _, ok := c.placeAt(st, j, hi, 3); ok {
			loc := p.Location()
			return &loc
		}
	}
	return nil
}

// confidence scores an event in [0,1]: direct subjects and targets,
// explicit verbs and asserted status score higher.
func confidence(h *verbHit, src, tgt *actors.Mention) float64 {
	c := 0.85
	if h.p.Noun {
		c -= 0.15
	}
	if src.Unresolved || src.Kind == "coref" {
		c -= 0.15
	}
	if tgt == nil && !h.p.has(flagNoTarget) {
		c -= 0.1
	}
	if h.status != dyad.Asserted {
		c -= 0.05
	}
	if h.end-h.head > 1 {
		c += 0.05
	}
	return math.Round(c*100) / 100
}

// eventID is stable: the same article, sentence, verb position, code,
// source and target give the same id.
func eventID(ev dyad.Event, head int) string {
	key := fmt.Sprintf("%s|%d|%d|%s|%s|%s", ev.ArticleID, ev.Sentence, head, ev.CAMEO, code(ev.Source), code(ev.Target))
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:8])
}
