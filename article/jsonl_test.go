package article

import (
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
)

// TestJSONLOverlongLine: a line longer than the limit is reported with
// its file and line number and skipped; the lines after it are read,
// numbered as in the file. A line of exactly the limit is read.
func TestJSONLOverlongLine(t *testing.T) {
	rec := func(id string) string { return `{"id":"` + id + `","text":"Seoul protested."}` }
	long := `{"id":"big","text":"` + strings.Repeat("x", 100) + `"}`
	fit := `{"id":"fit","text":"` + strings.Repeat("y", 59-len(`{"id":"fit","text":""}`)) + `"}`
	in := rec("a1") + "\n" + long + "\n" + rec("a3") + "\r\n" + fit + "\n" + long + "\n" + rec("a6")
	var ids, bads []string
	err := eachJSONL("in.jsonl", strings.NewReader(in), 59, Options{},
		func(a *dyad.Article) error { ids = append(ids, a.ID+"@"+a.Input); return nil },
		func(err error) { bads = append(bads, err.Error()) })
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(ids, " "); got != "a1@in.jsonl:1 a3@in.jsonl:3 fit@in.jsonl:4 a6@in.jsonl:6" {
		t.Errorf("read %s", got)
	}
	if got := strings.Join(bads, "; "); got != "in.jsonl:2: record over 59 bytes; in.jsonl:5: record over 59 bytes" {
		t.Errorf("reported %s", got)
	}
}

// xs is an endless stream of 'x'.
type xs struct{}

func (xs) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'x'
	}
	return len(p), nil
}

// TestEachJSONLOverMaxInputSize: a record one byte over MaxInputSize no
// longer ends the file ("bufio.Scanner: token too long").
func TestEachJSONLOverMaxInputSize(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 50 MiB")
	}
	r := io.MultiReader(strings.NewReader(`{"id":"a1","text":"Seoul protested."}`+"\n"),
		io.LimitReader(xs{}, MaxInputSize+1), strings.NewReader("\n"+`{"id":"a3","text":"Tokyo agreed."}`+"\n"))
	var ids []string
	var bad error
	err := EachJSONL("big.jsonl", r, Options{}, func(a *dyad.Article) error { ids = append(ids, a.ID); return nil },
		func(err error) { bad = errors.Join(bad, err) })
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(ids) != "[a1 a3]" || bad == nil || bad.Error() != "big.jsonl:2: record over 50 MiB" {
		t.Errorf("read %v, reported %v", ids, bad)
	}
}

