package eval

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// cannedCoder returns the events listed for each article id.
type cannedCoder map[string][]dyad.Event

func (c cannedCoder) Code(a *dyad.Article) []dyad.Event { return c[a.ID] }

func ev(src, code, tgt string) dyad.Event {
	e := dyad.Event{CAMEO: code}
	if src != "" {
		e.Source = &dyad.Actor{Code: src}
	}
	if tgt != "" {
		e.Target = &dyad.Actor{Code: tgt}
	}
	return e
}

// TestScorer scores a small gold set at the root, full-code and PLOVER
// levels: 042 for 043 matches at root and PLOVER level only; 190 for 180
// matches at PLOVER level only (both ASSAULT here), and both at the actors
// level; a false event and a missed one count against precision and recall.
func TestScorer(t *testing.T) {
	gold, err := ReadGold(strings.NewReader(`{"id":"g1","date":"2024-01-02","text":"a","events":[{"source":"JPN","target":"AUS","cameo":"043"}]}
{"id":"g2","date":"2024-01-02","text":"b","events":[{"source":"RUS","target":"UKR","cameo":"180"}]}
{"id":"g3","date":"2024-01-02","text":"c","events":[{"source":"PRK","target":null,"cameo":"150"}]}
{"id":"g4","date":"2024-01-02","text":"d","events":[]}
`), "gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	c := cannedCoder{
		"g1": {ev("JPN", "042", "AUS")},
		"g2": {ev("RUS", "190", "UKR")},
		"g4": {ev("USA", "010", "")},
	}
	plover := map[string]string{"042": "CONSULT", "043": "CONSULT", "180": "ASSAULT", "190": "ASSAULT", "150": "MOBILIZE"}
	rep := Scorer{PloverOf: func(code string) string { return plover[code] }}.Run(c, gold)
	tests := []struct {
		level string
		got   Score
		want  Score
	}{
		{"root", rep.Root, Score{Gold: 3, Emitted: 3, Matched: 1}},
		{"full code", rep.Code, Score{Gold: 3, Emitted: 3, Matched: 0}},
		{"PLOVER", rep.Plover, Score{Gold: 3, Emitted: 3, Matched: 2}},
		{"actors", rep.Actors, Score{Gold: 3, Emitted: 3, Matched: 2}},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s: %+v, want %+v", tc.level, tc.got, tc.want)
		}
	}
	if !rep.HasPlover || Run(c, gold).HasPlover {
		t.Errorf("HasPlover: Scorer with PloverOf %v, Run %v", rep.HasPlover, Run(c, gold).HasPlover)
	}
	if len(rep.Missed) != 2 || len(rep.False) != 2 {
		t.Errorf("missed %v, false %v", rep.Missed, rep.False)
	}
}

