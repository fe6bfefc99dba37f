// Package eval scores the event coder against a gold set: precision,
// recall and F1 overall, by CAMEO root and at full-code level, with the
// lists of missed and false events. It also measures the coder against
// events judged right or wrong (JudgeEvents, on the judged-events files
// of testdata/gold/judged/).
//
// A gold set is JSON Lines, one sentence (or short passage) per line:
//
//	{"id":"ev0001","date":"2024-07-13","text":"…",
//	 "events":[{"source":"PRK","target":null,"cameo":"150","status":"asserted"}],
//	 "tags":["missile-test"]}
//
// date is the publication date the text is coded against. An event
// matches a gold event when source and target codes are equal and the
// CAMEO code is equal (full-code level) or shares its root (root level).
// A gold event's optional date ("2024-07-11", "2024-07" or "2024") and
// date_precision ("day", "month", "year") are compared with the emitted
// event's Date and DatePrecision on root-level matches.
package eval

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
)

// Gold is one line of a gold set.
type Gold struct {
	ID     string      `json:"id"`
	Date   string      `json:"date"`
	Text   string      `json:"text"`
	Events []GoldEvent `json:"events"`
	Tags   []string    `json:"tags,omitempty"`
	// File, Sentence and SHA256 refer to a sentence of a corpus article in
	// place of Text, for real news whose text may not be copied: File is
	// the article's path under the corpus folder ("guardian_ngec/x.txt"),
	// Sentence the sentence's index as the coder splits the article (0 is
	// the body's first), SHA256 the first 16 hex digits of the SHA-256 of
	// the sentence's text, which checks that the corpus and the splitter
	// still give that sentence. FromCorpus fills Text (and Date).
	File     string `json:"file,omitempty"`
	Sentence *int   `json:"sentence,omitempty"`
	SHA256   string `json:"sha256,omitempty"`
	// Line is the line of the gold file the sentence was read from (1 is
	// the first; 0 when it was not read by ReadGold), for errors that
	// name it.
	Line int `json:"-"`
}

// GoldEvent is an expected event.
type GoldEvent struct {
	Source *string `json:"source"`
	Target *string `json:"target"`
	CAMEO  string  `json:"cameo"`
	Status string  `json:"status,omitempty"`
	// Date is the event's date at its precision: "2024-07-11",
	// "2024-07" or "2024"; empty when the gold gives none.
	Date string `json:"date,omitempty"`
	// DatePrecision is "day", "month" or "year"; empty when not given.
	DatePrecision string `json:"date_precision,omitempty"`
}