// TestTextDateHeader: a DATE header in GDELT's YYYYMMDD form is read; one
// dyad cannot read is an error naming file, line and value (even with
// Options.Date: the input has a date, just not a readable one), saying
// how to write it.
func TestTextDateHeader(t *testing.T) {
	for _, c := range []struct{ in, date, want string }{
		{"TITLE: Talks\nDATE: 20240301\n\nSeoul protested.", "", "2024-03-01 header"},
		{"DATE: 2024-03-01\n\nSeoul protested.", "2024-07-13", "2024-03-01 header"},
		{"DATE: 2024-03-01 10:00 KST\n\nSeoul protested.", "", "2024-03-01 header"},
		{"DATE: 2024-03-01T10:00:00+09:00\n\nSeoul protested.", "", "2024-03-01T10:00:00+09:00 header"},
		{"\nDATE: 03/01/2024\n\nSeoul protested.", "",
			`story.txt:2: DATE "03/01/2024": day and month order is ambiguous; write the date as YYYY-MM-DD`},
		{"TITLE: Talks\nDATE: 01.03.2024\n\nSeoul protested.", "2024-07-13",
			`story.txt:2: DATE "01.03.2024": day and month order is ambiguous; write the date as YYYY-MM-DD`},
		{"TITLE: Talks\nSOURCE: Wire\nPUBLISHED: next Tuesday\n\nSeoul protested.", "",
			`story.txt:3: PUBLISHED "next Tuesday": not a date dyad reads; write it as YYYY-MM-DD (or YYYYMMDD, or RFC 3339 with a time)`},
		{"DATE: 20241301\n\nSeoul protested.", "",
			`story.txt:1: DATE "20241301": no such date`},
		{"DATE: 2024-02-30\n\nSeoul protested.", "", `story.txt:1: DATE "2024-02-30": no such date`},
		{"DATE: 2999-01-01\n\nSeoul protested.", "",
			`story.txt:1: DATE "2999-01-01": in the future; give the day the article was published`},
		{"DATE: " + time.Now().UTC().AddDate(0, 0, 3).Format("2006-01-02") + "\n\nSeoul protested.", "",
			`story.txt:1: DATE "` + time.Now().UTC().AddDate(0, 0, 3).Format("2006-01-02") + `": in the future (today is ` + time.Now().UTC().Format("2006-01-02") + `); give the day the article was published`},
		{"DATE: 2024-03-06\nDATE: 2024-05-06\n\nSeoul protested.", "",
			`story.txt:2: DATE "2024-05-06": a second date (line 1 gave 2024-03-06); keep one`},
		{"DATE: 2024-03-06\nTITLE: Talks\nPUBLISHED: March 6, 2024\n\nSeoul protested.", "", "2024-03-06 header"},
		{"Seoul protested.\nDATE: 03/01/2024", "", " "}, // not a header: body text
	} {
		arts, err := Read("story.txt", []byte(c.in), Options{Input: "text", Date: c.date})
		got := ""
		if err != nil {
			got = err.Error()
		} else {
			got = arts[0].Published + " " + arts[0].PublishedFrom
		}
		if got != c.want {
			t.Errorf("%q: got %s, want %s", c.in, got, c.want)
		}
	}
}

// TestTextHeaderCase: a header written by hand in title or lower case
// ("Title: …", "date: …") is read as the capitals are, its date a header
// date (or an error naming the line), its lines no body text; a key that
// is no article field, or a "Published: …" stub, is left as before.
func TestTextHeaderCase(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Title: Talks resume\nDate: 2024-07-13\n\nKenya and Chile resumed talks.",
			"Talks resume|2024-07-13 header|Kenya and Chile resumed talks."},
		{"title: Talks resume\ndate: 2024-07-13\nsource: Wire\n\nKenya and Chile resumed talks.",
			"Talks resume|2024-07-13 header|Kenya and Chile resumed talks."},
		{"Title: Talks resume\r\nDate: 20240713\r\nURL: https://example.org/a\r\n\r\nKenya and Chile resumed talks.",
			"Talks resume|2024-07-13 header|Kenya and Chile resumed talks."},
		{"Headline: Talks resume\nAuthor: Jane Roe\n\nKenya and Chile resumed talks.",
			"Talks resume| |Kenya and Chile resumed talks."},
		{"Title: Talks resume\nDate: 13/07/2024\n\nKenya and Chile resumed talks.",
			`story.txt:2: Date "13/07/2024": day and month order is ambiguous; write the date as YYYY-MM-DD`},
		{"Update: Kenya and Chile resumed talks.\n\nThey met in Nairobi.",
			"| |Update: Kenya and Chile resumed talks.|They met in Nairobi."},
		{"People: a crowd gathered in Nairobi.\n\nKenya and Chile resumed talks.",
			"| |People: a crowd gathered in Nairobi.|Kenya and Chile resumed talks."},
		{"Title: Talks resume\nPublished: 2 hours ago\n\nKenya and Chile resumed talks.",
			"Talks resume| |Published: 2 hours ago|Kenya and Chile resumed talks."},
		{"tItLe: Talks resume\n\nKenya and Chile resumed talks.", // a headline line
			"tItLe: Talks resume| |Kenya and Chile resumed talks."},
	} {
		if got := readTextSummary(c.in); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.in, got, c.want)
		}
	}
}

