package output

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/cameo"
	"github.com/dyad-events/dyad/internal/testutil"
	"github.com/dyad-events/dyad/sentences"
)

// testEvent is a hand-built event: North Korea's foreign ministry denounces
// the United States over drills near Seoul.
func testEvent() dyad.Event {
	text := "North Korea's foreign ministry on Saturday denounced the United States over joint drills."
	return dyad.Event{
		ID: "a1b2c3d4e5f60708-3-0", ArticleID: "a1b2c3d4e5f60708", Sentence: 3,
		Date: "2024-07-13", DatePrecision: dyad.Day, DateFrom: "text",
		Source: &dyad.Actor{Code: "PRKGOV", Country: "PRK", Sectors: []string{"GOV"},
			Name: "North Korea", Text: "North Korea's foreign ministry", Span: [2]int{0, 30}},
		Target: &dyad.Actor{Code: "USA", Country: "USA", Sectors: []string{},
			Name: "United States", Text: "the United States", Span: [2]int{53, 70}},
		CAMEO: "111", CAMEORoot: "11", QuadClass: 3, Goldstein: -2.0,
		Plover: dyad.Plover{Event: "ACCUSE", Mode: "disapprove"},
		Status: dyad.Asserted,
		ReportedBy: &dyad.Actor{Code: "PRKMED", Country: "PRK", Sectors: []string{"MED"},
			Name: "Korean Central News Agency", Text: "KCNA", Span: [2]int{0, 0}},
		Location:   &dyad.Location{Name: "Pyongyang", Country: "PRK", Lat: 39.0392, Lon: 125.7625},
		Evidence:   dyad.Evidence{Text: text, Verb: "denounced", Span: [2]int{43, 52}},
		Confidence: 0.85,
	}
}

func testArticle() *dyad.Article {
	return &dyad.Article{ID: "a1b2c3d4e5f60708", URL: "https://example.org/news/1",
		Source: "Example News", Title: "North Korea denounces drills", Published: "2024-07-14"}
}

func ontology(t *testing.T) *cameo.Ontology {
	t.Helper()
	o, err := cameo.Default()
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func render(t *testing.T, format string, a *dyad.Article, evs ...dyad.Event) string {
	t.Helper()
	var buf bytes.Buffer
	w, err := New(&buf, format, ontology(t))
	if err != nil {
		t.Fatal(err)
	}
	if g, ok := w.(*gdeltWriter); ok {
		g.now = func() time.Time { return time.Date(2024, 7, 14, 6, 30, 0, 0, time.UTC) }
	}
	if err := w.Write(a, evs); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestFormatsGolden(t *testing.T) {
	ev := testEvent()
	tests := []struct{ format, want string }{
		{"json", `{"id":"a1b2c3d4e5f60708-3-0","article_id":"a1b2c3d4e5f60708","sentence":3,"date":"2024-07-13","date_precision":"day","date_from":"text","source":{"code":"PRKGOV","country":"PRK","sectors":["GOV"],"name":"North Korea","text":"North Korea's foreign ministry","span":[0,30]},"target":{"code":"USA","country":"USA","sectors":[],"name":"United States","text":"the United States","span":[53,70]},"cameo":"111","cameo_root":"11","quad_class":3,"goldstein":-2,"plover":{"event":"ACCUSE","mode":"disapprove"},"status":"asserted","reported_by":{"code":"PRKMED","country":"PRK","sectors":["MED"],"name":"Korean Central News Agency","text":"KCNA","span":[0,0]},"location":{"name":"Pyongyang","country":"PRK","lat":39.0392,"lon":125.7625},"evidence":{"text":"North Korea's foreign ministry on Saturday denounced the United States over joint drills.","verb":"denounced","span":[43,52]},"confidence":0.85}` + "\n"},
		{"table", "" +
			"DATE       SOURCE       CAMEO                                TARGET       STATUS       TEXT\n" +
			"# a1b2c3d4e5f60708 North Korea denounces drills\n" +
			"2024-07-13 PRKGOV       111 Criticize or denounce            USA          asserted     …nistry on Saturday denounced the United States over joint…\n"},
		{"gdelt", "6232030550886423203\t20240713\t202407\t2024\t2024.5288\tPRKGOV\tNORTH KOREA\tPRK\t\t\t\t\tGOV\t\t\tUSA\tUNITED STATES\tUSA\t\t\t\t\t\t\t\t0\t111\t111\t11\t3\t-2.0\t1\t1\t1\t\t0\t\t\t\t\t\t\t\t0\t\t\t\t\t\t\t\t4\tPyongyang\tKN\t\t\t39.0392\t125.7625\t\t20240714063000\thttps://example.org/news/1\n"},
		{"csv", "" +
			"id,article_id,article_url,sentence,date,date_precision,date_from,source_code,source_name,source_country,source_sectors,source_text,target_code,target_name,target_country,target_sectors,target_text,cameo,cameo_root,quad_class,goldstein,plover_event,plover_mode,status,reported_by_code,reported_by_name,location_name,location_country,location_lat,location_lon,confidence,evidence_verb,evidence_text\n" +
			"a1b2c3d4e5f60708-3-0,a1b2c3d4e5f60708,https://example.org/news/1,3,2024-07-13,day,text,PRKGOV,North Korea,PRK,GOV,North Korea's foreign ministry,USA,United States,USA,,the United States,111,11,3,-2.0,ACCUSE,disapprove,asserted,PRKMED,Korean Central News Agency,Pyongyang,PRK,39.0392,125.7625,0.85,denounced,North Korea's foreign ministry on Saturday denounced the United States over joint drills.\n"},
		{"plover", `{"event_id":"a1b2c3d4e5f60708-3-0","story_id":"a1b2c3d4e5f60708","event_date":"2024-07-13","date_precision":"day","event_type":"ACCUSE","mode":"disapprove","context":[],"actor":"North Korea","actor_code":"PRKGOV","actor_country":"PRK","actor_sectors":["GOV"],"actor_name_raw":"North Korea's foreign ministry","recipient":"United States","recipient_code":"USA","recipient_country":"USA","recipient_sectors":[],"recipient_name_raw":"the United States","placename":"Pyongyang","country":"PRK","latitude":39.0392,"longitude":125.7625,"source":"Example News","url":"https://example.org/news/1","publication_date":"2024-07-14","headline":"North Korea denounces drills","text":"North Korea's foreign ministry on Saturday denounced the United States over joint drills.","cameo":"111","quad_class":3,"goldstein":-2,"status":"asserted","sentence":3,"confidence":0.85}` + "\n"},
	}
	for _, tt := range tests {
		got := render(t, tt.format, testArticle(), ev)
		if got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.format, got, tt.want)
		}
	}
}