// TestDateAgreement counts date agreement on root-level matches: a right
// day, a wrong day, a right date at the wrong precision, a gold event
// without a date (not counted) and an unmatched event (not counted).
func TestDateAgreement(t *testing.T) {
	gold, err := ReadGold(strings.NewReader(`{"id":"d1","date":"2024-07-13","text":"a","events":[{"source":"PRK","target":null,"cameo":"150","date":"2024-07-11","date_precision":"day"}]}
{"id":"d2","date":"2024-07-13","text":"b","events":[{"source":"RUS","target":"UKR","cameo":"190","date":"2024-07-09","date_precision":"day"},{"source":"UKR","target":"RUS","cameo":"190","date":"2024-07-09","date_precision":"day"}]}
{"id":"d3","date":"2024-07-13","text":"c","events":[{"source":"CHN","target":"TWN","cameo":"150","date":"2024-06","date_precision":"month"}]}
{"id":"d4","date":"2024-07-13","text":"d","events":[{"source":"USA","target":"IRN","cameo":"163"}]}
{"id":"d5","date":"2024-07-13","text":"e","events":[{"source":"ISR","target":"PSE","cameo":"195","date":"2024-07-12","date_precision":"day"}]}
`), "gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	dated := func(e dyad.Event, date, prec string) dyad.Event {
		e.Date, e.DatePrecision = date, prec
		return e
	}
	c := cannedCoder{
		"d1": {dated(ev("PRK", "150", ""), "2024-07-11", "day")},
		"d2": {dated(ev("RUS", "195", "UKR"), "2024-07-09", "day"), dated(ev("UKR", "190", "RUS"), "2024-07-13", "day")},
		"d3": {dated(ev("CHN", "150", "TWN"), "2024-06", "day")},
		"d4": {dated(ev("USA", "163", "IRN"), "2024-07-13", "day")},
		"d5": {dated(ev("ISR", "195", "LBN"), "2024-07-12", "day")},
	}
	rep := Run(c, gold)
	if rep.DateAgree != 2 || rep.DateTotal != 4 {
		t.Errorf("date agreement %d/%d, want 2/4", rep.DateAgree, rep.DateTotal)
	}
	want := []DateMismatch{
		{"d2", "b", "UKR 190 RUS", "2024-07-09/day", "2024-07-13/day"},
		{"d3", "c", "CHN 150 TWN", "2024-06/month", "2024-06/day"},
	}
	if len(rep.DateMisses) != len(want) {
		t.Fatalf("date misses %v, want %v", rep.DateMisses, want)
	}
	for i := range want {
		if rep.DateMisses[i] != want[i] {
			t.Errorf("date miss %d: %+v, want %+v", i, rep.DateMisses[i], want[i])
		}
	}
	var b strings.Builder
	rep.Print(&b, false)
	if !strings.Contains(b.String(), "date agreement on root matches: 2/4 (0.500)\n") || strings.Contains(b.String(), "wrong dates") {
		t.Errorf("quiet report:\n%s", b.String())
	}
	b.Reset()
	rep.Print(&b, true)
	if !strings.Contains(b.String(), "wrong dates (2; want, got)\n  d2  UKR 190 RUS                   2024-07-09/day  2024-07-13/day  b\n") {
		t.Errorf("detailed report:\n%s", b.String())
	}
}

// seenCoder records the articles it is given.
type seenCoder struct{ got []dyad.Article }

func (c *seenCoder) Code(a *dyad.Article) []dyad.Event {
	c.got = append(c.got, *a)
	return nil
}

// TestRunStripsDateline gives the coder a gold sentence as a reader would:
// a wire dateline moves out of the text, so "SEOUL" is no actor of it.
func TestRunStripsDateline(t *testing.T) {
	c := &seenCoder{}
	Run(c, []Gold{
		{ID: "g1", Date: "2025-03-14", Text: "SEOUL, March 14 (Yonhap) -- Japan pledged aid to Gaza."},
		{ID: "g2", Date: "2025-03-14", Text: "Japan pledged aid to Gaza."},
	})
	if len(c.got) != 2 {
		t.Fatalf("coded %d articles, want 2", len(c.got))
	}
	for i, want := range []struct{ dateline, source, body string }{
		{"SEOUL", "Yonhap", "Japan pledged aid to Gaza."},
		{"", "", "Japan pledged aid to Gaza."},
	} {
		a := c.got[i]
		if a.Dateline != want.dateline || a.Source != want.source || len(a.Body) != 1 || a.Body[0] != want.body {
			t.Errorf("article %d: dateline %q source %q body %q, want %q %q %q", i, a.Dateline, a.Source, a.Body, want.dateline, want.source, want.body)
		}
	}
}

// explainedCoder is a cannedCoder that says "no source found" for root 19.
type explainedCoder struct{ cannedCoder }

func (c explainedCoder) Why(a *dyad.Article) ([]dyad.Event, func(string) string) {
	return c.Code(a), func(root string) string {
		if root == "19" {
			return "no source found"
		}
		return "no pattern matched"
	}
}

