package events

// What --why says of an event changed after it was built: the coder's
// later steps (casualtyState, denyEarlier, foldBroader …) may give an
// event another target, status, date or place, or make a new event
// (tollTarget). The trace is written from the event as returned
// (finishTraces), naming the steps that changed a value (noteChanges),
// so that its lines agree with the event printed. All of it runs only
// when the coder explains (ctx.traces not nil).

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dyad-events/dyad"
)

// eventSnap is what traceEvent saw when an event was built, and the
// steps that changed it since.
type eventSnap struct {
	pattern        string // the pattern line (patternLine)
	source, target string // the actor lines of the values built (actorLine)
	dates          []dateWords
	text           string // the sentence's text
	marks          string // statusMarks
	code           string // the pattern's code
	madeBy         string // the step that made the event, when no pattern built it
	was, cur       eventVals
	by             map[string][]string // value ("source", …) → the steps that changed it
}

// eventVals are the values of an event a trace says.
type eventVals struct {
	source, target, status, date, place, cameo string
}

func valsOf(e *dyad.Event) eventVals {
	v := eventVals{source: actorVal(e.Source), target: actorVal(e.Target), status: string(e.Status),
		date: e.Date + " " + e.DatePrecision + " " + e.DateFrom, cameo: e.CAMEO}
	if e.Location != nil {
		v.place = e.Location.Name + ", " + e.Location.Country
	}
	return v
}

func actorVal(a *dyad.Actor) string {
	if a == nil {
		return "none"
	}
	return fmt.Sprintf("%s %q", a.Code, a.Text)
}

// dateWords are one date a sentence names: its words and the dates it
// reads as.
type dateWords struct{ words, date, done string }

func dateWordsOf(st *sentence) []dateWords {
	var out []dateWords
	for _, d := range st.dates {
		var words []string
		for k := d.start; k < d.end && k < len(st.toks); k++ {
			words = append(words, st.toks[k].Text)
		}
		out = append(out, dateWords{strings.Join(words, " "), d.date, d.done})
	}
	return out
}

// noteChanges notes, when tracing, which values of evs step changed
// since last noted, and the events step made (an ID not built by a
// pattern).
func (ctx *articleCtx) noteChanges(step string, evs []dyad.Event) {
	if ctx.traces == nil {
		return
	}
	if ctx.snaps == nil {
		ctx.snaps = map[string]*eventSnap{}
	}
	for i := range evs {
		e := &evs[i]
		sn := ctx.snaps[e.ID]
		if sn == nil {
			v := valsOf(e)
			ctx.snaps[e.ID] = &eventSnap{madeBy: step, text: e.Evidence.Text, code: e.CAMEO, was: v, cur: v}
			continue
		}
		v := valsOf(e)
		for _, f := range []struct {
			name     string
			old, new string
		}{{"source", sn.cur.source, v.source}, {"target", sn.cur.target, v.target}, {"status", sn.cur.status, v.status},
			{"date", sn.cur.date, v.date}, {"place", sn.cur.place, v.place}, {"code", sn.cur.cameo, v.cameo}} {
			if f.old != f.new {
				if sn.by == nil {
					sn.by = map[string][]string{}
				}
				if !slices.Contains(sn.by[f.name], step) {
					sn.by[f.name] = append(sn.by[f.name], step)
				}
			}
		}
		sn.cur = v
	}
}

// (the tracing path of codeSentence's last steps: the same steps as
// its nested calls, each noted)
func (c *Coder) traceTargetSteps(ctx *articleCtx, st *sentence, evs []dyad.Event) []dyad.Event {
	steps := []struct {
		name string
		f    func([]dyad.Event) []dyad.Event
	}{
		{"accusedForce", accusedForce},
		{"powTargets", powTargets},
		{"swapPeople", c.swapPeople},
		{"raidedCivilians", raidedCivilians},
		{"casualtyState", casualtyState},
		{"namedHosts", namedHosts},
		{"oneDenial", oneDenial},
		{"coupFold", func(evs []dyad.Event) []dyad.Event { return coupFold(st, evs) }},
		{"unaimed", func(evs []dyad.Event) []dyad.Event {
			return c.words.unaimed(st, evs, func(e dyad.Event) { ctx.dropEvent(st, e, WhyUnaimed) })
		}},
	}
	for _, s := range steps {
		evs = s.f(evs)
		ctx.noteChanges(s.name, evs)
	}
	return evs
}