func TestGDELTRowColumns(t *testing.T) {
	ev := testEvent()
	row := GDELTRow(ev, Counts{NumMentions: 3, NumSources: 2, NumArticles: 3,
		DateAdded: time.Date(2024, 7, 14, 6, 30, 0, 0, time.UTC), SourceURL: "https://example.org/news/1", GlobalEventID: 42})
	if len(row) != GDELTColumns {
		t.Fatalf("%d columns, want %d", len(row), GDELTColumns)
	}
	want := map[int]string{ // 0-based column → value
		0: "42", 1: "20240713", 2: "202407", 3: "2024", 4: "2024.5288",
		5: "PRKGOV", 6: "NORTH KOREA", 7: "PRK", 12: "GOV",
		15: "USA", 16: "UNITED STATES", 17: "USA",
		25: "0", 26: "111", 27: "111", 28: "11", 29: "3", 30: "-2.0",
		31: "3", 32: "2", 33: "3", 34: "",
		35: "0", 43: "0",
		51: "4", 52: "Pyongyang", 53: "KN", 56: "39.0392", 57: "125.7625",
		59: "20240714063000", 60: "https://example.org/news/1",
	}
	for i, w := range want {
		if row[i] != w {
			t.Errorf("column %d = %q, want %q", i+1, row[i], w)
		}
	}
}

// TestGDELTDates: the four date columns for each precision (GDELT's
// SQLDATE is always a day: a month gives day 01, a year January 1st;
// MonthYear, Year and FractionDate are that day written otherwise, as
// GDELT's codebook defines them: a year's MonthYear is its January, a
// YYYYMM every loader parses, not month 00), empty for an unknown date.
func TestGDELTDates(t *testing.T) {
	for _, c := range []struct {
		date string
		want string // SQLDATE MonthYear Year FractionDate
	}{
		{"2024-06-18", "20240618 202406 2024 2024.4603"},
		{"2024-06", "20240601 202406 2024 2024.4137"},
		{"2024", "20240101 202401 2024 2024.0027"},
		{"1998", "19980101 199801 1998 1998.0027"},
		{"", "   "},
	} {
		row := GDELTRow(dyad.Event{ID: "x", CAMEO: "190", Date: c.date}, Counts{})
		if got := strings.Join(row[1:5], " "); got != c.want {
			t.Errorf("%q: %q, want %q", c.date, got, c.want)
		}
		if c.date == "" {
			continue
		}
		// as a loader reads them: MonthYear a YYYYMM, the month of SQLDATE
		if _, err := time.Parse("200601", row[2]); err != nil || row[2] != row[1][:6] {
			t.Errorf("%q: MonthYear %q is not the YYYYMM of SQLDATE %q: %v", c.date, row[2], row[1], err)
		}
	}
}