// TestJSONLRecordMistakes: a record with no text names the fields it has
// that an article has not ("txt" for "text"), and a date dyad cannot read
// says how to write it, as a text file's DATE: header does.
func TestJSONLRecordMistakes(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{`{"id":"a","date":"2024-03-01","txt":"Kenya and Chile resumed talks."}`,
			`in.jsonl:1: no text ("text" and "body" empty or missing); unknown field "txt" (a JSON Lines article has`},
		{`{"id":"a","Text":"","bdy":["Kenya and Chile resumed talks."],"tittle":"Talks"}`,
			`unknown field "bdy", "tittle" (`},
		{`{"id":"a","text":""}`, `in.jsonl:1: no text ("text" and "body" empty or missing)`},
		{`{"id":"a","date":"03/01/2024","text":"Kenya and Chile resumed talks."}`,
			`in.jsonl:1: bad date "03/01/2024": write it as YYYY-MM-DD (or RFC 3339)`},
		{`{"id":"a","date":"2024-02-30","text":"Kenya and Chile resumed talks."}`,
			`in.jsonl:1: bad date "2024-02-30": no such date`},
		{`{"id":"a","date":"2999-01-01","text":"Kenya and Chile resumed talks."}`,
			`in.jsonl:1: bad date "2999-01-01": in the future`},
	} {
		_, err := Read("in.jsonl", []byte(c.line+"\n"), Options{})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", c.line, err, c.want)
		}
	}
}

// TestJSONLNulCharacter: a record whose text holds a NUL character
// (\u0000 in the line) is refused as binary data naming its file, line and
// field, as a text file with a NUL byte is, by Read and EachJSONL alike;
// the good lines around it are read.
func TestJSONLNulCharacter(t *testing.T) {
	in := `{"id":"a","date":"2024-01-02","text":"Kenya and Chile resumed talks."}` + "\n" +
		`{"id":"b","date":"2024-01-02","text":"Iran \u0000 threatened Israel."}` + "\n" +
		`{"id":"c","date":"2024-01-02","title":"Raid\u0000","text":"Iran threatened Israel."}` + "\n" +
		`{"id":"d","date":"2024-01-02","body":["Iran threatened Israel.","x\u0000"]}` + "\n" +
		`{"id":"e","date":"2024-01-02","text":"A backslash \\u0000 written out is text."}` + "\n"
	want := []string{
		`in.jsonl:2: binary data (field "text" holds a NUL character, \u0000)`,
		`in.jsonl:3: binary data (field "title" holds a NUL character, \u0000)`,
		`in.jsonl:4: binary data (field "body" holds a NUL character, \u0000)`,
	}
	arts, err := Read("in.jsonl", []byte(in), Options{})
	if len(arts) != 2 || arts[0].ID != "a" || arts[1].ID != "e" {
		t.Errorf("Read kept %d articles, want a and e", len(arts))
	}
	checkJSONLErrors(t, in, err, want)
}

// TestJSONLRawNulByte: a raw NUL byte in a JSON Lines record (not the
// escape \u0000: a byte no JSON text holds) is said with its line and
// column in characters, not as "bad JSON", by Read and EachJSONL alike;
// the good lines around it are read.
func TestJSONLRawNulByte(t *testing.T) {
	in := `{"id":"a","date":"2024-01-02","text":"Kenya and Chile resumed talks."}` + "\n" +
		`{"id":"b","date":"2024-01-02","text":"Police ` + "\x00" + `arrested strikers."}` + "\n" +
		`  {"id":"c","text":"Café` + "\x00" + `"}` + "\n" +
		`{"id":"d","date":"2024-01-02","text":"Iran threatened Israel."}` + "\x00\n" +
		`{"id":"e","date":"2024-01-02","text":"Peru recalled its envoy."}` + "\n"
	const tail = " (a raw NUL byte: a record holds no NUL, raw or written \\u0000; remove it)"
	want := []string{
		"in.jsonl:2: NUL byte at line 2, column 46" + tail,
		"in.jsonl:3: NUL byte at line 3, column 25" + tail,
		"in.jsonl:4: NUL byte at line 4, column 64" + tail,
	}
	arts, err := Read("in.jsonl", []byte(in), Options{})
	if len(arts) != 2 || arts[0].ID != "a" || arts[1].ID != "e" {
		t.Errorf("Read: %d articles, want a and e", len(arts))
	}
	checkJSONLErrors(t, in, err, want)
}

