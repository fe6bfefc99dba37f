package article

import (
	"strings"
	"testing"
)

// TestZIPRefused: a ZIP archive (a .zip, or a .docx, which is one) is
// refused naming it a ZIP archive, as a PDF is named; it was "binary
// data (NUL byte at byte 5)". Text that begins with "PK" is text.
func TestZIPRefused(t *testing.T) {
	zip := []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00word/document.xml\x00\x01\x02")
	for _, tt := range []struct{ name, input string }{{"k.zip", "auto"}, {"letter.docx", "auto"}, {"k.txt", "text"}} {
		arts, err := Read(tt.name, zip, Options{Input: tt.input})
		want := tt.name + ": a ZIP archive (it starts with PK), not text: dyad reads text, HTML pages, feeds (RSS, Atom, JSON Feed), JSON Lines and WARC archives; unzip it first and give dyad its files"
		if err == nil || err.Error() != want || len(arts) != 0 {
			t.Errorf("%s: %d articles, error %v; want none and %q", tt.name, len(arts), err, want)
		}
	}
	if _, err := Read("empty.zip", []byte("PK\x05\x06"+strings.Repeat("\x00", 18)), Options{}); err == nil || !strings.HasPrefix(err.Error(), "empty.zip: a ZIP archive") {
		t.Errorf("empty archive: %v; want a ZIP archive", err)
	}
	if arts, err := Read("pk.txt", []byte("PKK party leaders met in Ankara on Monday.\n"), Options{Date: "2024-03-04"}); err != nil || len(arts) != 1 {
		t.Errorf("text starting PK: %v", err)
	}
}

// TestBodyStringHint: a JSON Lines record whose "body" is one string (or
// an object) is refused saying body is a list of paragraphs and one
// string goes in "text"; a "text" that is a list, the other way round;
// another field of the wrong type is named alone.
func TestBodyStringHint(t *testing.T) {
	for _, tc := range []struct{ rec, want string }{
		{`{"text":"Police arrested ten protesters.","body":"a string"}`, `b.jsonl:1: bad JSON: field "body" is a JSON string: "body" is a list of paragraphs (["…", "…"]); give one string as "text"`},
		{`{"body":{"p":"Police arrested ten protesters."}}`, `b.jsonl:1: bad JSON: field "body" is a JSON object: "body" is a list of paragraphs (["…", "…"])`},
		{`{"text":["Police arrested ten protesters."]}`, `b.jsonl:1: bad JSON: field "text" is a JSON array: "text" is one string; give a list of paragraphs as "body"`},
		{`{"text":12}`, `b.jsonl:1: bad JSON: field "text" is a JSON number: "text" is one string`},
		{`{"text":"Police arrested ten protesters.","title":12}`, `b.jsonl:1: bad JSON: field "title" is a JSON number`},
	} {
		_, err := Read("b.jsonl", []byte(tc.rec+"\n"), Options{})
		if err == nil || err.Error() != tc.want {
			t.Errorf("%s: error %v; want %q", tc.rec, err, tc.want)
		}
	}
}