// TestGDELTDatesNote: the rows not dated to a day, which GDELT's table
// cannot tell apart, are counted by precision and said in one line; rows
// all dated to a day say nothing.
func TestGDELTDatesNote(t *testing.T) {
	for _, c := range []struct {
		dates []string
		want  string
	}{
		{[]string{"2024-06-18", "2024-06-19"}, ""},
		{[]string{"2024-06", "2024-06-18"}, "of 2 GDELT rows, 1 is dated to a month only (SQLDATE day 01 of it); --format csv or jsonl carries date_precision"},
		{[]string{""}, "of 1 GDELT row, 1 is undated (SQLDATE, MonthYear, Year and FractionDate empty: their articles had no publication date); --format csv or jsonl carries date_precision"},
		{[]string{"2024-06", "2024-05", "2024", "", "2024-06-18"}, "of 5 GDELT rows, 2 are dated to a month only (SQLDATE day 01 of it), 1 to a year only (SQLDATE January 1st, MonthYear its January) and 1 is undated " +
			"(SQLDATE, MonthYear, Year and FractionDate empty: their articles had no publication date); --format csv or jsonl carries date_precision"},
		{[]string{"2024", "2023"}, "of 2 GDELT rows, 2 are dated to a year only (SQLDATE January 1st, MonthYear its January); --format csv or jsonl carries date_precision"},
	} {
		var d GDELTDates
		for _, date := range c.dates {
			d.Add(dyad.Event{Date: date})
		}
		if got := d.Note(); got != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.dates, got, c.want)
		}
	}
	// the gdelt writer, wrapped to keep GDELT's statuses, says it too
	var b strings.Builder
	w, err := New(&b, "gdelt", nil)
	if err != nil {
		t.Fatal(err)
	}
	w = GDELTStatuses(w)
	if err := w.Write(&dyad.Article{ID: "a"}, []dyad.Event{{ID: "e1", CAMEO: "190", Date: "2024-06", Status: dyad.Asserted}, {ID: "e2", CAMEO: "190", Date: "2024", Status: dyad.Negated}}); err != nil {
		t.Fatal(err)
	}
	w.Close()
	n, ok := w.(Noter)
	if want := "of 1 GDELT row, 1 is dated to a month only (SQLDATE day 01 of it); --format csv or jsonl carries date_precision"; !ok || n.Note() != want {
		t.Errorf("gdelt writer note %v %q, want %q", ok, n.Note(), want)
	}
}

func TestGDELTRowEdges(t *testing.T) {
	ev := dyad.Event{ID: "x", CAMEO: "0251", QuadClass: 1, Goldstein: -0.3, Sentence: 0,
		Date: "2024-06", DatePrecision: dyad.Month,
		Source:   &dyad.Actor{Code: "IGOUNO", Name: "United Nations", Sectors: []string{"IGO"}},
		Evidence: dyad.Evidence{Text: "a\tb\nc"}}
	row := GDELTRow(ev, Counts{SourceURL: "file\twith\ntabs"})
	if len(row) != GDELTColumns {
		t.Fatalf("%d columns", len(row))
	}
	checks := []struct {
		col  int
		want string
	}{
		{1, "20240601"}, {4, "2024.4137"}, {8, "UNO"}, {25, "1"},
		{26, "0251"}, {27, "025"}, {28, "02"}, {30, "-0.3"},
		{15, ""}, {51, "0"}, {59, ""}, {60, "file with tabs"},
	}
	for _, c := range checks {
		if row[c.col] != c.want {
			t.Errorf("column %d = %q, want %q", c.col+1, row[c.col], c.want)
		}
	}
	for i, f := range row {
		if strings.ContainsAny(f, "\t\n\r") {
			t.Errorf("column %d has a tab or newline: %q", i+1, f)
		}
	}
	// actor columns 5–14: code, name, country, known group, ethnic,
	// religion 1 and 2, types 1–3
	actors := []struct {
		a    dyad.Actor
		want string
	}{
		{dyad.Actor{Code: "PRKGOV", Name: "North Korea", Country: "PRK", Sectors: []string{"GOV"}}, "PRKGOV|NORTH KOREA|PRK|||||GOV||"},
		{dyad.Actor{Code: "IGOUNOWFP", Name: "World Food Programme"}, "IGOUNOWFP|WORLD FOOD PROGRAMME||WFP||||IGO||"},
		{dyad.Actor{Code: "IMGMOSISLREB", Name: "Islamic State", Country: "IMGMOSISL", Sectors: []string{"REB"}}, "IMGMOSISLREB|ISLAMIC STATE||ISL||||IMG|REB|"},
		{dyad.Actor{Code: "NGOHRIAMN", Name: "Amnesty International", Sectors: []string{"NGO", "HRI"}}, "NGOHRIAMN|AMNESTY INTERNATIONAL||AMN||||NGO|HRI|"},
	}
	for _, c := range actors {
		a := c.a
		row := GDELTRow(dyad.Event{ID: "z", CAMEO: "010", Source: &a}, Counts{})
		if got := strings.Join(row[5:15], "|"); got != c.want {
			t.Errorf("actor %s columns %q, want %q", c.a.Code, got, c.want)
		}
	}
	unknown := GDELTRow(dyad.Event{ID: "y", CAMEO: "19"}, Counts{})
	if got := strings.Join(unknown[1:5], "|"); got != "|||" {
		t.Errorf("unknown date fields = %q, want empty", got)
	}
	if unknown[27] != "190" {
		t.Errorf("base of root 19 = %q, want 190", unknown[27])
	}
}

func TestGlobalEventID(t *testing.T) {
	a, b := GlobalEventID("a1b2c3d4e5f60708-3-0"), GlobalEventID("a1b2c3d4e5f60708-3-1")
	if a <= 0 || b <= 0 || a == b {
		t.Errorf("GlobalEventID = %d, %d: want distinct positive", a, b)
	}
	if a != GlobalEventID("a1b2c3d4e5f60708-3-0") {
		t.Error("GlobalEventID not stable")
	}
}