// TestHTMLLanguageGuessNeedsText: a page that declares no language is
// labelled with the language of its text only when it has enough words
// (EnglishMinWords) for a guess; one sentence gets none (it was "fi"); a
// declared language is kept however short the page.
func TestHTMLLanguageGuessNeedsText(t *testing.T) {
	long := "<p>The foreign ministers of Kenya and Chile met in Nairobi on Monday and agreed to resume direct flights between their capitals, officials said.</p>" +
		"<p>The two governments also signed a memorandum on trade in fruit and flowers, which the ministers said would double exports within five years.</p>" +
		"<p>A joint commission will meet again in Santiago in the spring to review the progress of the agreements, according to a statement from the Kenyan side.</p>"
	for _, c := range []struct{ page, want string }{
		{"<html><body><p>Russia attacked Ukraine on Monday, officials said.</p></body></html>", ""},
		{`<html lang="en-GB"><body><p>Russia attacked Ukraine on Monday, officials said.</p></body></html>`, "en"},
		{"<html><body>" + long + "</body></html>", "en"},
	} {
		arts, err := Read("p.html", []byte(c.page), Options{})
		if err != nil || len(arts) != 1 || arts[0].Language != c.want {
			got := ""
			if len(arts) == 1 {
				got = arts[0].Language
			}
			t.Errorf("%.60s…: language %q (%v), want %q", c.page, got, err, c.want)
		}
	}
}

// TestJSONLBinaryFile: a binary file read as JSON Lines (a NUL byte in
// its first KiB, not starting as a JSON object: an image, an executable)
// is one "binary data" error, by Read and EachJSONL alike, not an error
// per line; a JSON Lines file whose first record holds a stray NUL keeps
// its error per line (TestJSONLRawNulByte).
func TestJSONLBinaryFile(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"lines of binary", strings.Repeat("\x00\x01\x02abc\n", 40), "bin.dat: binary data (NUL byte at byte 0): not JSON Lines, no record read"},
		{"ELF header", "\x7fELF\x02\x01\x01\x00\x00\n\x03\x00>\n" + strings.Repeat("x\n", 10), "bin.dat: binary data (NUL byte at byte 7): not JSON Lines, no record read"},
		{"PNG image", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\n" + strings.Repeat("\x00\x10\n", 30), "bin.dat: binary data (NUL byte at byte 8): not JSON Lines, no record read"},
		{"JSON record with a NUL", `{"id":"a","text":"Talks ` + "\x00" + `resumed."}` + "\n" + `{"id":"b","text":"x` + "\x00" + `"}` + "\n",
			"bin.dat:1: NUL byte at line 1, column 25 (a raw NUL byte: a record holds no NUL, raw or written \\u0000; remove it)\n" +
				"bin.dat:2: NUL byte at line 2, column 20 (a raw NUL byte: a record holds no NUL, raw or written \\u0000; remove it)"},
	} {
		_, err := Read("bin.dat", []byte(tc.in), Options{Input: "jsonl"})
		if err == nil || err.Error() != tc.want {
			t.Errorf("%s: Read error %v\nwant %s", tc.name, err, tc.want)
		}
		var got []string
		err = EachJSONL("bin.dat", strings.NewReader(tc.in), Options{}, func(a *dyad.Article) error {
			t.Errorf("%s: EachJSONL read article %q", tc.name, a.ID)
			return nil
		}, func(err error) { got = append(got, err.Error()) })
		if err != nil || strings.Join(got, "\n") != tc.want {
			t.Errorf("%s: EachJSONL errors %q (%v)\nwant %s", tc.name, got, err, tc.want)
		}
	}
}

