package dyad

import (
	"iter"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Place is where an event's evidence stands in its article (Doc.Locate).
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

// Doc is an article laid out once for placing its events in it: where
// each paragraph and each of the coder's sentences starts in the
// article's document (Article.Document), in bytes and in characters.
// Build one per article (NewDoc) and place every event and telling of the
// article with it: each placement then costs the length of one sentence
// and of at most charBlock bytes of its paragraph, not of the article
// (nor of a 40 MB paragraph, told in 700,000 sentences). A Doc does not change after NewDoc; it may be used
// by several goroutines at once.
type Doc struct {
	a *Article
	// start and chars are the byte and character (code point) offsets in
	// the document of each paragraph, the title's first when a has one;
	// their last element is the document's length (part indexes them).
	start, chars []int
	// sents holds where body sentence i (the coder's index) stands: its
	// paragraph and byte range in it; nil without a split, and -1s for a
	// sentence not found in order in its paragraph.
	sents [][3]int
	// marks holds, for each part longer than charBlock bytes and valid
	// UTF-8, the characters before each charBlock-byte block of it
	// (CharOffset); nil for the others.
	marks [][]int
}

// charBlock is the span, in bytes, of the character counts a Doc keeps
// for a long paragraph.
const charBlock = 4096

// NewDoc lays a out. split is the coder's sentence splitter for one body
// paragraph (sentences.SplitText), whose sentences, in order over the
// body's paragraphs, are the events' sentence indexes 0, 1, …; with a nil
// split, Locate places an evidence sentence at its first occurrence.
func NewDoc(a *Article, split func(paragraph string) []string) *Doc {
	d := &Doc{a: a}
	parts := a.Body
	if a.Title != "" {
		parts = append([]string{a.Title}, a.Body...)
	}
	b, c := 0, 0
	for i, p := range parts {
		if i > 0 {
			b, c = b+len(ParagraphSep), c+utf8.RuneCountInString(ParagraphSep)
		}
		d.start, d.chars = append(d.start, b), append(d.chars, c)
		b, c = b+len(p), c+utf8.RuneCountInString(p)
		if len(p) > charBlock && utf8.ValidString(p) {
			if d.marks == nil {
				d.marks = make([][]int, len(parts))
			}
			m := make([]int, len(p)/charBlock+1)
			n := 0
			for j := 0; j <= len(p); j++ {
				if j%charBlock == 0 {
					m[j/charBlock] = n
				}
				if j < len(p) && p[j]&0xC0 != 0x80 { // a character's first byte
					n++
				}
			}
			d.marks[i] = m
		}
	}
	d.start, d.chars = append(d.start, b), append(d.chars, c)
	if split == nil {
		return d
	}
	d.sents = [][3]int{}
	for p, para := range a.Body {
		off := 0
		for _, s := range split(para) {
			k := strings.Index(para[off:], s)
			if k < 0 || s == "" {
				d.sents = append(d.sents, [3]int{-1, -1, -1})
				continue
			}
			d.sents = append(d.sents, [3]int{p, off + k, off + k + len(s)})
			off += k + len(s)
		}
	}
	return d
}

// Article returns the article d lays out.
func (d *Doc) Article() *Article { return d.a }

// Len returns the length of the article's document in characters
// (Unicode code points), as GDELT's MentionDocLen counts it.
func (d *Doc) Len() int { return d.chars[len(d.chars)-1] }

// Offset returns the byte offset in the article's document of byte off
// of paragraph p (-1 the title, else an index into Body), or -1 when p
// is not a paragraph of the article (the title of an untitled one, -2)
// or off is outside it (below 0 or past its end; its end itself is in).
// Article.DocumentOffset is the same without a Doc laid out.
func (d *Doc) Offset(p, off int) int {
	k, ok := d.part(p)
	if !ok || off < 0 || off > len(d.paragraph(p)) {
		return -1
	}
	return d.start[k] + off
}

// CharOffset returns Offset in characters (Unicode code points): the
// character at which byte off of paragraph p stands in the document, -1
// as for Offset.
func (d *Doc) CharOffset(p, off int) int {
	k, ok := d.part(p)
	if !ok || off < 0 || off > len(d.paragraph(p)) {
		return -1
	}
	para := d.paragraph(p)
	if d.marks != nil && d.marks[k] != nil {
		// valid UTF-8: the characters before off are its bytes that
		// start one, counted from the nearest block mark
		blk := off / charBlock
		n := d.marks[k][blk]
		for j := blk * charBlock; j < off; j++ {
			if para[j]&0xC0 != 0x80 {
				n++
			}
		}
		return d.chars[k] + n
	}
	return d.chars[k] + utf8.RuneCountInString(para[:off])
}

// part returns the index in start of paragraph p (-1 the title).
func (d *Doc) part(p int) (int, bool) {
	if p < -1 || p >= len(d.a.Body) || (p == -1 && d.a.Title == "") {
		return 0, false
	}
	if d.a.Title != "" {
		return p + 1, true
	}
	return p, true
}

// paragraph returns paragraph p's text (-1 the title).
func (d *Doc) paragraph(p int) string {
	if p == -1 {
		return d.a.Title
	}
	return d.a.Body[p]
}

// Locate finds ev's evidence sentence in the article — the title for an
// event of the title (sentence -1); else, with the coder's split, body
// sentence ev.Sentence where it holds that text, so that a sentence told
// twice (a quote repeated, a title repeated as the first body line) is
// placed where this telling stands; else (no split, or a text that is no
// longer split as when coded) the first body paragraph holding it — and shifts its verb and actor spans to offsets in that paragraph;
// an actor with an empty span (not named in the sentence) is absent.
func (d *Doc) Locate(ev *Event) Place {
	p := Place{Paragraph: -2, Sentence: [2]int{-1, -1}, Verb: [2]int{-1, -1}, Source: [2]int{-1, -1}, Target: [2]int{-1, -1}}
	a, text := d.a, ev.Evidence.Text
	if text == "" {
		return p
	}
	if ev.Sentence == -1 {
		if off := strings.Index(a.Title, text); off >= 0 {
			p.Paragraph, p.Sentence = -1, [2]int{off, off + len(text)}
		}
	}
	if ev.Sentence >= 0 && ev.Sentence < len(d.sents) {
		if s := d.sents[ev.Sentence]; s[0] >= 0 {
			if off := strings.Index(a.Body[s[0]][s[1]:s[2]], text); off >= 0 {
				p.Paragraph, p.Sentence = s[0], [2]int{s[1] + off, s[1] + off + len(text)}
			}
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
// not a paragraph of a (the title of an untitled article, -2) or off is
// outside it (below 0 or past its end). It is NewDoc(a, nil).Offset: a
// caller placing many offsets lays the document out once with NewDoc.
func (a *Article) DocumentOffset(p, off int) int { return NewDoc(a, nil).Offset(p, off) }

// Tellings returns the further tellings of ev in its article (ev.Also) as the events their mentions store, in Also's order:
// each is ev as told by that sentence, with the telling's Sentence and
// Evidence (text, verb, verb span), no Also, and the ID
// "MID@SENTENCE" (mid, ev's own mention id, sqlite.MentionID, then "@" and the
// telling's 0-based sentence index, -1 for the title: "5d879398143d6172@2").
// The source and target are the telling's own when the mention carries
// them (Mention.Source and Target: a telling folded in that names the
// actors less specifically, "Russia" for the event's RUSMIL), else the
// event's codes and names, with Text and Span where the same words stand
// in the telling's sentence as whole words (the first place), else "" and
// [0, 0], as for an actor the sentence does not name. The reporter is the telling's own (Mention.ReportedBy:
// "…, Ukraine's military said" in one sentence, "…, the governor said" in
// another), nil when it names none. Date, status, location and confidence
// are ev's (a telling is the same event). A telling of ev's own sentence, or
// of a sentence met before, is left out: a sentence is one mention. It
// returns nil when ev has no further telling.
func Tellings(ev *Event, mid string) []Event {
	var out []Event
	for te := range EachTelling(ev, mid) {
		out = append(out, te)
	}
	return out
}

// EachTelling yields the tellings Tellings returns, one at a time, in the
// same order: a caller storing or writing them holds one, not all (a page
// that repeats one sentence a million times has a million tellings of
// its event). Sentences are remembered to leave repeats out: a map of
// at most len(ev.Also) ints.
func EachTelling(ev *Event, mid string) iter.Seq[Event] {
	return func(yield func(Event) bool) {
		if len(ev.Also) == 0 {
			return // most events: told once (no map for them on the save path)
		}
		var seen SentenceSet
		seen.Add(ev.Sentence)
		for _, m := range ev.Also {
			if !seen.Add(m.Sentence) {
				continue
			}
			if !yield(telling(ev, mid, m)) {
				return
			}
		}
	}
}

// NumTellings is len(Tellings(ev, mid)) without building them: the
// number of distinct further sentences telling ev.
func NumTellings(ev *Event) int {
	if len(ev.Also) == 0 {
		return 0
	}
	var seen SentenceSet
	seen.Add(ev.Sentence)
	n := 0
	for _, m := range ev.Also {
		if seen.Add(m.Sentence) {
			n++
		}
	}
	return n
}

// SentenceSet is a set of an article's sentence indices (-1 the title,
// then 0, 1, …): a bit per index up to the largest added, where a map
// of a page's million sentences held tens of megabytes. The zero value
// is empty.
type SentenceSet struct {
	bits  []uint64
	other map[int]bool // (indices below -1, which no sentence has)
}

// Add adds sentence i and reports whether it was not in the set.
func (s *SentenceSet) Add(i int) bool {
	if i < -1 {
		if s.other[i] {
			return false
		}
		if s.other == nil {
			s.other = map[int]bool{}
		}
		s.other[i] = true
		return true
	}
	w, b := (i+1)/64, uint64(1)<<((i+1)%64)
	for w >= len(s.bits) {
		s.bits = append(s.bits, 0)
	}
	if s.bits[w]&b != 0 {
		return false
	}
	s.bits[w] |= b
	return true
}

// telling is ev as told by m, a mention of its Also (see Tellings).
func telling(ev *Event, mid string, m Mention) Event {
	te := *ev
	te.ID = mid + "@" + strconv.Itoa(m.Sentence)
	te.Sentence, te.Evidence, te.Also = m.Sentence, m.Evidence, nil
	if m.Source != nil || m.Target != nil {
		te.Source, te.Target = m.Source.Copy(), m.Target.Copy()
	} else {
		te.Source = LocateActor(ev.Source, m.Evidence.Text)
		te.Target = LocateActor(ev.Target, m.Evidence.Text)
	}
	te.ReportedBy = nil
	if m.ReportedBy != nil {
		r := *m.ReportedBy
		te.ReportedBy = &r
	}
	return te
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
			ev.Also[k].ReportedBy = LocateActor(ev.ReportedBy, ev.Also[k].Evidence.Text)
		}
	}
}

// Copy returns a copy of a, nil for nil: an actor a telling may change
// without changing the event's.
func (a *Actor) Copy() *Actor {
	if a == nil {
		return nil
	}
	c := *a
	return &c
}

// LocateActor returns a copy of a (nil for nil) whose Text and Span are
// the first place a.Text stands in text as whole words, else "" and
// [0, 0]: a's words found in another sentence telling the same event.
func LocateActor(a *Actor, text string) *Actor {
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