// twoParagraphs is an article of a title and two paragraphs whose second
// holds testEvent's sentence (sentence 2 of the body), after a dash of
// three bytes and one character.
func twoParagraphs() *dyad.Article {
	return &dyad.Article{ID: "a1b2c3d4e5f60708", Title: "Pyongyang denounces drills", Body: []string{
		"SEOUL, July 14 — North Korea said on Sunday it would respond to the drills.",
		"The statement came a day after talks in Geneva. North Korea's foreign ministry on Saturday denounced the United States over joint drills.",
	}}
}

func TestGDELTMentionRow(t *testing.T) {
	ev := testEvent()
	ev.Sentence = 2
	a := twoParagraphs()
	c := Counts{GlobalEventID: 42, DateAdded: time.Date(2024, 7, 14, 6, 30, 0, 0, time.UTC)}
	row := GDELTMentionRow(ev, dyad.NewDoc(a, sentences.SplitText), c, time.Date(2024, 7, 14, 6, 45, 0, 0, time.UTC), "example.org", "https://example.org/news/1", 80)
	// the document: title (26 characters), blank line, paragraph 1 (75),
	// blank line, paragraph 2, whose sentence starts at character 49:
	// 26+2+75+2+48 = 153 (155 bytes: the dash is three)
	want := []string{"42", "20240714063000", "20240714064500", "1", "example.org", "https://example.org/news/1",
		"4", "153", "206", "196", "1", "80", "242", "", "", ""}
	if !reflect.DeepEqual(row, want) {
		t.Errorf("mention row\n got %q\nwant %q", row, want)
	}
	if len(row) != GDELTMentionColumns {
		t.Errorf("%d columns, want %d", len(row), GDELTMentionColumns)
	}
	doc := []rune(a.Document())
	for k, text := range map[int]string{7: ev.Source.Text, 8: ev.Target.Text, 9: ev.Evidence.Verb} {
		n, _ := strconv.Atoi(row[k])
		if got := string(doc[n : n+len(text)]); got != text {
			t.Errorf("column %d: document at %d is %q, want %q", k+1, n, got, text)
		}
	}
	// no title: the body's first sentence is 1, and the offsets 28 less
	a.Title = ""
	row = GDELTMentionRow(ev, dyad.NewDoc(a, sentences.SplitText), c, time.Time{}, "BBC Monitoring", "", 50)
	if got, want := row[6:13], []string{"3", "125", "178", "168", "1", "50", "214"}; !reflect.DeepEqual(got, want) {
		t.Errorf("untitled: SentenceID to MentionDocLen %q, want %q", got, want)
	}
	if row[3] != "2" || row[2] != "" {
		t.Errorf("citation-only mention row = %q", row)
	}
	// the title's event is sentence 1 of a titled document, at offset 0
	a = twoParagraphs()
	title := ev
	title.Sentence, title.Target = -1, nil
	title.Source = &dyad.Actor{Code: "PRK", Country: "PRK", Name: "North Korea", Text: "Pyongyang", Span: [2]int{0, 9}}
	title.Evidence = dyad.Evidence{Text: a.Title, Verb: "denounces", Span: [2]int{10, 19}}
	row = GDELTMentionRow(title, dyad.NewDoc(a, sentences.SplitText), c, time.Time{}, "", "", 50)
	if got, want := row[6:10], []string{"1", "0", "-1", "10"}; !reflect.DeepEqual(got, want) {
		t.Errorf("title: SentenceID and offsets %q, want %q", got, want)
	}
	// An actor the sentence does not name (text "", span [0, 0]) has no
	// offset, as an absent one.
	src := *ev.Source
	src.Text, src.Span = "", [2]int{}
	ev.Source = &src
	ev.Target = nil
	row = GDELTMentionRow(ev, dyad.NewDoc(a, sentences.SplitText), c, time.Time{}, "BBC Monitoring", "", 50)
	if got, want := row[6:10], []string{"4", "-1", "-1", "196"}; !reflect.DeepEqual(got, want) {
		t.Errorf("unnamed source, no target: SentenceID and offsets %q, want %q", got, want)
	}
	// a sentence not in the article's text, or no article: no offsets
	ev.Evidence.Text = "North Korea denounced the drills again."
	row = GDELTMentionRow(ev, dyad.NewDoc(a, sentences.SplitText), c, time.Time{}, "", "", 50)
	if got, want := row[6:13], []string{"4", "-1", "-1", "-1", "1", "50", "242"}; !reflect.DeepEqual(got, want) {
		t.Errorf("sentence not found: %q, want %q", got, want)
	}
	row = GDELTMentionRow(ev, nil, c, time.Time{}, "", "", 50)
	if got, want := row[6:13], []string{"3", "-1", "-1", "-1", "1", "50", ""}; !reflect.DeepEqual(got, want) {
		t.Errorf("no article: %q, want %q", got, want)
	}
}

