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
	"unicode"
	"unicode/utf8"

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
// returns, the trace of what made it, in the events' order: one each,
// read from the event as returned (its source, target, date, place and
// status after every step that changed them), with the pattern and the
// words it matched from when the event was built (why_changes.go).
func (c *Coder) ExplainEvents(stop context.Context, a *dyad.Article) ([]dyad.Event, []Drop, []EventTrace, error) {
	var drops []Drop
	traces := []EventTrace{}
	evs, err := c.codeUntil(stop, a, &drops, nil, &traces)
	if err != nil {
		return nil, nil, nil, err
	}
	return evs, drops, traces, nil
}

// traceEvent records, when the coder explains, what made ev, the event
// event built from h with src and tgt, as it is built: what only this
// moment knows (the pattern, the words, the dictionary entries); the
// trace itself is written from the event returned (finishTraces).
func (c *Coder) traceEvent(ctx *articleCtx, st *sentence, h *verbHit, src, tgt *actors.Mention, ev *dyad.Event) {
	if ctx.traces == nil {
		return
	}
	if ctx.snaps == nil {
		ctx.snaps = map[string]*eventSnap{}
	}
	sn := &eventSnap{
		pattern: c.patternLine(st, h),
		source:  c.actorLine(ctx, st, "source", src, ev.Source),
		target:  c.actorLine(ctx, st, "target", tgt, ev.Target),
		dates:   dateWordsOf(st),
		text:    st.s.Text,
		marks:   statusMarks(h),
		code:    h.p.Code,
		was:     valsOf(ev),
	}
	sn.cur = sn.was
	ctx.snaps[ev.ID] = sn // (a later build of the same event is the one kept)
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
	var entries []actors.Entry
	if named {
		entries = c.matcher.EntriesIn(st.toks, m.Start, m.End, ctx.pubDate)
		for _, e := range entries {
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
		if m.Kind == "coref" && m.End-m.Start == 1 {
			// a lone surname ("Netanyahu"): its country is that of the
			// dated role in force on the article's date
			for _, e := range c.matcher.SurnameEntries(st.toks[m.Start].Text, ctx.pubDate) {
				if strings.HasPrefix(e.Code, a.Country) {
					how = append(how, fmt.Sprintf("a lone surname: country %s from the dated role in force on %s, %s:%d %q person %s", a.Country, ctx.pubDate, e.File, e.Line, e.Phrase, e.Code))
					entries = append(entries, e)
					break
				}
			}
		}
	}
	steps := ctx.actorStepsAt(st, m.End) // the steps that changed its code (why_actors.go)
	if a.Country != "" && named && m.FullName == "" && !countryInWords(entries, a.Country) && len(steps) == 0 {
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
	how = append(how, steps...)
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
// words (ds) that give it (those of another date are named as not read).
func dateLine(ds []dateWords, ev *dyad.Event) string {
	var read, other []string
	for _, d := range ds {
		if ev.DateFrom == "text" && (d.date == ev.Date || d.done == ev.Date) {
			read = append(read, d.words)
		} else {
			other = append(other, d.words)
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

// placeLine says where l, an event's place, came from: the dateline, or
// a gazetteer name in the sentence (text, as whole words) or the story.
func (ctx *articleCtx) placeLine(text string, l *dyad.Location) string {
	switch {
	case l == nil:
		return "place none"
	case l == ctx.dateline:
		return fmt.Sprintf("place %s, %s (%s): the dateline", l.Name, l.Country, l.Kind)
	case containsWords(text, l.Name):
		return fmt.Sprintf("place %s, %s (%s): the gazetteer's, named in the sentence", l.Name, l.Country, l.Kind)
	}
	return fmt.Sprintf("place %s, %s (%s): the gazetteer's, not written so in the sentence (a place word or an actor's seat mapped to it, or the story's place)", l.Name, l.Country, l.Kind)
}

// containsWords reports whether text has name with no letter or digit
// next to it: "Gaza" is in "in Gaza on Monday", not in "Gazans".
func containsWords(text, name string) bool {
	if name == "" {
		return false
	}
	for from := 0; ; {
		k := strings.Index(text[from:], name)
		if k < 0 {
			return false
		}
		k += from
		end := k + len(name)
		before, _ := utf8.DecodeLastRuneInString(text[:k])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if (k == 0 || !wordRune(before)) && (end == len(text) || !wordRune(after)) {
			return true
		}
		from = k + 1
	}
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// statusMarks says the marks of h that tell its event's status: "a
// threat or plan (threatCode); passive voice", "" for none.
func statusMarks(h *verbHit) string {
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
	return strings.Join(why, "; ")
}
