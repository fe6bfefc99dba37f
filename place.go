package dyad

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Place is where an event's evidence stands in its article (Locate).
// Paragraph is -1 for the title, else an index into Body; Sentence is the
// byte range of the evidence sentence in that paragraph (or title), and
// Verb, Source and Target are byte ranges in the same paragraph ([-1, -1]
// when absent). Paragraph is -2 and every range is [-1, -1] when the
// evidence sentence is not found verbatim in the article.
type Place struct {
	Paragraph int
	Sentence  [2]int
	Verb      [2]int
	Source    [2]int
	Target    [2]int
}

// Locate finds ev's evidence sentence in a — the title for an event of
// the title (sentence -1), else the first body paragraph holding it — and
// shifts its verb and actor spans to offsets in that paragraph; an actor
// with an empty span (not named in the sentence) is absent.
func (a *Article) Locate(ev *Event) Place {
	p := Place{Paragraph: -2, Sentence: [2]int{-1, -1}, Verb: [2]int{-1, -1}, Source: [2]int{-1, -1}, Target: [2]int{-1, -1}}
	text := ev.Evidence.Text
	if text == "" {
		return p
	}
	if ev.Sentence == -1 {
		if off := strings.Index(a.Title, text); off >= 0 {
			p.Paragraph, p.Sentence = -1, [2]int{off, off + len(text)}
		}
	}
	for i := 0; p.Paragraph == -2 && i < len(a.Body); i++ {
		if off := strings.Index(a.Body[i], text); off >= 0 {
			p.Paragraph, p.Sentence = i, [2]int{off, off + len(text)}
		}
	}
	if p.Paragraph == -2 {
		return p
	}
	off, n := p.Sentence[0], len(text)
	shift := func(s [2]int) [2]int {
		if s[0] < 0 || s[1] <= s[0] || s[1] > n {
			return [2]int{-1, -1}
		}
		return [2]int{s[0] + off, s[1] + off}
	}
	p.Verb = shift(ev.Evidence.Span)
	if ev.Source != nil {
		p.Source = shift(ev.Source.Span)
	}
	if ev.Target != nil {
		p.Target = shift(ev.Target.Span)
	}
	return p
}

// ParagraphSep separates the title and the body paragraphs in Document.
const ParagraphSep = "\n\n"

// Document returns the article as one text: its title, when it has one,
// then its body paragraphs, each separated from the next by ParagraphSep
// (a blank line). Captions are not part of it. GDELT's mention offsets
// and document length count in this text.
func (a *Article) Document() string {
	parts := a.Body
	if a.Title != "" {
		parts = append([]string{a.Title}, a.Body...)
	}
	return strings.Join(parts, ParagraphSep)
}

// DocumentOffset returns the byte offset in Document of byte off of
// paragraph p (-1 the title, else an index into Body), or -1 when p is
// not a paragraph of a (the title of an untitled article, -2).
func (a *Article) DocumentOffset(p, off int) int {
	if p < -1 || p >= len(a.Body) || (p == -1 && a.Title == "") {
		return -1
	}
	start := 0
	if a.Title != "" {
		if p == -1 {
			return off
		}
		start = len(a.Title) + len(ParagraphSep)
	}
	for i := 0; i < p; i++ {
		start += len(a.Body[i]) + len(ParagraphSep)
	}
	return start + off
}

// Tellings returns the further tellings of ev in its article (ev.Also) as the events their mentions store, in Also's order:
// each is ev as told by that sentence, with the telling's Sentence and
// Evidence (text, verb, verb span), no Also, and the ID
// "MID@SENTENCE" (mid, ev's own mention id, sqlite.MentionID, then "@" and the
// telling's 0-based sentence index, -1 for the title: "5d879398143d6172@2").
// The source and target keep their codes and names; their Text and Span
// are where the same words stand in the telling's sentence as whole words
// (the first place), else "" and [0, 0], as for an actor the sentence
// does not name. The reporter is the telling's own (Mention.ReportedBy:
// "…, Ukraine's military said" in one sentence, "…, the governor said" in
// another), nil when it names none. Date, status, location and confidence
// are ev's (a telling is the same event). A telling of ev's own sentence, or
// of a sentence met before, is left out: a sentence is one mention. It
// returns nil when ev has no further telling.
func Tellings(ev *Event, mid string) []Event {
	if len(ev.Also) == 0 {
		return nil // most events: told once (no map for them on the save path)
	}
	var out []Event
	seen := map[int]bool{ev.Sentence: true}
	for _, m := range ev.Also {
		if seen[m.Sentence] {
			continue
		}
		seen[m.Sentence] = true
		te := *ev
		te.ID = mid + "@" + strconv.Itoa(m.Sentence)
		te.Sentence, te.Evidence, te.Also = m.Sentence, m.Evidence, nil
		te.Source = locateActor(ev.Source, m.Evidence.Text)
		te.Target = locateActor(ev.Target, m.Evidence.Text)
		te.ReportedBy = nil
		if m.ReportedBy != nil {
			r := *m.ReportedBy
			te.ReportedBy = &r
		}
		out = append(out, te)
	}
	return out
}

// OldTellingReporters gives each further telling of ev (ev.Also) that
// has no reporter ev's own, located in the telling's sentence as Tellings
// locates the source: what a telling's mention was saved with before
// Mention carried its own reporter. It is for the migrations that store
// the tellings of events coded then (their JSON's "also" has no
// "reported_by"), so that those mentions are saved as they would have
// been.
func OldTellingReporters(ev *Event) {
	for k := range ev.Also {
		if ev.Also[k].ReportedBy == nil {
			ev.Also[k].ReportedBy = locateActor(ev.ReportedBy, ev.Also[k].Evidence.Text)
		}
	}
}

// locateActor returns a copy of a (nil for nil) whose Text and Span are
// the first place a.Text stands in text as whole words, else "" and
// [0, 0].
func locateActor(a *Actor, text string) *Actor {
	if a == nil {
		return nil
	}
	c := *a
	c.Text, c.Span = "", [2]int{}
	if a.Text == "" {
		return &c
	}
	for off := 0; off < len(text); {
		i := strings.Index(text[off:], a.Text)
		if i < 0 {
			break
		}
		s, e := off+i, off+i+len(a.Text)
		before, _ := utf8.DecodeLastRuneInString(text[:s])
		after, _ := utf8.DecodeRuneInString(text[e:])
		if (s == 0 || !wordRune(before)) && (e == len(text) || !wordRune(after)) {
			c.Text, c.Span = a.Text, [2]int{s, e}
			break
		}
		_, n := utf8.DecodeRuneInString(text[s:])
		off = s + n
	}
	return &c
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