// TestJSONLStrayNulNotBinary: a JSON Lines file with a stray NUL is not
// called binary when a line of its first KiB starts as a record, whether
// its first line starts with a UTF-8 byte order mark, is an array, or
// holds the NUL itself: the NUL's record is an error naming its line, the
// other records are read.
func TestJSONLStrayNulNotBinary(t *testing.T) {
	rec := func(id, text string) string { return `{"id":"` + id + `","text":"` + text + `"}` + "\n" }
	for _, tc := range []struct {
		name, in, ids, errs string
	}{
		{"byte order mark, NUL in record 2", "\xef\xbb\xbf" + rec("a1", "France condemned Germany on Tuesday.") + rec("a2", "Japan \x00praised China.") + rec("a3", "Russia attacked Ukraine."),
			"a1 a3", "x.jsonl:2: NUL byte at line 2, column 26 (a raw NUL byte: a record holds no NUL, raw or written \\u0000; remove it)"},
		{"array first, NUL in record 3", `["x"]` + "\n" + rec("a1", "France condemned Germany on Tuesday.") + rec("a2", "Japan \x00praised China."),
			"a1", "x.jsonl:1: bad JSON: want an object, got a JSON array\nx.jsonl:3: NUL byte at line 3, column 26 (a raw NUL byte: a record holds no NUL, raw or written \\u0000; remove it)"},
		{"NUL first", "\x00" + rec("a1", "France condemned Germany on Tuesday.") + rec("a2", "Japan praised China."),
			"a2", "x.jsonl:1: NUL byte at line 1, column 1 (a raw NUL byte: a record holds no NUL, raw or written \\u0000; remove it)"},
		{"byte order mark alone", "\xef\xbb\xbf" + rec("a1", "France condemned Germany on Tuesday."), "a1", ""},
	} {
		arts, err := Read("x.jsonl", []byte(tc.in), Options{Input: "jsonl"})
		var ids []string
		for _, a := range arts {
			ids = append(ids, a.ID)
		}
		got := ""
		if err != nil {
			got = err.Error()
		}
		if strings.Join(ids, " ") != tc.ids || got != tc.errs {
			t.Errorf("%s: Read articles %v, errors %q\nwant %s, %q", tc.name, ids, got, tc.ids, tc.errs)
		}
		ids = nil
		var errs []string
		err = EachJSONL("x.jsonl", strings.NewReader(tc.in), Options{}, func(a *dyad.Article) error {
			ids = append(ids, a.ID)
			return nil
		}, func(err error) { errs = append(errs, err.Error()) })
		if err != nil || strings.Join(ids, " ") != tc.ids || strings.Join(errs, "\n") != tc.errs {
			t.Errorf("%s: EachJSONL articles %v, errors %q (%v)\nwant %s, %q", tc.name, ids, errs, err, tc.ids, tc.errs)
		}
	}
}

// TestJSONLEmptyInput: JSON Lines input with no record — an empty file,
// blank lines only, a byte order mark alone — is one "empty input" error,
// by Read and EachJSONL alike, as an empty text file is.
func TestJSONLEmptyInput(t *testing.T) {
	for _, tc := range []struct{ name, in string }{
		{"empty", ""},
		{"blank lines", "\n\n  \n"},
		{"spaces and tabs, no newline", " \t "},
		{"CRLF blank lines", "\r\n\r\n"},
		{"byte order mark alone", "\ufeff\n"},
	} {
		want := "e.jsonl: empty input"
		_, err := Read("e.jsonl", []byte(tc.in), Options{Input: "jsonl"})
		if err == nil || err.Error() != want {
			t.Errorf("%s: Read error %v, want %s", tc.name, err, want)
		}
		var got []string
		err = EachJSONL("e.jsonl", strings.NewReader(tc.in), Options{}, func(a *dyad.Article) error {
			t.Errorf("%s: EachJSONL read article %q", tc.name, a.ID)
			return nil
		}, func(err error) { got = append(got, err.Error()) })
		if err != nil || strings.Join(got, "\n") != want {
			t.Errorf("%s: EachJSONL errors %q (%v), want %s", tc.name, got, err, want)
		}
	}
}

