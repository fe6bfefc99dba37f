package events

// --why's account of each event the coder emits: the pattern that
// matched (its line in the pattern file) and the words it matched, the
// dictionary entries (file:line) or the rule that gave the source and the
// target, where the date and the place came from, and the status. README
// promises every event traceable to its sentence; this makes it
// traceable to the rules that coded it. It is built only when the coder
// explains (ExplainEvents): ctx.traces is nil when coding.

import (
	"context"
	"fmt"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// An EventTrace says what made one emitted event, as dyad code --why
// prints it.
type EventTrace struct {
	ID       string // the event's ID
	Sentence int    // as Event.Sentence
	// Lines are the trace's lines, in this order: "pattern …", "source
	// …", "target …", "date …", "place …", "status …", and "refinement
	// …" when a refinement step changed the pattern's code.
	Lines []string
}

// ExplainEvents is ExplainContext also returning, for each event it
// returns, the trace of what made it (in the events' order; an event
// folded into another has none of its own).
func (c *Coder) ExplainEvents(stop context.Context, a *dyad.Article) ([]dyad.Event, []Drop, []EventTrace, error) {
	var drops []Drop
	var traces []EventTrace
	evs, err := c.codeUntil(stop, a, &drops, nil, &traces)
	if err != nil {
		return nil, nil, nil, err
	}
	byID := make(map[string]EventTrace, len(traces))
	for _, t := range traces {
		if _, ok := byID[t.ID]; !ok {
			byID[t.ID] = t
		}
	}
	out := make([]EventTrace, 0, len(evs))
	for _, e := range evs {
		if t, ok := byID[e.ID]; ok {
			out = append(out, t)
		}
	}
	return evs, drops, out, nil
}

// traceEvent records, when the coder explains, what made ev, the event
// event built from h with src and tgt.
func (c *Coder) traceEvent(ctx *articleCtx, st *sentence, h *verbHit, src, tgt *actors.Mention, ev *dyad.Event) {
	if ctx.traces == nil {
		return
	}
	t := EventTrace{ID: ev.ID, Sentence: ev.Sentence}
	t.Lines = append(t.Lines, c.patternLine(st, h),
		c.actorLine(ctx, st, "source", src, ev.Source),
		c.actorLine(ctx, st, "target", tgt, ev.Target),
		dateLine(st, ev), ctx.placeLine(st, ev.Location), statusLine(h, ev))
	if h.p.Code != ev.CAMEO {
		t.Lines = append(t.Lines, fmt.Sprintf("refinement: the pattern's %s became %s (the recoded lines say which step, when one did)", h.p.Code, ev.CAMEO))
	}
	*ctx.traces = append(*ctx.traces, t)
}

// patternLine names h's pattern by its file and line and quotes the words
// it matched: `pattern events/data/verbs.txt:812 (171) matched "have
// seized"`.
func (c *Coder) patternLine(st *sentence, h *verbHit) string {
	kind := "verb pattern"
	if h.p.Noun {
		kind = "noun pattern"
	}
	where := "a rule's own pattern (no data line)"
	if h.p.Line > 0 {
		where = fmt.Sprintf("%s:%d", c.patterns.name, h.p.Line)
	}
	var words []string
	for k := h.head; k < h.end && k < len(st.toks); k++ {
		words = append(words, st.toks[k].Text)
	}
	return fmt.Sprintf("%s %s (%s) matched %q", kind, where, h.p.Code, strings.Join(words, " "))
}

// actorLine says where the event's source or target (role) came from:
// the dictionary entries of its words, or the rule that named it.
func (c *Coder) actorLine(ctx *articleCtx, st *sentence, role string, m *actors.Mention, a *dyad.Actor) string {
	if m == nil || a == nil {
		return role + " none"
	}
	head := fmt.Sprintf("%s %s %q", role, a.Code, a.Text)
	var how []string
	named := m.Start < m.End && m.End <= len(st.toks)
	if named {
		for _, e := range c.matcher.EntriesIn(st.toks, m.Start, m.End) {
			how = append(how, fmt.Sprintf("%s:%d %q %s %s", e.File, e.Line, e.Phrase, e.Kind, e.Code))
		}
	}
	switch {
	case !named || a.Span[1] <= a.Span[0]:
		how = append(how, "named by no words of its own here: taken from the story (an earlier actor, the dateline or the story's country)")
	case m.FullName != "":
		how = append(how, fmt.Sprintf("coreference: stands for %q named before", m.FullName))
	case len(how) == 0:
		how = append(how, "no dictionary phrase: "+mentionRule(m))
	}
	if a.Country != "" && named && m.FullName == "" && !countryInWords(c.matcher.EntriesIn(st.toks, m.Start, m.End), a.Country) {
		how = append(how, fmt.Sprintf("country %s not from these words: from the story (its place, an earlier actor or the dateline)", a.Country))
	}
	switch {
	case m.Kind == "title":
		how = append(how, "nationality + title (a title and a name the dictionary does not know)")
	case m.Unresolved:
		how = append(how, "an agent with no country of its own: its country from the story")
	case m.OfGroup:
		how = append(how, "people of a named group: the group's code")
	}
	if m.Possessive {
		how = append(how, "possessive ('s)")
	}
	return head + ": " + strings.Join(how, "; ")
}

// countryInWords reports whether one of es, a mention's entries, gives
// the country (its code starts with it).
func countryInWords(es []actors.Entry, country string) bool {
	for _, e := range es {
		if strings.HasPrefix(e.Code, country) {
			return true
		}
	}
	return false
}

// mentionRule says what kind of mention m is when no dictionary phrase
// is in its words (a pronoun, a title).
func mentionRule(m *actors.Mention) string {
	if m.Kind != "" {
		return "a mention of kind " + m.Kind
	}
	return "a rule's mention"
}

// dateLine says where ev's date came from, quoting the sentence's date
// words that give it (those of another date are named as not read).
func dateLine(st *sentence, ev *dyad.Event) string {
	var read, other []string
	for _, d := range st.dates {
		var words []string
		for k := d.start; k < d.end && k < len(st.toks); k++ {
			words = append(words, st.toks[k].Text)
		}
		w := strings.Join(words, " ")
		if ev.DateFrom == "text" && (d.date == ev.Date || d.done == ev.Date) {
			read = append(read, w)
		} else {
			other = append(other, w)
		}
	}
	var s string
	switch ev.DateFrom {
	case "text":
		s = fmt.Sprintf("date %s (%s) from the date words of the act's clause", ev.Date, ev.DatePrecision)
		if len(read) > 0 {
			s += fmt.Sprintf(" %q", strings.Join(read, " / "))
		}
	case "published":
		s = fmt.Sprintf("date %s (%s) the publication date (no date of the act's clause, or one after publication)", ev.Date, ev.DatePrecision)
	default:
		s = "date unknown (no date of the act's clause and no publication date)"
	}
	if len(other) > 0 {
		s += fmt.Sprintf("; not read: %q", strings.Join(other, " / "))
	}
	return s
}

// placeLine says where ev's place came from: the dateline, or a
// gazetteer name in the sentence or the story.
func (ctx *articleCtx) placeLine(st *sentence, l *dyad.Location) string {
	switch {
	case l == nil:
		return "place none"
	case l == ctx.dateline:
		return fmt.Sprintf("place %s, %s (%s): the dateline", l.Name, l.Country, l.Kind)
	case strings.Contains(st.s.Text, l.Name):
		return fmt.Sprintf("place %s, %s (%s): the gazetteer's, named in the sentence", l.Name, l.Country, l.Kind)
	}
	return fmt.Sprintf("place %s, %s (%s): the gazetteer's, not written so in the sentence (a place word or an actor's seat mapped to it, or the story's place)", l.Name, l.Country, l.Kind)
}

// statusLine says the event's status and the marks of h that tell it.
func statusLine(h *verbHit, ev *dyad.Event) string {
	s := "status " + string(ev.Status)
	var why []string
	if h.threat {
		why = append(why, "a threat or plan (threatCode)")
	}
	if len(h.accuser) > 0 {
		why = append(why, "in an accusation's scope")
	}
	if h.passive {
		why = append(why, "passive voice")
	}
	if len(why) > 0 {
		s += " (" + strings.Join(why, "; ") + ")"
	}
	return s
}