// TestGDELTSamples checks our column counts against real GDELT 2.0 rows.
func TestGDELTSamples(t *testing.T) {
	dir := filepath.Join(testutil.CorporaDir(testutil.RepoRoot(t)), "gdelt")
	tests := []struct {
		file   string
		header bool
		cols   int
	}{
		{"20250807220000.export.sample.CSV", false, GDELTColumns},
		{"20240819130000.mentions.sample.csv", true, GDELTMentionColumns},
	}
	for _, tt := range tests {
		data, err := os.ReadFile(filepath.Join(dir, tt.file))
		if os.IsNotExist(err) {
			t.Skipf("GDELT samples absent (%s): skipping format check", dir)
		} else if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimRight(string(data), "\r\n"), "\n")
		if tt.header {
			lines = lines[1:]
		}
		if len(lines) == 0 {
			t.Fatalf("%s: no rows", tt.file)
		}
		for i, line := range lines {
			if n := len(strings.Split(strings.TrimRight(line, "\r"), "\t")); n != tt.cols {
				t.Errorf("%s row %d: %d columns, want %d", tt.file, i+1, n, tt.cols)
			}
		}
		if tt.cols == GDELTColumns {
			// The sample's column layout matches ours where we have values:
			// EventCode/Base/Root at 27–29, QuadClass 30, DATEADDED 60.
			f := strings.Split(lines[1], "\t")
			if f[26] != "173" || f[27] != "173" || f[28] != "17" || f[29] != "4" || f[30] != "-5.0" || len(f[59]) != 14 {
				t.Errorf("sample row 2 layout unexpected: %q", f[26:31])
			}
		}
	}
}

func TestCSVParsesBack(t *testing.T) {
	ev := testEvent()
	ev.Evidence.Text = "He said, \"no\",\nthen left."
	ev2 := testEvent()
	ev2.ID, ev2.Target, ev2.Location, ev2.ReportedBy = "z", nil, nil, nil
	out := render(t, "csv", nil, ev, ev2)
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3 {
		t.Fatalf("%d records, want 3", len(recs))
	}
	if !reflect.DeepEqual(recs[0], CSVHeader()) {
		t.Errorf("header = %q", recs[0])
	}
	if got := recs[1][len(recs[1])-1]; got != ev.Evidence.Text {
		t.Errorf("evidence_text = %q", got)
	}
	if recs[2][12] != "" || recs[2][26] != "" {
		t.Errorf("nil target/location fields = %q, %q", recs[2][12], recs[2][26])
	}
	if got := render(t, "csv", nil); got != strings.Join(CSVHeader(), ",")+"\n" {
		t.Errorf("empty csv = %q", got)
	}
}

// TestCSVNoFormulas: a text cell a spreadsheet would evaluate as a formula
// (a scraped sentence or headline starting with "=", "+", "-" or "@") is
// written with a leading apostrophe; numeric cells keep their sign.
func TestCSVNoFormulas(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"=HYPERLINK(\"http://x.example\",\"click\") Russia attacked Ukraine.", "'=HYPERLINK(\"http://x.example\",\"click\") Russia attacked Ukraine."},
		{"+Iran attacked Israel.", "'+Iran attacked Israel."},
		{"- The ministry denounced the strike.", "'- The ministry denounced the strike."},
		{"@ministry denounced the strike.", "'@ministry denounced the strike."},
		{"\tRussia attacked Ukraine.", "'\tRussia attacked Ukraine."},
		{"Russia attacked Ukraine.", "Russia attacked Ukraine."},
		{"", ""},
	} {
		if got := CSVText(tt.in); got != tt.want {
			t.Errorf("CSVText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	ev := testEvent()
	ev.Evidence.Text = "=1+2 North Korea denounced the United States."
	ev.Evidence.Verb = "-denounced"
	ev.Source.Text, ev.Target.Name = "@KCNA", "+United States"
	ev.ReportedBy.Name, ev.Location.Name = "=cmd", "-Pyongyang"
	ev.Location.Lon, ev.Goldstein = -77.5, -2
	out := render(t, "csv", &dyad.Article{URL: "=HYPERLINK(\"http://x.example\")"}, ev)
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(recs) != 2 {
		t.Fatalf("%v, %d records:\n%s", err, len(recs), out)
	}
	got := map[string]string{}
	for i, h := range recs[0] {
		got[h] = recs[1][i]
	}
	for col, want := range map[string]string{
		"article_url": `'=HYPERLINK("http://x.example")`, "source_text": "'@KCNA", "target_name": "'+United States",
		"reported_by_name": "'=cmd", "location_name": "'-Pyongyang", "evidence_verb": "'-denounced",
		"evidence_text": "'=1+2 North Korea denounced the United States.",
		"goldstein":     "-2.0", "location_lon": "-77.5", "source_name": "North Korea",
	} {
		if got[col] != want {
			t.Errorf("%s = %q, want %q", col, got[col], want)
		}
	}
}

func TestJSONRoundTrip(t *testing.T) {
	ev := testEvent()
	ev2 := testEvent()
	ev2.ID, ev2.Target, ev2.Location, ev2.ReportedBy = "z", nil, nil, nil
	out := render(t, "json", nil, ev, ev2)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2", len(lines))
	}
	for i, want := range []dyad.Event{ev, ev2} {
		var got dyad.Event
		if err := json.Unmarshal([]byte(lines[i]), &got); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("line %d round trip:\n got %+v\nwant %+v", i+1, got, want)
		}
	}
}