// TestWhyMissed: an Explainer's reasons go to each missed event and are
// counted; a miss whose root was coded with other actors says so.
func TestWhyMissed(t *testing.T) {
	gold, err := ReadGold(strings.NewReader(`{"id":"g1","date":"2024-01-02","text":"a","events":[{"source":"RUS","target":"UKR","cameo":"190"}]}
{"id":"g2","date":"2024-01-02","text":"b","events":[{"source":"JPN","target":"AUS","cameo":"043"}]}
{"id":"g3","date":"2024-01-02","text":"c","events":[{"source":"PRK","target":null,"cameo":"150"},{"source":"IRN","target":"ISR","cameo":"193"}]}
`), "gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	rep := Run(explainedCoder{cannedCoder{"g2": {ev("JPN", "042", "NZL")}}}, gold)
	var got []string
	for _, m := range rep.Missed {
		got = append(got, m.ID+" "+m.Event+": "+m.Why)
	}
	want := []string{"g1 RUS 190 UKR: no source found", "g2 JPN 043 AUS: coded with other actors",
		"g3 PRK 150 -: no pattern matched", "g3 IRN 193 ISR: no source found"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("missed:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if rep.WhyMissed["no source found"] != 2 || rep.WhyMissed["coded with other actors"] != 1 || rep.WhyMissed["no pattern matched"] != 1 {
		t.Errorf("WhyMissed %v", rep.WhyMissed)
	}
	if Run(cannedCoder{}, gold).WhyMissed != nil {
		t.Errorf("a plain Coder gives reasons")
	}
}

// TestReadGoldErrors: a malformed line is an error naming the input and
// the line.
func TestReadGoldErrors(t *testing.T) {
	for _, tt := range []struct{ line, want string }{
		{`{"id":"g1","text":"a","events":[{"source":"RUS","cameo":"19x"}]}`, `gold.jsonl:2: CAMEO code "19x": want 2 to 4 digits`},
		{`{"id":"g1","text":"a","events":[{"source":"RUS","cameo":"19012"}]}`, `gold.jsonl:2: CAMEO code "19012": want 2 to 4 digits`},
		{`{"id":"g1","text":"a","events":[{"source":"RUS","cameo":""}]}`, `gold.jsonl:2: event without a CAMEO code`},
		{`{"id":"g1","text":"","events":[]}`, `gold.jsonl:2: no text (nor a corpus "file")`},
		{`{"id":"g1","text":"a","events":[{"source":"RUS","cameo":"190","status":"maybe"}]}`, `gold.jsonl:2: status "maybe": want asserted, alleged, denied, negated, future or hypothetical`},
		{`{"id":"g1","text":"a","evnts":[{"source":"RUS","cameo":"190"}]}`, `gold.jsonl:2: unknown field "evnts"`},
		{`{"id":"g1","text":"a"}`, `gold.jsonl:2: no "events" (write [] for a sentence with none)`},
		// the coder's own output given as a gold set
		{`{"id":"e1","article_id":"a1","sentence":0,"source":{"code":"RUS"},"cameo":"190","quad_class":4}`, `gold.jsonl:2: one event per line (as "dyad code --format json" or an example's .expected.jsonl writes them), not a gold sentence: a gold line is {"id", "text", "events": [{"source", "cameo", "target", …}]} (testdata/gold/README.md)`},
		{`{"sentence":0,"source":"PRK","target":null,"cameo":"150","status":"asserted"}`, `gold.jsonl:2: one event per line (as "dyad code --format json" or an example's .expected.jsonl writes them), not a gold sentence: a gold line is {"id", "text", "events": [{"source", "cameo", "target", …}]} (testdata/gold/README.md)`},
		{`{"id":"g1","text":"a","events":null}`, `gold.jsonl:2: no "events" (write [] for a sentence with none)`},
		{`{"id":"g1","text":"a","file":"x/y.txt","sentence":1,"sha256":"0123456789abcdef","events":[]}`, `gold.jsonl:2: give a "text" or a corpus "file", not both`},
		{`{"id":"g1","file":"x/y.txt","sentence":"1","sha256":"0123456789abcdef","events":[]}`, `gold.jsonl:2: field "sentence" is a JSON string; want a whole number`},
		// what the line holds and what it should, never a Go type
		{`{"id":"g1","file":"x/y.txt","sentence":1.5,"sha256":"0123456789abcdef","events":[]}`, `gold.jsonl:2: field "sentence" is a JSON number 1.5; want a whole number`},
		{`{"id":"g1","text":"a","events":[{"source":"RUS","cameo":"190"},{"source":"RUS","cameo":190}]}`, `gold.jsonl:2: field "events[1].cameo" is a JSON number; want a string`},
		{`{"id":"g1","text":"a","events":["190"]}`, `gold.jsonl:2: field "events[0]" is a JSON string; want an object {…}`},
		{`{"id":"g1","text":"a","events":{"cameo":"190"}}`, `gold.jsonl:2: field "events" is a JSON object; want an array […]`},
		{`["g1","a"]`, `gold.jsonl:2: a JSON array, not an object: each line is one JSON object {…}`},
		{`{"id":"g1","text":"a","events":[] x}`, `gold.jsonl:2: bad JSON at column 35: invalid character 'x' after object key:value pair`},
		{`{"id":"g1","text":"a","events":[`, `gold.jsonl:2: the line ends before its JSON object closes (a missing }, ] or ")`},
		{`{"text":"a","events":[]}`, `gold.jsonl:2: no id`},
		{`{"id":"g0","text":"a","events":[]}`, `gold.jsonl:2: id "g0" given twice (first on line 1)`},
		{`{"id":"g1","date":"13/07/2024","text":"a","events":[]}`, `gold.jsonl:2: date "13/07/2024": want YYYY-MM-DD`},
		{`{"id":"g1","text":"a","events":[{"source":"irn","cameo":"190"}]}`, `gold.jsonl:2: source "irn": want an actor code of upper-case letters (or null)`},
		{`{"id":"g1","text":"a","events":[{"source":"IRN","target":"UKR-MIL","cameo":"190"}]}`, `gold.jsonl:2: target "UKR-MIL": want an actor code of upper-case letters (or null)`},
		{`{"id":"g1","text":"a","events":[{"source":"RUS","cameo":"190","date":"2024-7-1"}]}`, `gold.jsonl:2: event date "2024-7-1": want YYYY-MM-DD, YYYY-MM or YYYY`},
		{`{"id":"g1","text":"a","events":[{"source":"RUS","cameo":"190","date":"2024-07","date_precision":"weekly"}]}`, `gold.jsonl:2: date_precision "weekly": want day, month or year`},
		{`{"id":"g1","text":"a","events":[{"source":"RUS","cameo":"190","date":"2024-07","date_precision":"day"}]}`, `gold.jsonl:2: date "2024-07" has month precision, not day`},
		{`{"id":"g1","text":"a","Events":[]}`, `gold.jsonl:2: field "Events": keys are case-sensitive, want "events"`},
		{`{"id":"g1","text":"a","events":[{"source":"RUS","cameo":"190"},{"source":"RUS","Cameo":"190"}]}`, `gold.jsonl:2: field "events[1].Cameo": keys are case-sensitive, want "events[1].cameo"`},
		{`{"id":"g1","text":"a","events":[],"text":"b"}`, `gold.jsonl:2: field "text" given twice`},
		{`{"id":"g1","text":"a","events":[]} {"id":"g2"}`, `gold.jsonl:2: data after the JSON object at column 36`},
		{`{"id":"g1","text":"a","events":[]},`, `gold.jsonl:2: data after the JSON object at column 35`},
		// columns count characters, not bytes
		{`{"id":"g1","text":"Café Zürich","events":[] x}`, `gold.jsonl:2: bad JSON at column 45: invalid character 'x' after object key:value pair`},
		{`{"id":"g1","text":"Café","events":[]} {"id":"g2"}`, `gold.jsonl:2: data after the JSON object at column 39`},
	} {
		in := `{"id":"g0","text":"fine","events":[{"source":"RUS","cameo":"190"}]}` + "\n" + tt.line + "\n"
		if _, err := ReadGold(strings.NewReader(in), "gold.jsonl"); err == nil || err.Error() != tt.want {
			t.Errorf("%s: error %v, want %q", tt.line, err, tt.want)
		}
	}
}

// TestActorDiff: a missed event whose root was coded is counted by how the
// nearest emitted event's actors differ.
func TestActorDiff(t *testing.T) {
	w := key{"RUS", "UKR", "190"}
	for _, tt := range []struct {
		got  []key
		want string
	}{
		{[]key{{"UKR", "RUS", "193"}}, "source and target swapped"},
		{[]key{{"RUS", "-", "190"}}, "target left out"},
		{[]key{{"RUS", "UKRMIL", "190"}}, "target's sector differs"},
		{[]key{{"RUS", "POL", "195"}}, "other target"},
		{[]key{{"RUSMIL", "UKR", "190"}}, "source's sector differs"},
		{[]key{{"BLR", "UKR", "190"}}, "other source"},
		{[]key{{"BLR", "POL", "190"}}, "source and target both differ"},
		{[]key{{"BLR", "POL", "190"}, {"RUS", "-", "195"}}, "target left out"},
		{[]key{{"RUS", "-", "173"}}, ""},
		{nil, ""},
	} {
		if got := actorDiff(w, tt.got); got != tt.want {
			t.Errorf("%v: %q, want %q", tt.got, got, tt.want)
		}
	}
	if got := actorDiff(key{"PRK", "-", "138"}, []key{{"PRK", "KOR", "130"}}); got != "target added" {
		t.Errorf("target added: %q", got)
	}
}

// TestAnnotation: a second annotation scored against the gold set, on the
// sentences both code.
func TestAnnotation(t *testing.T) {
	read := func(s string) []Gold {
		g, err := ReadGold(strings.NewReader(s), "x.jsonl")
		if err != nil {
			t.Fatal(err)
		}
		return g
	}
	gold := read(`{"id":"g1","date":"2024-01-02","text":"Russia  shelled Kharkiv.","events":[{"source":"RUS","target":"UKR","cameo":"195"}]}
{"id":"g2","date":"2024-01-02","text":"Japan and Australia held talks.","events":[{"source":"JPN","target":"AUS","cameo":"043"},{"source":"AUS","target":"JPN","cameo":"043"}]}
{"id":"g3","date":"2024-01-02","text":"Not annotated twice.","events":[]}
`)
	other := read(`{"id":"g2","date":"2024-01-02","text":"Japan and Australia held talks.","events":[{"source":"JPN","target":"AUS","cameo":"046","status":"asserted"}]}
{"id":"g1","text":"Russia shelled Kharkiv.","events":[{"source":"RUS","target":"UKR","cameo":"190"}]}
{"id":"g9","text":"Only here.","events":[{"source":"FRA","target":null,"cameo":"010"}]}
`)
	both, ann, err := NewAnnotation(gold, other, "b.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(both) != 2 || both[0].ID != "g1" || both[1].ID != "g2" {
		t.Fatalf("sentences in common: %v", both)
	}
	rep := Run(ann, both)
	if rep.Root != (Score{Gold: 3, Emitted: 2, Matched: 2}) || rep.Code != (Score{Gold: 3, Emitted: 2, Matched: 0}) {
		t.Errorf("root %+v, full code %+v", rep.Root, rep.Code)
	}
	for _, tt := range []struct{ other, want string }{
		{`{"id":"g1","text":"Russia shelled Kyiv.","events":[]}`, "b.jsonl:1: sentence g1: the text differs from the gold's"},
		{`{"id":"g7","text":"Russia shelled Kyiv.","events":[]}`, "b.jsonl: no sentence id in common with the gold set"},
	} {
		if _, _, err := NewAnnotation(gold, read(tt.other), "b.jsonl"); err == nil || err.Error() != tt.want {
			t.Errorf("%s: error %v, want %q", tt.other, err, tt.want)
		}
	}
	// corpus sentences: the same file, index and hash, or an error
	one, two := 1, 2
	ref := func(id string, i *int, sha string) Gold {
		return Gold{ID: id, File: "wire/a.txt", Sentence: i, SHA256: sha, Events: []GoldEvent{}}
	}
	if _, _, err := NewAnnotation([]Gold{ref("c1", &one, "0123456789abcdef")}, []Gold{ref("c1", &two, "0123456789abcdef")}, "b.jsonl"); err == nil ||
		err.Error() != "b.jsonl: sentence c1: refers to another corpus sentence than the gold's" {
		t.Errorf("another corpus sentence: error %v", err)
	}
	if _, _, err := NewAnnotation([]Gold{ref("c1", &one, "0123456789abcdef")}, []Gold{ref("c1", &one, "0123456789abcdef")}, "b.jsonl"); err != nil {
		t.Errorf("the same corpus sentence: error %v", err)
	}
	// (ReadGold refuses a repeated id; a caller's own slice may still have one)
	twice := []Gold{gold[0], gold[0]}
	if _, _, err := NewAnnotation(gold, twice, "b.jsonl"); err == nil || err.Error() != "b.jsonl: sentence g1 given twice" {
		t.Errorf("an id twice: error %v", err)
	}
}
