package events_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/events"
)

// expected is the projection of an event that the examples' golden files
// hold: what a correct coder must produce, written by hand.
type expected struct {
	Sentence      int     `json:"sentence"`
	Source        *string `json:"source"`
	Target        *string `json:"target"`
	CAMEO         string  `json:"cameo"`
	Status        string  `json:"status"`
	Date          string  `json:"date"`
	DatePrecision string  `json:"date_precision"`
}

func (e expected) String() string {
	s, t := "null", "null"
	if e.Source != nil {
		s = *e.Source
	}
	if e.Target != nil {
		t = *e.Target
	}
	return fmt.Sprintf("s%d %s %s %s %s %s/%s", e.Sentence, s, e.CAMEO, t, e.Status, e.Date, e.DatePrecision)
}

func project(ev dyad.Event) expected {
	p := expected{Sentence: ev.Sentence, CAMEO: ev.CAMEO, Status: string(ev.Status), Date: ev.Date, DatePrecision: ev.DatePrecision}
	if ev.Source != nil {
		p.Source = &ev.Source.Code
	}
	if ev.Target != nil {
		p.Target = &ev.Target.Code
	}
	return p
}

func newCoder(t testing.TB) *events.Coder {
	t.Helper()
	c, err := events.New(events.Config{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestExamples codes every examples/*.txt article and compares the events
// with its hand-written examples/*.expected.jsonl, exactly.
func TestExamples(t *testing.T) {
	c := newCoder(t)
	files, _ := filepath.Glob("../examples/*.txt")
	if len(files) < 12 {
		t.Fatalf("want at least 12 examples, found %d", len(files))
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			arts, err := article.Read(f, data, article.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, a := range arts {
				for _, ev := range c.Code(a) {
					got = append(got, project(ev).String())
				}
			}
			want := readExpected(t, strings.TrimSuffix(f, ".txt")+".expected.jsonl")
			sort.Strings(got)
			sort.Strings(want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("events differ\n%s", diff(want, got))
			}
		})
	}
}

func readExpected(t *testing.T, path string) []string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var e expected
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		out = append(out, e.String())
	}
	return out
}

func diff(want, got []string) string {
	w := map[string]int{}
	for _, x := range want {
		w[x]++
	}
	g := map[string]int{}
	for _, x := range got {
		g[x]++
	}
	var b strings.Builder
	for _, x := range want {
		if g[x] == 0 {
			fmt.Fprintf(&b, "  missing: %s\n", x)
		} else {
			g[x]--
		}
	}
	for _, x := range got {
		if w[x] == 0 {
			fmt.Fprintf(&b, "  extra:   %s\n", x)
		} else {
			w[x]--
		}
	}
	return b.String()
}

// checkSentences codes each case's text as the one-paragraph body of an
// article published 2024-07-13 and checks that its events, formatted by
// eventLine (with the date when withDate), are exactly want in any order.
func checkSentences(t *testing.T, c *events.Coder, cases []coverageCase, withDate bool) {
	t.Helper()
	for _, tt := range cases {
		a := &dyad.Article{ID: "t", Published: "2024-07-13", Body: []string{tt.text}}
		var got []string
		for _, e := range c.Code(a) {
			got = append(got, eventLine(e, withDate))
		}
		if !sameEvents(got, tt.want) {
			t.Errorf("%s\n got: %q\nwant: %q", tt.text, got, tt.want)
		}
	}
}

// datedCase is a one-sentence article published on pub (YYYY-MM-DD) and
// every event it must give, in order, as eventLine(e, false).
type datedCase struct {
	pub, text string
	want      []string
}

// checkPublished codes each case's text as the one-paragraph body of an
// article published on its pub date and checks that its events, formatted
// by eventLine without dates, are exactly want in the coder's order.
func checkPublished(t *testing.T, c *events.Coder, cases []datedCase) {
	t.Helper()
	checkPublishedLines(t, c, cases, false)
}

// checkPublishedLines is checkPublished with the events formatted by
// eventLine(e, withDate): with withDate each want line ends in the
// event's date ("SOURCE CAMEO TARGET status date").
func checkPublishedLines(t *testing.T, c *events.Coder, cases []datedCase, withDate bool) {
	t.Helper()
	for _, tt := range cases {
		a := &dyad.Article{ID: "t", Published: tt.pub, Body: []string{tt.text}}
		var got []string
		for _, e := range c.Code(a) {
			got = append(got, eventLine(e, withDate))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s (%s)\n got: %q\nwant: %q", tt.text, tt.pub, got, tt.want)
		}
	}
}

// articleCase is a short article, its paragraphs in order (one sentence
// each), and every event of its last paragraph as eventLine(e, true).
type articleCase struct {
	body []string
	want []string
}

// checkLastParagraph codes each case as an article published 2024-07-13
// and checks that the events of its last paragraph are exactly want, in
// any order.
func checkLastParagraph(t *testing.T, c *events.Coder, cases []articleCase) {
	t.Helper()
	for _, tt := range cases {
		a := &dyad.Article{ID: "t", Published: "2024-07-13", Body: tt.body}
		last := len(tt.body) - 1
		var got []string
		for _, ev := range c.Code(a) {
			if ev.Sentence == last {
				got = append(got, eventLine(ev, true))
			}
		}
		if !sameEvents(got, tt.want) {
			t.Errorf("%q\n got %q\nwant %q", tt.body[last], got, tt.want)
		}
	}
}

// eventLine formats an event as the coder tests compare it: "SOURCE CAMEO
// TARGET status" ("-" for no target), with " DATE" when withDate.
func eventLine(e dyad.Event, withDate bool) string {
	s := dyadLine(e) + " " + string(e.Status)
	if withDate {
		s += " " + e.Date
	}
	return s
}

// dyadLine formats e as "SOURCE CAMEO TARGET" ("-" for no target): who
// did what to whom, without status or date.
func dyadLine(e dyad.Event) string {
	tgt := "-"
	if e.Target != nil {
		tgt = e.Target.Code
	}
	return e.Source.Code + " " + e.CAMEO + " " + tgt
}

// checkDyadsPlaced codes a and checks its events' dyads (dyadLine) against
// want and each event's place, as placeOf writes it, against place; label
// names the case in failures.
func checkDyadsPlaced(t *testing.T, c *events.Coder, a *dyad.Article, label string, want []string, place string, placeOf func(dyad.Event) string) {
	t.Helper()
	var got []string
	for _, e := range c.Code(a) {
		got = append(got, dyadLine(e))
		if p := placeOf(e); p != place {
			t.Errorf("%s\n %s %s at %q, want %q", label, e.Source.Code, e.CAMEO, p, place)
		}
	}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("%s\n got %q\nwant %q", label, got, want)
	}
}

// placeName is e's location's name, "" when it has none.
func placeName(e dyad.Event) string {
	if e.Location == nil {
		return ""
	}
	return e.Location.Name
}

// alsoSentences lists the sentence of each further telling e carries.
func alsoSentences(e dyad.Event) []int {
	var also []int
	for _, m := range e.Also {
		also = append(also, m.Sentence)
	}
	return also
}

// placeLine formats e's location as "NAME ISO3 LAT LON KIND", "" when it
// has none.
func placeLine(e dyad.Event) string {
	l := e.Location
	if l == nil {
		return ""
	}
	return fmt.Sprintf("%s %s %v %v %s", l.Name, l.Country, l.Lat, l.Lon, l.Kind)
}

// placeCountry formats e's location as "NAME ISO3", "" when it has none.
func placeCountry(e dyad.Event) string {
	if e.Location == nil {
		return ""
	}
	return e.Location.Name + " " + e.Location.Country
}

// dyadCase is a sentence and every event it must give, in order, as
// dyadLine formats them.
type dyadCase struct {
	text string
	want []string
}

// checkDyads codes each case's text as the one-paragraph body of an
// article published on pub (YYYY-MM-DD) and checks that its events,
// formatted by dyadLine, are exactly want in the coder's order.
func checkDyads(t *testing.T, c *events.Coder, pub string, cases []dyadCase) {
	t.Helper()
	for _, tt := range cases {
		a := &dyad.Article{ID: "t", Published: pub, Body: []string{tt.text}}
		var got []string
		for _, e := range c.Code(a) {
			got = append(got, dyadLine(e))
		}
		if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
			t.Errorf("%s\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// familyCase is a sentence (or, split, a short article) with the exact
// events wanted, in order, and the family of rules it exercises.
type familyCase struct {
	family string
	text   string
	want   []string
}

// checkFamilies codes each case as an article published on 2024-03-14,
// one paragraph, or with split one paragraph per ". "-ended sentence,
// after a first paragraph when first is not "", and compares all its
// events (eventLine without the date) exactly, in order.
func checkFamilies(t *testing.T, first string, cases []familyCase, split bool) {
	t.Helper()
	checkFamiliesOn(t, "2024-03-14", first, cases, split)
}

// checkFamiliesOn is checkFamilies for articles published on date, an
// ISO date ("2018-04-12").
func checkFamiliesOn(t *testing.T, date, first string, cases []familyCase, split bool) {
	t.Helper()
	c := newCoder(t)
	for _, tt := range cases {
		body := []string{tt.text}
		if split {
			body = strings.SplitAfter(tt.text, ". ")
		}
		if first != "" {
			body = append([]string{first}, body...)
		}
		a := &dyad.Article{ID: "t", Published: date, Body: body}
		var got []string
		for _, e := range c.Code(a) {
			got = append(got, eventLine(e, false))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") || len(got) != len(tt.want) {
			t.Errorf("%s: %q\n got: %q\nwant: %q", tt.family, tt.text, got, tt.want)
		}
	}
}

// checkDated codes each case as a one-sentence article published on date
// and compares its events ("SOURCE CAMEO TARGET status") with want.
func checkDated(t *testing.T, c *events.Coder, date string, cases []coverageCase) {
	t.Helper()
	for _, tt := range cases {
		a := &dyad.Article{ID: "t", Published: date, Body: []string{tt.text}}
		var got []string
		for _, e := range c.Code(a) {
			got = append(got, eventLine(e, false))
		}
		if !sameEvents(got, tt.want) {
			t.Errorf("%s (%s)\n got: %q\nwant: %q", tt.text, date, got, tt.want)
		}
	}
}

// mentionsCase is a sentence, its date and the actor mentions the coder
// keeps for it, as text=CODE joined by " | " ("~" before a modifier's
// code, places left out).
type mentionsCase struct {
	date, text, want string
}

func checkCoderMentions(t *testing.T, c *events.Coder, cases []mentionsCase) {
	t.Helper()
	for _, tt := range cases {
		a := &dyad.Article{ID: "t", Published: tt.date, Body: []string{tt.text}}
		var got []string
		for _, sa := range c.Actors(a) {
			for _, m := range sa.Mentions {
				if m.Place {
					continue
				}
				code := m.Code
				if m.Modifier {
					code = "~" + code
				}
				got = append(got, m.Text+"="+code)
			}
		}
		if g := strings.Join(got, " | "); g != tt.want {
			t.Errorf("%s (%s)\n got  %s\n want %s", tt.text, tt.date, g, tt.want)
		}
	}
}