func TestPloverSkipsAndFills(t *testing.T) {
	ev := testEvent()
	ev.Plover = dyad.Plover{} // filled from the ontology
	ev.CAMEO, ev.CAMEORoot = "1122", "11"
	stmt := testEvent()
	stmt.CAMEO, stmt.Plover = "010", dyad.Plover{} // no PLOVER counterpart: skipped
	out := render(t, "plover", nil, ev, stmt)
	var rec PloverRecord
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatalf("%v in %q", err, out)
	}
	if rec.EventType != "ACCUSE" || rec.Mode != "allege" || !reflect.DeepEqual(rec.Context, []string{"human_rights"}) {
		t.Errorf("record = %+v", rec)
	}
}

func TestPloverContexts(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"Provide military aid", []string{"military"}},
		{"Accuse of war crimes", []string{"crime"}},
		{"Appeal for economic cooperation", []string{"economic"}},
		{"Use chemical, biological, or radiological weapons", []string{"wmd"}},
		{"Make a visit", []string{}},
	}
	for _, tt := range tests {
		if got := PloverContexts(tt.name); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("PloverContexts(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestSnippet(t *testing.T) {
	tests := []struct {
		e     dyad.Evidence
		width int
		want  string
	}{
		{dyad.Evidence{Text: "Short\tone."}, 20, "Short one."},
		{dyad.Evidence{Text: "abcdefghij klmnopqrst", Span: [2]int{11, 16}}, 10, "…j klmnop…"},
		{dyad.Evidence{Text: "abcdefghij klmnopqrst", Span: [2]int{0, 3}}, 10, "abcdefghi…"},
		{dyad.Evidence{Text: "abcdefghij klmnopqrst", Span: [2]int{18, 21}}, 10, "…lmnopqrst"},
	}
	for _, tt := range tests {
		if got := Snippet(tt.e, tt.width); got != tt.want {
			t.Errorf("Snippet(%q, %d) = %q, want %q", tt.e.Text, tt.width, got, tt.want)
		}
	}
}

func TestNewUnknownFormat(t *testing.T) {
	_, err := New(&bytes.Buffer{}, "xml", nil)
	if err == nil || !strings.Contains(err.Error(), `unknown format "xml"`) {
		t.Errorf("New(xml) error = %v", err)
	}
}

// TestTableNoEvents: an article without events gets its line and
// "(no events)"; events of no article get their rows alone.
func TestTableNoEvents(t *testing.T) {
	var buf bytes.Buffer
	w, _ := New(&buf, "table", nil)
	untitled := &dyad.Article{ID: "0123456789abcdef", Input: "notes/empty.txt"}
	for _, a := range []*dyad.Article{testArticle(), untitled, nil} {
		if err := w.Write(a, nil); err != nil {
			t.Fatal(err)
		}
	}
	w.Close()
	want := "" +
		"DATE       SOURCE       CAMEO                                TARGET       STATUS       TEXT\n" +
		"# a1b2c3d4e5f60708 North Korea denounces drills\n" +
		"(no events)\n" +
		"# 0123456789abcdef notes/empty.txt\n" +
		"(no events)\n"
	if got := buf.String(); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestTableNilOntology(t *testing.T) {
	var buf bytes.Buffer
	w, _ := New(&buf, "table", nil)
	ev := testEvent()
	ev.Source, ev.Date = nil, ""
	w.Write(nil, []dyad.Event{ev})
	w.Close()
	lines := strings.Split(buf.String(), "\n")
	if !strings.HasPrefix(lines[1], "-          -            111                                  USA") {
		t.Errorf("table row = %q", lines[1])
	}
}

func TestFIPSTable(t *testing.T) {
	m, err := ParseFIPS(strings.NewReader(fipsData), "fips.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(m) != 234 {
		t.Errorf("%d entries, want 234", len(m))
	}
	tests := map[string]string{
		"USA": "US", "GBR": "UK", "DEU": "GM", "KOR": "KS", "PRK": "KN", "JPN": "JA",
		"CHN": "CH", "RUS": "RS", "UKR": "UP", "SAU": "SA", "NGA": "NI", "NER": "NG",
		"ISR": "IS", "IRQ": "IZ", "AUS": "AS", "AUT": "AU", "KSV": "KV", "XYZ": "",
	}
	for iso, want := range tests {
		if got := FIPS(iso); got != want {
			t.Errorf("FIPS(%q) = %q, want %q", iso, got, want)
		}
	}
	if got := fipsOf("PSE", "Gaza City", 34.47); got != "GZ" {
		t.Errorf("fipsOf(PSE, Gaza City) = %q", got)
	}
	if got := fipsOf("PSE", "Rafah", 34.25); got != "GZ" {
		t.Errorf("fipsOf(PSE, Rafah) = %q", got)
	}
	if got := fipsOf("PSE", "Ramallah", 35.2); got != "WE" {
		t.Errorf("fipsOf(PSE, Ramallah) = %q", got)
	}
	bad := []struct{ in, want string }{
		{"USA | US\n", "f.txt:1: want 3 fields"},
		{"# c\nUS | US | x\n", "f.txt:2: bad codes"},
		{"USA | US | a\nUSA | UK | b\n", "f.txt:2: duplicate ISO code USA"},
		{"USA | US | a\nGBR | US | b\n", "f.txt:2: FIPS code US already used on line 1"},
	}
	for _, tt := range bad {
		if _, err := ParseFIPS(strings.NewReader(tt.in), "f.txt"); err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("ParseFIPS(%q) error = %v, want %q", tt.in, err, tt.want)
		}
	}
}

// TestGDELTStamp: DATEADDED (and the mentions' time stamps) sit on GDELT's
// 15-minute boundaries.
func TestGDELTStamp(t *testing.T) {
	for in, want := range map[string]string{
		"2026-11-30T13:07:06Z":      "20261130130000",
		"2026-11-30T13:15:00Z":      "20261130131500",
		"2026-11-30T13:59:59+01:00": "20261130124500",
	} {
		tm, err := time.Parse(time.RFC3339, in)
		if err != nil {
			t.Fatal(err)
		}
		if got := gdeltStamp(tm); got != want {
			t.Errorf("gdeltStamp(%s) = %s, want %s", in, got, want)
		}
	}
	if got := gdeltStamp(time.Time{}); got != "" {
		t.Errorf("zero time: %q", got)
	}
}

// TestGDELTMentionsRepeated writes the gdelt-mentions rows of an event
// whose sentence the article tells twice in one paragraph, its further
// telling the second: each row's offsets are where its own sentence
// stands (characters 0 and 57 of the untitled document), not both at
// the first.
func TestGDELTMentionsRepeated(t *testing.T) {
	const thanks = "Kenya thanked Japan."
	a := &dyad.Article{ID: "0123456789abcdef", Body: []string{
		"Kenya thanked Japan. It was the second flight this week. Kenya thanked Japan."}}
	ev := dyad.Event{ID: "0123456789abcdef-0-041", Sentence: 0, CAMEO: "041", Confidence: 0.8,
		Source:   &dyad.Actor{Code: "KEN", Text: "Kenya", Span: [2]int{0, 5}},
		Target:   &dyad.Actor{Code: "JPN", Text: "Japan", Span: [2]int{14, 19}},
		Evidence: dyad.Evidence{Text: thanks, Verb: "thanked", Span: [2]int{6, 13}},
		Also:     []dyad.Mention{{Sentence: 2, Evidence: dyad.Evidence{Text: thanks, Verb: "thanked", Span: [2]int{6, 13}}}},
	}
	var b strings.Builder
	w, err := New(&b, "gdelt-mentions", nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(a, []dyad.Event{ev}); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, line := range strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n") {
		f := strings.Split(line, "\t")
		got = append(got, strings.Join(f[6:13], " "))
	}
	// SentenceID, Actor1, Actor2 and Action offsets, InRawText,
	// Confidence, MentionDocLen
	want := []string{"1 0 14 6 1 80 77", "3 57 71 63 1 80 77"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows %q, want %q", got, want)
	}
}

// TestTableQuietRun: a run of articles without events from one input (a
// feed's items, a JSON Lines file's records) is one line with their count,
// not "(no events)" per item; a run of one keeps its line and "(no
// events)", and a run ends at an article with events or of another input.
func TestTableQuietRun(t *testing.T) {
	var buf bytes.Buffer
	w, _ := New(&buf, "table", nil)
	item := func(input string) *dyad.Article {
		return &dyad.Article{ID: "00000000000000" + input[len(input)-2:], Input: input}
	}
	ev := testEvent()
	writes := []struct {
		a   *dyad.Article
		evs []dyad.Event
	}{
		{item("feed.xml:1"), nil}, {item("feed.xml:2"), nil}, {item("feed.xml:3"), nil},
		{testArticle(), []dyad.Event{ev}},
		{item("feed.xml:5"), nil},
		{item("a.jsonl:11"), nil}, {item("a.jsonl:12"), nil},
		{item("c.warc:record 2"), nil}, {item("c.warc:record 3"), nil},
		{item("notes/n.txt"), nil},
	}
	for _, wr := range writes {
		if err := w.Write(wr.a, wr.evs); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(buf.String(), "\n")
	want := []string{
		"# feed.xml: 3 articles with no events",
		"# a1b2c3d4e5f60708 North Korea denounces drills",
		"", // the event's row, checked elsewhere
		"# 00000000000000:5 feed.xml:5",
		"(no events)",
		"# a.jsonl: 2 articles with no events",
		"# c.warc: 2 articles with no events",
		"# 00000000000000xt notes/n.txt",
		"(no events)",
		"",
	}
	if len(lines) != len(want)+1 {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), len(want)+1, buf.String())
	}
	for i, l := range want {
		if i != 2 && lines[i+1] != l {
			t.Errorf("line %d = %q, want %q", i+1, lines[i+1], l)
		}
	}
	if !strings.Contains(lines[3], "111") {
		t.Errorf("line 3 = %q, want the event's row", lines[3])
	}
}