// TestJSONLNonObjectLines: a line that is JSON but no object (null, an
// array, a string, a number) is an error saying what it is, the lines
// around it read; "null" said "no text", blaming fields it has not.
func TestJSONLNonObjectLines(t *testing.T) {
	in := `{"id":"a1","text":"France condemned Germany on Tuesday."}
null
[]
"text"
42
{"id":"a2","text":"Japan praised China."}
`
	arts, err := Read("x.jsonl", []byte(in), Options{Input: "jsonl"})
	want := "x.jsonl:2: bad JSON: want an object, got a JSON null\n" +
		"x.jsonl:3: bad JSON: want an object, got a JSON array\n" +
		"x.jsonl:4: bad JSON: want an object, got a JSON string\n" +
		"x.jsonl:5: bad JSON: want an object, got a JSON number"
	if err == nil || err.Error() != want || len(arts) != 2 || arts[0].ID != "a1" || arts[1].ID != "a2" {
		t.Errorf("%d articles, error:\n%v\nwant:\n%s", len(arts), err, want)
	}
}

// TestJSONLPlainTextOneError: a text file given as JSON Lines (its first
// non-blank line not JSON, no line after it starting a JSON object), or one
// JSON document indented over several lines, is one error naming the
// input and that line, by Read and EachJSONL alike, not an error per line; a JSON Lines file whose first line is bad but whose
// next lines are records still has those records read.
func TestJSONLPlainTextOneError(t *testing.T) {
	const hint = "): no record read; give --input text, or auto"
	for _, tc := range []struct{ name, in, ids, errs string }{
		{"plain text", "Hello world.\nThis is plain text.\nRussia attacked Ukraine on Monday.\n",
			"", `t.txt:1: not JSON Lines (line 1 reads "Hello world."` + hint},
		{"blank lines and a byte order mark first", "\xef\xbb\xbf\n\n  Paris, Monday.\nFrance condemned Germany.\n",
			"", `t.txt:3: not JSON Lines (line 3 reads "Paris, Monday."` + hint},
		{"a quotation first", "\"We will not yield,\" the minister said.\nJapan praised China.\n",
			"", `t.txt:1: not JSON Lines (line 1 reads "\"We will not yield,\" the minister said."` + hint},
		{"long first line cut at 40 characters", "The foreign ministers of France and Germany met in Geneva on Tuesday.\n",
			"", `t.txt:1: not JSON Lines (line 1 reads "The foreign ministers of France and Germ…"` + hint},
		{"CSV header", "id,text,date\n1,France condemned Germany.,2024-01-01\n",
			"", `t.txt:1: not JSON Lines (line 1 reads "id,text,date"` + hint},
		{"indented object", "{\n  \"id\": \"a1\",\n  \"text\": \"France condemned Germany.\"\n}\n",
			"", "t.txt:1: not JSON Lines (line 1 starts a JSON object written over 4 lines, as dyad extract prints without --jsonl): no record read; write one object per line (dyad extract --jsonl, or jq -c)"},
		{"indented array of records, a blank line first", "\n[\n  {\"id\": \"a1\", \"text\": \"France condemned Germany.\"},\n  {\"id\": \"a2\", \"text\": \"Japan praised China.\"}\n]\n",
			"", "t.txt:2: not JSON Lines (line 2 starts a JSON array written over 4 lines, as dyad extract prints without --jsonl): no record read; write one object per line (dyad extract --jsonl, or jq -c)"},
		{"record cut at its end, a record after it", "{\"id\":\"a0\",\"text\":\"Japan praised\n{\"id\":\"a1\",\"text\":\"France condemned Germany.\"}\n",
			"a1", "t.txt:1: bad JSON: unexpected EOF"},
		{"record cut at its start, records after it", "ext\":\"Japan praised China.\"}\n{\"id\":\"a1\",\"text\":\"France condemned Germany.\"}\n",
			"a1", "t.txt:1: bad JSON: invalid character 'e' looking for beginning of value"},
		{"a record first, text after it", "{\"id\":\"a1\",\"text\":\"France condemned Germany.\"}\nHello world.\n",
			"a1", "t.txt:2: bad JSON: invalid character 'H' looking for beginning of value"},
	} {
		arts, err := Read("t.txt", []byte(tc.in), Options{Input: "jsonl"})
		var ids []string
		for _, a := range arts {
			ids = append(ids, a.ID)
		}
		got := ""
		if err != nil {
			got = err.Error()
		}
		if strings.Join(ids, " ") != tc.ids || got != tc.errs {
			t.Errorf("%s: Read articles %v, errors %q\nwant %s, %q", tc.name, ids, got, tc.ids, tc.errs)
		}
		ids = nil
		var errs []string
		err = EachJSONL("t.txt", strings.NewReader(tc.in), Options{}, func(a *dyad.Article) error {
			ids = append(ids, a.ID)
			return nil
		}, func(err error) { errs = append(errs, err.Error()) })
		if err != nil || strings.Join(ids, " ") != tc.ids || strings.Join(errs, "\n") != tc.errs {
			t.Errorf("%s: EachJSONL articles %v, errors %q (%v)\nwant %s, %q", tc.name, ids, errs, err, tc.ids, tc.errs)
		}
	}
}