// finishTraces writes, when tracing, the trace of each event of evs (the
// events returned) to ctx.traces, from the event's own values.
func (ctx *articleCtx) finishTraces(evs []dyad.Event) {
	if ctx.traces == nil {
		return
	}
	for i := range evs {
		e := &evs[i]
		sn := ctx.snaps[e.ID]
		if sn == nil {
			v := valsOf(e)
			sn = &eventSnap{text: e.Evidence.Text, code: e.CAMEO, was: v, cur: v}
		}
		now := valsOf(e)
		t := EventTrace{ID: e.ID, Sentence: e.Sentence}
		pattern := sn.pattern
		switch {
		case sn.madeBy != "":
			pattern = "no pattern of its own: made after coding by " + sn.madeBy + " from another event of the sentence"
		case pattern == "":
			pattern = "no pattern of its own: made after coding"
		}
		t.Lines = append(t.Lines, pattern,
			sn.actor("source", e.Source, sn.source, sn.was.source, now.source),
			sn.actor("target", e.Target, sn.target, sn.was.target, now.target),
			dateLine(sn.dates, e)+sn.changed("date", sn.was.date, now.date),
			ctx.placeLine(sn.text, e.Location)+sn.changed("place", sn.was.place, now.place),
			sn.statusLine(e, now))
		if sn.madeBy == "" && sn.pattern != "" && sn.code != e.CAMEO {
			s := fmt.Sprintf("refinement: the pattern's %s became %s (the recoded lines say which step, when one did)", sn.code, e.CAMEO)
			if sn.was.cameo != now.cameo {
				s = fmt.Sprintf("refinement: the pattern's %s became %s", sn.code, e.CAMEO) + sn.changed("code", sn.was.cameo, now.cameo)
			}
			t.Lines = append(t.Lines, s)
		}
		*ctx.traces = append(*ctx.traces, t)
	}
}

// changed says "; changed after coding by casualtyState (was PSECVL
// \"people\")" when the value of name differs from the one built.
func (sn *eventSnap) changed(name, was, now string) string {
	if was == now || sn.madeBy != "" {
		return ""
	}
	s := "; changed after coding"
	if by := sn.by[name]; len(by) > 0 {
		s += " by " + strings.Join(by, ", ")
	}
	if was == "" {
		was = "none"
	}
	return s + " (was " + strings.TrimSpace(was) + ")"
}

// actor is the source or target line (role) of a, the event's actor:
// line, the one of the actor built, when it is unchanged.
func (sn *eventSnap) actor(role string, a *dyad.Actor, line, was, now string) string {
	if was == now && line != "" {
		return line
	}
	head := role + " none"
	if a != nil {
		head = fmt.Sprintf("%s %s %q", role, a.Code, a.Text)
	}
	switch {
	case sn.madeBy != "":
		return head + ": given by " + sn.madeBy
	case line == "":
		return head
	}
	return head + ": " + strings.TrimPrefix(sn.changed(role, was, now), "; ") + "; as built: " + strings.TrimPrefix(line, role+" ")
}

// statusLine says the event's status, the marks of its pattern's words
// that tell it, and the step that changed it.
func (sn *eventSnap) statusLine(e *dyad.Event, now eventVals) string {
	s := "status " + string(e.Status)
	if sn.was.status == now.status && sn.marks != "" {
		s += " (" + sn.marks + ")"
	}
	return s + sn.changed("status", sn.was.status, now.status)
}

// idsOf returns, when tracing, the IDs of evs, for renamed.
func (ctx *articleCtx) idsOf(evs []dyad.Event) []string {
	if ctx.traces == nil {
		return nil
	}
	ids := make([]string, len(evs))
	for i := range evs {
		ids[i] = evs[i].ID
	}
	return ids
}

// renamed keeps, when tracing, what made each event of evs whose ID a
// step changed (tollTarget makes a new one with a new target): ids are
// their IDs before it (idsOf).
func (ctx *articleCtx) renamed(ids []string, evs []dyad.Event) {
	for i, id := range ids {
		if i < len(evs) && evs[i].ID != id && ctx.snaps[id] != nil && ctx.snaps[evs[i].ID] == nil {
			ctx.snaps[evs[i].ID] = ctx.snaps[id]
		}
	}
}