// ReadGold parses a gold set. Errors name the input and the line: bad
// JSON, an unknown field, a key in another case than its field's
// ("Events", "events[0].Cameo") or given twice in an object, data after
// the object (decodeLine), and each check below.
func ReadGold(r io.Reader, name string) ([]Gold, error) {
	var out []Gold
	seen := map[string]int{} // id → line
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var g Gold
		if err := decodeLine(line, &g); err != nil { // a misspelt "evnts" would make a no-event sentence
			if isCodedEvent(line) {
				return nil, fmt.Errorf("%s:%d: one event per line (as \"dyad code --format json\" or an example's .expected.jsonl writes them), not a gold sentence: a gold line is {\"id\", \"text\", \"events\": [{\"source\", \"cameo\", \"target\", …}]} (testdata/gold/README.md)", name, n)
			}
			return nil, fmt.Errorf("%s:%d: %v", name, n, err)
		}
		if g.Events == nil { // "events" missing or null ([] decodes to an empty slice)
			return nil, fmt.Errorf("%s:%d: no \"events\" (write [] for a sentence with none)", name, n)
		}
		if g.ID == "" {
			return nil, fmt.Errorf("%s:%d: no id", name, n)
		}
		if first, dup := seen[g.ID]; dup {
			return nil, fmt.Errorf("%s:%d: id %q given twice (first on line %d)", name, n, g.ID, first)
		}
		seen[g.ID] = n
		g.Line = n
		if g.Date != "" && !validDay(g.Date) {
			return nil, fmt.Errorf("%s:%d: date %q: want YYYY-MM-DD", name, n, g.Date)
		}
		if g.File != "" {
			if g.Text != "" {
				return nil, fmt.Errorf("%s:%d: give a \"text\" or a corpus \"file\", not both", name, n)
			}
			if g.Sentence == nil || *g.Sentence < -1 || len(g.SHA256) != 16 || strings.Trim(g.SHA256, "0123456789abcdef") != "" {
				return nil, fmt.Errorf("%s:%d: a corpus sentence needs \"sentence\" (its index) and \"sha256\" (16 lower-case hex digits)", name, n)
			}
		} else if g.Text == "" {
			return nil, fmt.Errorf("%s:%d: no text (nor a corpus \"file\")", name, n)
		}
		for _, e := range g.Events {
			if len(e.CAMEO) < 2 {
				return nil, fmt.Errorf("%s:%d: event without a CAMEO code", name, n)
			}
			if len(e.CAMEO) > 4 || strings.Trim(e.CAMEO, "0123456789") != "" {
				return nil, fmt.Errorf("%s:%d: CAMEO code %q: want 2 to 4 digits", name, n, e.CAMEO)
			}
			for _, a := range []struct {
				role string
				code *string
			}{{"source", e.Source}, {"target", e.Target}} {
				if a.code != nil && *a.code != "" && (len(*a.code) < 3 || strings.Trim(*a.code, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "") {
					return nil, fmt.Errorf("%s:%d: %s %q: want an actor code of upper-case letters (or null)", name, n, a.role, *a.code)
				}
			}
			if err := checkEventDate(e.Date, e.DatePrecision); err != nil {
				return nil, fmt.Errorf("%s:%d: %v", name, n, err)
			}
			switch dyad.Status(e.Status) {
			case "", dyad.Asserted, dyad.Alleged, dyad.Denied, dyad.Negated, dyad.Future, dyad.Hypothetical:
			default:
				return nil, fmt.Errorf("%s:%d: status %q: want asserted, alleged, denied, negated, future or hypothetical", name, n, e.Status)
			}
		}
		out = append(out, g)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

// Coder codes an article; *events.Coder satisfies it.
type Coder interface {
	Code(a *dyad.Article) []dyad.Event
}

// lineOf is "name:line", the file and line a sentence was read from, or
// name alone when the line is not known (0: a caller's own slice).
func lineOf(name string, line int) string {
	if line > 0 {
		return fmt.Sprintf("%s:%d", name, line)
	}
	return name
}

// Annotation is a second annotation of a gold set's sentences, as a Coder:
// Code gives the events the other annotator wrote for the article's ID
// (the gold sentence's id), so that Run measures how far two annotators
// agree, the ceiling a coder can be held to. Build it with NewAnnotation.
type Annotation map[string][]dyad.Event

// NewAnnotation pairs the other annotation with the gold set: it returns
// the gold sentences the other file also codes (in gold order) and the
// Annotation. It fails when the other file gives an id twice, when a
// shared id's texts differ (not the same sentence) or when no id is
// shared.
func NewAnnotation(gold, other []Gold, name string) ([]Gold, Annotation, error) {
	byID := make(map[string]Gold, len(other))
	for _, o := range other {
		if _, dup := byID[o.ID]; dup {
			return nil, nil, fmt.Errorf("%s: sentence %s given twice", name, o.ID)
		}
		byID[o.ID] = o
	}
	var both []Gold
	ann := Annotation{}
	for _, g := range gold {
		o, ok := byID[g.ID]
		if !ok {
			continue
		}
		if strings.Join(strings.Fields(o.Text), " ") != strings.Join(strings.Fields(g.Text), " ") {
			return nil, nil, fmt.Errorf("%s: sentence %s: the text differs from the gold's", lineOf(name, o.Line), g.ID)
		}
		if o.File != g.File || o.SHA256 != g.SHA256 || (o.Sentence == nil) != (g.Sentence == nil) || o.Sentence != nil && *o.Sentence != *g.Sentence {
			return nil, nil, fmt.Errorf("%s: sentence %s: refers to another corpus sentence than the gold's", lineOf(name, o.Line), g.ID)
		}
		both = append(both, g)
		evs := make([]dyad.Event, 0, len(o.Events))
		for _, e := range o.Events {
			ev := dyad.Event{CAMEO: e.CAMEO, Status: dyad.Status(e.Status), Date: e.Date, DatePrecision: e.DatePrecision}
			if s := str(e.Source); s != "-" {
				ev.Source = &dyad.Actor{Code: s}
			}
			if t := str(e.Target); t != "-" {
				ev.Target = &dyad.Actor{Code: t}
			}
			evs = append(evs, ev)
		}
		ann[g.ID] = evs
	}
	if len(both) == 0 {
		return nil, nil, fmt.Errorf("%s: no sentence id in common with the gold set", name)
	}
	return both, ann, nil
}

// Code returns the other annotator's events for a.ID.
func (an Annotation) Code(a *dyad.Article) []dyad.Event { return an[a.ID] }

// Explainer is a Coder that can also say why an expected event is
// missing: Why codes a and returns its events with a function giving, for
// a CAMEO root ("19"), the reason no event of that root was coded ("" when
// it cannot tell). Run fills Mismatch.Why and Report.WhyMissed with it.
type Explainer interface {
	Coder
	Why(a *dyad.Article) ([]dyad.Event, func(root string) string)
}

// Score counts matches at one level.
type Score struct {
	Gold, Emitted, Matched int
}

// Precision is Matched/Emitted (1 when nothing was emitted).
func (s Score) Precision() float64 { return ratio(s.Matched, s.Emitted) }

// Recall is Matched/Gold (1 when there is no gold event).
func (s Score) Recall() float64 { return ratio(s.Matched, s.Gold) }

// F1 is the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// share formats a/b for a report's table, "0.667", in width columns; "-"
// (no share: nothing to divide by, as a root with nothing emitted has no
// precision) when b is 0, where ratio gives 1.
func share(a, b, width int) string {
	if b == 0 {
		return fmt.Sprintf("%*s", width, "-")
	}
	return fmt.Sprintf("%*.3f", width, float64(a)/float64(b))
}

// Mismatch is a missed gold event or a false emitted one.
type Mismatch struct {
	ID, Text string
	Event    string // "PRK 150 -", source code, CAMEO, target code
	// Why is, for a missed event and an Explainer, the reason the coder
	// gave no event of its root (see Explainer), or "coded with other
	// actors" when it gave one.
	Why string
}

// DateMismatch is a root-level match whose date or precision differs
// from the gold's.
type DateMismatch struct {
	ID, Text string
	Event    string // the gold event: "PRK 150 -"
	// Want and Got are "date/precision": "2024-07-11/day".
	Want, Got string
}

// Report is the result of a run.
type Report struct {
	Sentences int
	Root      Score // root level
	Code      Score // full-code level
	// Actors is the dyad level: an emitted event with the gold event's
	// source and target, whatever its code (how often the coder finds who
	// did it to whom).
	Actors Score
	// Plover is the PLOVER event-type level (source, target and PLOVER
	// type agree), scored only by a Scorer with a PloverOf.
	Plover    Score
	HasPlover bool
	ByRoot    map[string]Score // root level, keyed by the gold or emitted root
	// StatusAgree counts root-level matches whose status equals the gold's
	// (when the gold gives one), out of StatusTotal.
	StatusAgree, StatusTotal int
	// DateAgree counts root-level matches whose date (and precision, when
	// the gold gives one) equals the gold's, out of DateTotal matches whose
	// gold event has a date; DateMisses lists the others.
	DateAgree, DateTotal int
	DateMisses           []DateMismatch
	Missed, False        []Mismatch
	// WhyMissed counts the missed events by Mismatch.Why (an Explainer's
	// runs only).
	WhyMissed map[string]int
	// ActorDiffs counts the missed events whose root the coder did give
	// in the sentence, by how the nearest such event's actors differ from
	// the gold's (see actorDiff: "target left out", "other source"…).
	ActorDiffs map[string]int
}

type key struct{ src, tgt, code string }

func str(p *string) string {
	if p == nil || *p == "" {
		return "-"
	}
	return *p
}

// Run codes every gold text with c and scores the events (root and full
// code levels).
func Run(c Coder, gold []Gold) *Report { return Scorer{}.Run(c, gold) }

// Scorer scores a coder against a gold set.
type Scorer struct {
	// PloverOf, when set, gives a CAMEO code's PLOVER event type ("" for
	// none; cameo.Ontology's Lookup has it) and adds the PLOVER level to
	// the report: gold and emitted events are both mapped through it.
	PloverOf func(code string) string
}

// Run codes every gold text with c and scores the events.
func (sc Scorer) Run(c Coder, gold []Gold) *Report {
	rep := &Report{ByRoot: map[string]Score{}, HasPlover: sc.PloverOf != nil}
	for _, g := range gold {
		rep.Sentences++
		a := &dyad.Article{ID: g.ID, Published: g.Date, Body: []string{g.Text}}
		article.StripDateline(a) // "SEOUL, March 14 (Yonhap) -- …" as a reader gives it
		var evs []dyad.Event
		var why func(string) string
		if x, ok := c.(Explainer); ok {
			evs, why = x.Why(a)
		} else {
			evs = c.Code(a)
		}
		missed := len(rep.Missed)
		var got []key
		for _, e := range evs {
			k := key{"-", "-", e.CAMEO}
			if e.Source != nil {
				k.src = e.Source.Code
			}
			if e.Target != nil {
				k.tgt = e.Target.Code
			}
			got = append(got, k)
		}
		var want []key
		for _, e := range g.Events {
			want = append(want, key{str(e.Source), str(e.Target), e.CAMEO})
		}
		rep.score(g, want, got, evs)
		if why != nil {
			rep.explain(rep.Missed[missed:], got, why)
		}
		rep.Actors.add(dyadKeys(want), dyadKeys(got))
		if sc.PloverOf != nil {
			rep.Plover.add(ploverKeys(want, sc.PloverOf), ploverKeys(got, sc.PloverOf))
		}
	}
	return rep
}

// ploverKeys replaces each key's CAMEO code by its PLOVER event type.
func ploverKeys(ks []key, ploverOf func(string) string) []key {
	out := make([]key, len(ks))
	for i, k := range ks {
		k.code = ploverOf(k.code)
		if k.code == "" {
			k.code = "-"
		}
		out[i] = k
	}
	return out
}

// dyadKeys drops each key's code.
func dyadKeys(ks []key) []key {
	out := make([]key, len(ks))
	for i, k := range ks {
		out[i] = key{src: k.src, tgt: k.tgt}
	}
	return out
}

// add scores one sentence's events: each gold key matches at most one
// equal emitted key.
func (s *Score) add(want, got []key) {
	s.Gold += len(want)
	s.Emitted += len(got)
	used := make([]bool, len(got))
	for _, w := range want {
		for j, k := range got {
			if !used[j] && k == w {
				used[j] = true
				s.Matched++
				break
			}
		}
	}
}

func root(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

// score scores one sentence: got[j] is the key of the emitted event evs[j].
func (rep *Report) score(g Gold, want, got []key, evs []dyad.Event) {
	rep.Root.Gold += len(want)
	rep.Code.Gold += len(want)
	rep.Root.Emitted += len(got)
	rep.Code.Emitted += len(got)
	for _, w := range want {
		s := rep.ByRoot[root(w.code)]
		s.Gold++
		rep.ByRoot[root(w.code)] = s
	}
	for _, k := range got {
		s := rep.ByRoot[root(k.code)]
		s.Emitted++
		rep.ByRoot[root(k.code)] = s
	}
	// full-code matches
	usedW := make([]bool, len(want))
	usedG := make([]bool, len(got))
	for i, w := range want {
		for j, k := range got {
			if !usedG[j] && k == w {
				usedW[i], usedG[j] = true, true
				rep.Code.Matched++
				break
			}
		}
	}
	// root-level matches
	usedW = make([]bool, len(want))
	usedG = make([]bool, len(got))
	for i, w := range want {
		for j, k := range got {
			if !usedG[j] && k.src == w.src && k.tgt == w.tgt && root(k.code) == root(w.code) {
				usedW[i], usedG[j] = true, true
				rep.Root.Matched++
				s := rep.ByRoot[root(w.code)]
				s.Matched++
				rep.ByRoot[root(w.code)] = s
				if st := g.Events[i].Status; st != "" {
					rep.StatusTotal++
					if st == string(evs[j].Status) {
						rep.StatusAgree++
					}
				}
				if ge := g.Events[i]; ge.Date != "" {
					rep.DateTotal++
					if gd := &evs[j]; gd.Date == ge.Date && (ge.DatePrecision == "" || ge.DatePrecision == gd.DatePrecision) {
						rep.DateAgree++
					} else {
						want := ge.Date
						if ge.DatePrecision != "" {
							want += "/" + ge.DatePrecision
						}
						rep.DateMisses = append(rep.DateMisses, DateMismatch{g.ID, g.Text, w.src + " " + w.code + " " + w.tgt, want, gd.Date + "/" + gd.DatePrecision})
					}
				}
				break
			}
		}
	}
	for i, w := range want {
		if !usedW[i] {
			rep.Missed = append(rep.Missed, Mismatch{ID: g.ID, Text: g.Text, Event: w.src + " " + w.code + " " + w.tgt})
			if d := actorDiff(w, got); d != "" {
				if rep.ActorDiffs == nil {
					rep.ActorDiffs = map[string]int{}
				}
				rep.ActorDiffs[d]++
			}
		}
	}
	for j, k := range got {
		if !usedG[j] {
			rep.False = append(rep.False, Mismatch{ID: g.ID, Text: g.Text, Event: k.src + " " + k.code + " " + k.tgt})
		}
	}
}

// Actor differences, from the nearest to the farthest: the order actorDiff
// tries them in.
var actorDiffs = []string{
	"source and target swapped",
	"target left out",
	"target added",
	"target's sector differs",
	"other target",
	"source's sector differs",
	"other source",
	"source and target both differ",
}

// actorDiff says how the emitted event of w's root nearest to w differs
// from it in its actors: one of actorDiffs, "" when no emitted event has
// w's root. Two codes of one country or group ("USA", "USAGOV") differ
// in sector.
func actorDiff(w key, got []key) string {
	best := len(actorDiffs)
	for _, k := range got {
		if root(k.code) != root(w.code) {
			continue
		}
		sameSrc := k.src == w.src
		var d int
		switch {
		case k.src == w.tgt && k.tgt == w.src:
			d = 0
		case sameSrc && k.tgt == "-":
			d = 1
		case sameSrc && w.tgt == "-":
			d = 2
		case sameSrc && group(k.tgt) == group(w.tgt):
			d = 3
		case sameSrc:
			d = 4
		case k.tgt == w.tgt && group(k.src) == group(w.src):
			d = 5
		case k.tgt == w.tgt:
			d = 6
		default:
			d = 7
		}
		best = min(best, d)
	}
	if best == len(actorDiffs) {
		return ""
	}
	return actorDiffs[best]
}

// group is an actor code's country or group: its first three letters.
func group(code string) string {
	if len(code) < 3 {
		return code
	}
	return code[:3]
}

// explain fills the Why of missed events from an Explainer's reasons.
func (rep *Report) explain(missed []Mismatch, got []key, why func(string) string) {
	if rep.WhyMissed == nil {
		rep.WhyMissed = map[string]int{}
	}
	for i := range missed {
		m := &missed[i]
		code := strings.Fields(m.Event)[1]
		for _, k := range got {
			if root(k.code) == root(code) {
				m.Why = "coded with other actors"
				break
			}
		}
		if m.Why == "" {
			m.Why = why(root(code))
		}
		rep.WhyMissed[m.Why]++
	}
}

// Print writes the report: totals, a table by root, and with details the
// missed and false events. A precision with nothing emitted, or a recall
// with no gold event, is printed "-", not 1.
func (rep *Report) Print(w io.Writer, details bool) {
	fmt.Fprintf(w, "sentences %d, gold events %d, emitted %d\n\n", rep.Sentences, rep.Root.Gold, rep.Root.Emitted)
	fmt.Fprintf(w, "%-10s %9s %9s %9s %6s %6s %6s\n", "level", "precision", "recall", "F1", "gold", "emit", "match")
	line := func(name string, s Score) {
		fmt.Fprintf(w, "%-10s %s %s %9.3f %6d %6d %6d\n", name, share(s.Matched, s.Emitted, 9), share(s.Matched, s.Gold, 9), s.F1(), s.Gold, s.Emitted, s.Matched)
	}
	line("root", rep.Root)
	line("full code", rep.Code)
	if rep.HasPlover {
		line("PLOVER", rep.Plover)
	}
	line("actors", rep.Actors)
	if rep.StatusTotal > 0 {
		fmt.Fprintf(w, "status agreement on root matches: %d/%d (%.3f)\n", rep.StatusAgree, rep.StatusTotal, float64(rep.StatusAgree)/float64(rep.StatusTotal))
	}
	if rep.DateTotal > 0 {
		fmt.Fprintf(w, "date agreement on root matches: %d/%d (%.3f)\n", rep.DateAgree, rep.DateTotal, float64(rep.DateAgree)/float64(rep.DateTotal))
	}
	fmt.Fprintf(w, "\nby root (root level)\n")
	roots := make([]string, 0, len(rep.ByRoot))
	for r := range rep.ByRoot {
		roots = append(roots, r)
	}
	sort.Strings(roots)
	for _, r := range roots {
		line("  "+r, rep.ByRoot[r])
	}
	if len(rep.WhyMissed) > 0 {
		fmt.Fprintf(w, "\nmissed events by reason\n")
		whys := make([]string, 0, len(rep.WhyMissed))
		for r := range rep.WhyMissed {
			whys = append(whys, r)
		}
		sort.Slice(whys, func(i, j int) bool {
			a, b := rep.WhyMissed[whys[i]], rep.WhyMissed[whys[j]]
			return a > b || a == b && whys[i] < whys[j]
		})
		for _, r := range whys {
			fmt.Fprintf(w, "  %4d  %s\n", rep.WhyMissed[r], r)
		}
	}
	if len(rep.ActorDiffs) > 0 {
		fmt.Fprintf(w, "\nmissed events whose root was coded, by how the actors differ\n")
		for _, d := range actorDiffs {
			if n := rep.ActorDiffs[d]; n > 0 {
				fmt.Fprintf(w, "  %4d  %s\n", n, d)
			}
		}
	}
	if !details {
		return
	}
	fmt.Fprintf(w, "\nmissed (%d)\n", len(rep.Missed))
	for _, m := range rep.Missed {
		if m.Why != "" {
			fmt.Fprintf(w, "  %s  %-28s  [%s]  %s\n", m.ID, m.Event, m.Why, m.Text)
			continue
		}
		fmt.Fprintf(w, "  %s  %-28s  %s\n", m.ID, m.Event, m.Text)
	}
	fmt.Fprintf(w, "\nfalse (%d)\n", len(rep.False))
	for _, m := range rep.False {
		fmt.Fprintf(w, "  %s  %-28s  %s\n", m.ID, m.Event, m.Text)
	}
	if rep.DateTotal > 0 {
		fmt.Fprintf(w, "\nwrong dates (%d; want, got)\n", len(rep.DateMisses))
		for _, m := range rep.DateMisses {
			fmt.Fprintf(w, "  %s  %-28s  %s  %s  %s\n", m.ID, m.Event, m.Want, m.Got, m.Text)
		}
	}
}

// validDay reports whether s is an ISO day ("2024-07-13") or an RFC 3339
// time.
func validDay(s string) bool {
	if _, err := time.Parse("2006-01-02", s); err == nil {
		return true
	}
	_, err := time.Parse(time.RFC3339, s)
	return err == nil
}

// checkEventDate checks a gold event's date and precision: a day
// ("2024-07-11"), month ("2024-07") or year ("2024"), a precision of day,
// month or year that fits the date's form, or neither.
func checkEventDate(date, precision string) error {
	form := ""
	for _, f := range []struct{ layout, precision string }{{"2006-01-02", "day"}, {"2006-01", "month"}, {"2006", "year"}} {
		if _, err := time.Parse(f.layout, date); err == nil && len(date) == len(f.layout) {
			form = f.precision
		}
	}
	switch {
	case date != "" && form == "":
		return fmt.Errorf("event date %q: want YYYY-MM-DD, YYYY-MM or YYYY", date)
	case precision != "" && precision != "day" && precision != "month" && precision != "year":
		return fmt.Errorf("date_precision %q: want day, month or year", precision)
	case precision != "" && date != "" && precision != form:
		return fmt.Errorf("date %q has %s precision, not %s", date, form, precision)
	}
	return nil
}

// isCodedEvent reports whether line is a JSON object holding one event
// (a top-level "cameo" and no "events"): the coder's output (dyad code
// --format json) or an example's .expected.jsonl given where a gold set
// is wanted.
func isCodedEvent(line string) bool {
	var m map[string]json.RawMessage
	if json.Unmarshal([]byte(line), &m) != nil {
		return false
	}
	_, c := m["cameo"]
	_, e := m["events"]
	return c && !e
}

// decodeLine decodes one JSON Lines line of a gold or judged file into v,
// the one decoding of those lines: strict where encoding/json is lenient.
// It refuses unknown fields, a key that names a field in another case
// ("Right" for "right", at any depth: encoding/json would take it), a
// key given twice in one object, and anything but white space after the
// JSON value. Its errors say what the line holds and what it should, never
// a Go type: a field of the wrong JSON type by its place in the line, the
// JSON type found and the one wanted ("field \"events[1].cameo\" is a JSON
// number; want a string"); a line that is no object, a syntax error with
// its column, a line cut short; others are encoding/json's without "json: ".
func decodeLine(line string, v any) error {
	dec := json.NewDecoder(strings.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var te *json.UnmarshalTypeError
		var se *json.SyntaxError
		switch {
		case errors.As(err, &te) && te.Field == "":
			return fmt.Errorf("a JSON %s, not an object: each line is one JSON object {…}", te.Value)
		case errors.As(err, &te):
			return fmt.Errorf("field %q is a JSON %s; want %s", fieldPath(line, te.Field, te.Value), te.Value, jsonWant(te.Type))
		case errors.As(err, &se):
			return fmt.Errorf("bad JSON at column %d: %s", column(line, int(se.Offset)), se.Error())
		case errors.Is(err, io.ErrUnexpectedEOF):
			return errors.New("the line ends before its JSON object closes (a missing }, ] or \")")
		}
		return errors.New(strings.TrimPrefix(err.Error(), "json: "))
	}
	end := dec.InputOffset()
	if _, err := dec.Token(); err != io.EOF {
		rest := line[end:]
		at := len(line) - len(strings.TrimLeft(rest, " \t\r\n"))
		return fmt.Errorf("data after the JSON object at column %d", column(line, at+1))
	}
	keys := json.NewDecoder(strings.NewReader(line))
	return exactKeys(keys, reflect.TypeOf(v), "")
}

// fieldPath returns where in line the field named by encoding/json (dotted,
// without array indexes: "events.cameo") holds a value of JSON type got
// ("number", "number 1.5"): the first such place, with its indexes
// ("events[1].cameo", "events[0]" for an element of the array itself);
// field when none is found.
func fieldPath(line, field, got string) string {
	var v any
	if json.Unmarshal([]byte(line), &v) != nil {
		return field
	}
	kind, _, _ := strings.Cut(got, " ")
	if p, ok := findKind(v, strings.Split(field, "."), kind, ""); ok {
		return p
	}
	return field
}

// findKind finds in v, down the object keys parts (through any arrays on
// the way), the first value of JSON type kind, and returns its path after
// prefix.
func findKind(v any, parts []string, kind, prefix string) (string, bool) {
	if arr, ok := v.([]any); ok && (len(parts) > 0 || kind != "array") {
		for i, e := range arr {
			if p, ok := findKind(e, parts, kind, fmt.Sprintf("%s[%d]", prefix, i)); ok {
				return p, true
			}
		}
		return "", false
	}
	if len(parts) == 0 {
		return prefix, jsonKind(v) == kind
	}
	m, ok := v.(map[string]any)
	if !ok {
		return "", false
	}
	c, ok := m[parts[0]]
	if !ok {
		return "", false
	}
	if prefix != "" {
		prefix += "."
	}
	return findKind(c, parts[1:], kind, prefix+parts[0])
}

// jsonKind names a decoded JSON value's type as encoding/json's errors do.
func jsonKind(v any) string {
	switch v.(type) {
	case string:
		return "string"
	case float64:
		return "number"
	case bool:
		return "bool"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return "null"
}

// jsonWant says what JSON a field of Go type t takes: "a string", "a
// whole number", "true or false", "an array […]", "an object {…}".
func jsonWant(t reflect.Type) string {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil {
		return "another JSON type"
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice, reflect.Array:
		return "an array […]"
	case reflect.Struct, reflect.Map:
		return "an object {…}"
	}
	return "another JSON type"
}

// exactKeys reads the next JSON value from dec (one decoded without error)
// and checks that each key of each object in it is given once and, in an
// object that fills a struct of type t, names a field exactly as its json
// tag (or Go name) does; path is the value's place in the line, for
// errors ("events[0].").
func exactKeys(dec *json.Decoder, t reflect.Type, path string) error {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	switch tok {
	case json.Delim('['):
		var elem reflect.Type
		if t != nil && (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) {
			elem = t.Elem()
		}
		for i := 0; dec.More(); i++ {
			if err := exactKeys(dec, elem, fmt.Sprintf("%s[%d].", strings.TrimSuffix(path, "."), i)); err != nil {
				return err
			}
		}
	case json.Delim('{'):
		fields := jsonFields(t)
		seen := map[string]bool{}
		for dec.More() {
			tok, err := dec.Token()
			if err != nil {
				return err
			}
			key, _ := tok.(string)
			if seen[key] {
				return fmt.Errorf("field %q given twice", path+key)
			}
			seen[key] = true
			var ft reflect.Type
			switch {
			case fields != nil:
				f, ok := fields[key]
				if !ok {
					for name := range fields {
						if strings.EqualFold(name, key) {
							return fmt.Errorf("field %q: keys are case-sensitive, want %q", path+key, path+name)
						}
					}
					return fmt.Errorf("unknown field %q", path+key)
				}
				ft = f
			case t != nil && t.Kind() == reflect.Map:
				ft = t.Elem()
			}
			if err := exactKeys(dec, ft, path+key+"."); err != nil {
				return err
			}
		}
	default:
		return nil // a string, number, boolean or null
	}
	_, err = dec.Token() // the closing ] or }
	return err
}

// jsonFields returns the JSON keys of struct type t's fields as
// encoding/json names them (the json tag's name, else the Go name; those
// of embedded structs too, an outer field shadowing an embedded one of
// its name) with their types; nil when t is no struct.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	if t == nil || t.Kind() != reflect.Struct {
		return nil
	}
	out := map[string]reflect.Type{}
	var outer []reflect.StructField
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		ft := f.Type
		for ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		if f.Anonymous && tag == "" && ft.Kind() == reflect.Struct {
			for k, v := range jsonFields(ft) {
				out[k] = v
			}
			continue
		}
		outer = append(outer, f)
	}
	for _, f := range outer {
		tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || tag == "-" {
			continue
		}
		if tag == "" {
			tag = f.Name
		}
		out[tag] = f.Type
	}
	return out
}

// column is the 1-based column, in characters (runes), of the character
// that ends at byte offset end of line: the one encoding/json reports an
// error "after reading" end bytes. end past the line counts the line's
// characters.
func column(line string, end int) int {
	end = min(max(end, 0), len(line))
	return utf8.RuneCountInString(line[:end])
}