// TestTableEscapesControlCharacters: control characters of the input (an
// ESC starting a colour sequence, a bare \x01) reach the table escaped, in
// the evidence snippet and in the article's heading, never raw.
func TestTableEscapesControlCharacters(t *testing.T) {
	var buf bytes.Buffer
	w, _ := New(&buf, "table", nil)
	text := "Russia\x01 attacked\x1b[31m Ukraine on Monday."
	ev := testEvent()
	ev.Evidence = dyad.Evidence{Text: text, Verb: "attacked", Span: [2]int{8, 16}}
	a := &dyad.Article{ID: "0123456789abcdef", Title: "Raid\x1b]0;pwned\x07 report"}
	w.Write(a, []dyad.Event{ev})
	w.Write(&dyad.Article{ID: "1", Input: "feed\x1b[2J.jsonl:1"}, nil)
	w.Write(&dyad.Article{ID: "2", Input: "feed\x1b[2J.jsonl:2"}, nil)
	w.Close()
	out := buf.String()
	if strings.ContainsAny(out, "\x01\x1b\x07") {
		t.Errorf("table holds raw control characters: %q", out)
	}
	for _, want := range []string{
		`# 0123456789abcdef Raid\x1b]0;pwned\x07 report`,
		`Russia\x01 attacked\x1b[31m Ukraine on Monday.`,
		`# feed\x1b[2J.jsonl: 2 articles with no events`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}

// TestTableHeadingEscapesArticleID: an article id from the input (a JSON
// Lines "id") reaches the table's heading on one line with its control
// characters escaped: an id holding an OSC sequence cannot retitle the
// terminal, one holding a newline cannot forge a row.
func TestTableHeadingEscapesArticleID(t *testing.T) {
	for _, tc := range []struct{ id, want string }{
		{"e\u001b]0;pwned\u0007", `# e\x1b]0;pwned\x07 Raid report`},
		{"a1\n2024-01-01 USA 190 RUS asserted forged", `# a1 2024-01-01 USA 190 RUS asserted forged Raid report`},
		{"b2\r\x1b[2J", `# b2 \x1b[2J Raid report`},
	} {
		var buf bytes.Buffer
		w, _ := New(&buf, "table", nil)
		w.Write(&dyad.Article{ID: tc.id, Title: "Raid report"}, []dyad.Event{testEvent()})
		w.Close()
		lines := strings.Split(buf.String(), "\n")
		if strings.ContainsAny(buf.String(), "\x1b\x07\r") || len(lines) != 4 || lines[1] != tc.want {
			t.Errorf("id %q: table\n%q\nwant heading %q and one row", tc.id, buf.String(), tc.want)
		}
	}
}

// TestMentionCitation: MentionSourceName is the registered domain of the
// article's web page, else its outlet as the article gives it, as GDELT's
// ("the top-level domain the page was from": bbc.co.uk, not www.bbc.co.uk;
// it was the outlet first, a feed's title "Reuters World News"), so
// that the mentions rows of one outlet's sections and editions name it
// once, as NumSources counts it once; MentionIdentifier is the URL, else
// the outlet, else the input.
func TestMentionCitation(t *testing.T) {
	cases := []struct {
		source, url, input string
		name, ident        string
	}{
		{"", "https://www.npr.org/sections/a/1", "", "npr.org", "https://www.npr.org/sections/a/1"},
		{"", "http://africa.chinadaily.com.cn/world/x.htm", "", "chinadaily.com.cn", "http://africa.chinadaily.com.cn/world/x.htm"},
		{"www.thesun.co.uk", "https://www.thesun.co.uk/news/1/", "", "thesun.co.uk", "https://www.thesun.co.uk/news/1/"},
		{"europe.chinadaily.com.cn", "", "a.txt", "chinadaily.com.cn", "europe.chinadaily.com.cn"},
		{"example.org", "", "", "example.org", "example.org"},
		{"The Guardian", "https://www.theguardian.com/world/1", "", "theguardian.com", "https://www.theguardian.com/world/1"},
		{"Reuters World News", "https://www.reuters.com/world/x-2024-03-04/", "feed.rss item 1", "reuters.com", "https://www.reuters.com/world/x-2024-03-04/"},
		{"Wire", "file:///news/a.html", "", "Wire", "file:///news/a.html"},
		{"Daily Wire Service", "", "a.jsonl:2", "Daily Wire Service", "Daily Wire Service"},
		{"U.S. News", "", "", "U.S. News", "U.S. News"},
		{"", "http://127.0.0.1:8080/story", "", "127.0.0.1", "http://127.0.0.1:8080/story"},
		{"", "http://localhost/story", "", "localhost", "http://localhost/story"},
		{"", "", "feed.xml:3", "feed.xml:3", "feed.xml:3"},
	}
	for _, c := range cases {
		a := &dyad.Article{Source: c.source, URL: c.url, Input: c.input}
		name, ident := MentionCitation(a)
		if name != c.name || ident != c.ident {
			t.Errorf("source %q, url %q, input %q: MentionSourceName %q, MentionIdentifier %q; want %q, %q",
				c.source, c.url, c.input, name, ident, c.name, c.ident)
		}
	}
}

// TestGDELTConfidence: a mentions row's Confidence is the event's
// confidence as a percentage in GDELT's range, 10 to 100: a coder's 0.07
// is 10, GDELT's least, not 7, which no GDELT row holds.
func TestGDELTConfidence(t *testing.T) {
	for _, c := range []struct {
		in   float64
		want int
	}{{0, 10}, {0.05, 10}, {0.094, 10}, {0.1, 10}, {0.18, 18}, {0.645, 65}, {0.85, 85}, {1, 100}, {1.2, 100}, {-0.3, 10}} {
		if got := GDELTConfidence(c.in); got != c.want {
			t.Errorf("GDELTConfidence(%v) = %d, want %d", c.in, got, c.want)
		}
	}
}