// TestJSONLFieldGivenTwice: a record that gives a field twice ("text",
// "date", or "Text" beside "text", which encoding/json takes for one) is
// a bad line naming its file and line, by Read and EachJSONL alike: the
// decoder kept the last value without a word, coding the other story.
// The same name inside a value, a nested object or a string is no second
// field, and the good lines around a bad one are read.
func TestJSONLFieldGivenTwice(t *testing.T) {
	const good = `{"id":"g","text":"Kenya and Chile resumed talks."}`
	for _, c := range []struct{ line, want string }{
		{`{"id":"a","text":"Japan and Australia signed a pact.","text":"Iran expelled two diplomats."}`,
			`in.jsonl:2: field "text" given twice: give each field once`},
		{`{"id":"a","text":"Russia attacked Ukraine.","Text":"other"}`,
			`in.jsonl:2: field "Text" (as "text") given twice: give each field once`},
		{`{"date":"2024-03-01","id":"a","text":"Kenya and Chile resumed talks.","date":"2024-03-02"}`,
			`in.jsonl:2: field "date" given twice: give each field once`},
		{`{"te\u0078t":"x","text":"Kenya and Chile resumed talks."}`,
			`in.jsonl:2: field "text" given twice: give each field once`},
		{`{"meta":{"text":"x"},"text":"Kenya and Chile resumed talks.","note":"\"text\": y"}`, ""},
		{`{"title":"{\"text\":1}","body":["a \"text\": b"],"extra":["text","text"]}`, ""},
		{`{"note":1,"note":2,"text":"Kenya and Chile resumed talks."}`, ""}, // not a field of an article
	} {
		data := good + "\n" + c.line + "\n" + good + "\n"
		arts, err := Read("in.jsonl", []byte(data), Options{Input: "jsonl"})
		var streamed []error
		n := 0
		if serr := EachJSONL("in.jsonl", strings.NewReader(data), Options{}, func(*dyad.Article) error { n++; return nil },
			func(err error) { streamed = append(streamed, err) }); serr != nil {
			t.Fatal(serr)
		}
		if c.want == "" {
			if err != nil || len(arts) != 3 || n != 3 || len(streamed) != 0 {
				t.Errorf("%s: Read %d articles, %v; EachJSONL %d, %q; want 3 and no error", c.line, len(arts), err, n, streamed)
			}
			continue
		}
		if err == nil || err.Error() != c.want || len(arts) != 2 {
			t.Errorf("%s: Read %d articles, %v; want 2 and %q", c.line, len(arts), err, c.want)
		}
		if n != 2 || len(streamed) != 1 || streamed[0].Error() != c.want {
			t.Errorf("%s: EachJSONL %d articles, %q; want 2 and %q", c.line, n, streamed, c.want)
		}
	}
}

// readTextSummary reads in as the text file story.txt and gives
// "title|published from|paragraph|paragraph…", or the error's text.
func readTextSummary(in string) string {
	arts, err := Read("story.txt", []byte(in), Options{Input: "text"})
	if err != nil {
		return err.Error()
	}
	a := arts[0]
	return a.Title + "|" + a.Published + " " + a.PublishedFrom + "|" + strings.Join(a.Body, "|")
}

// TestJSONLURLControlCharacter: a record whose "url" holds a tab, a
// newline or another control character (written \t, \n, \u001b in the
// line) within it is refused naming its file, line and the character, by Read and
// EachJSONL alike (it was stored and exported as written); the good lines
// around it are read, a url with a space or an escaped %09 among them.
// White space around a url is trimmed (TestJSONLURLSpaces).
func TestJSONLURLControlCharacter(t *testing.T) {
	in := `{"id":"a","date":"2024-01-02","url":"https://example.org/a","text":"Kenya and Chile resumed talks."}` + "\n" +
		`{"id":"b","date":"2024-01-02","url":"https://example.org/b\tc","text":"Iran threatened Israel."}` + "\n" +
		`{"id":"c","date":"2024-01-02","url":"https://example.org/c\nd","text":"Iran threatened Israel."}` + "\n" +
		`{"id":"d","date":"2024-01-02","url":"https://example.org/\u001bd","text":"Iran threatened Israel."}` + "\n" +
		`{"id":"e","date":"2024-01-02","url":"https://example.org/e%09f g","text":"Iran threatened Israel."}` + "\n"
	want := []string{
		`in.jsonl:2: url "https://example.org/b\tc" holds a tab: an address has no control characters; fix the url or leave it out`,
		`in.jsonl:3: url "https://example.org/c\nd" holds a newline: an address has no control characters; fix the url or leave it out`,
		`in.jsonl:4: url "https://example.org/\x1bd" holds U+001B: an address has no control characters; fix the url or leave it out`,
	}
	arts, err := Read("in.jsonl", []byte(in), Options{})
	if len(arts) != 2 || arts[0].ID != "a" || arts[1].ID != "e" || arts[1].URL != "https://example.org/e%09f g" {
		t.Errorf("Read kept %d articles, want a and e", len(arts))
	}
	checkJSONLErrors(t, in, err, want)
}

// checkJSONLErrors checks that Read's error err on the JSON Lines in
// holds the lines want, one an error, and that EachJSONL reports the same
// errors on in and hands over the articles a and e alone.
func checkJSONLErrors(t *testing.T, in string, err error, want []string) {
	t.Helper()
	var got []string
	if err != nil {
		got = strings.Split(err.Error(), "\n")
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Read: errors %q, want %q", got, want)
	}
	got = nil
	var ids []string
	err = EachJSONL("in.jsonl", strings.NewReader(in), Options{}, func(a *dyad.Article) error {
		ids = append(ids, a.ID)
		return nil
	}, func(err error) { got = append(got, err.Error()) })
	if err != nil || !reflect.DeepEqual(got, want) || !reflect.DeepEqual(ids, []string{"a", "e"}) {
		t.Errorf("EachJSONL: %v, errors %q, articles %v; want errors %q and articles a, e", err, got, ids, want)
	}
}
