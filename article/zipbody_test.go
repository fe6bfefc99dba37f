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

// TestBodyStringHint: a JSON Lines record whose "body" is one string is
// refused saying body is a list of paragraphs and one string goes in
// "text".
func TestBodyStringHint(t *testing.T) {
	_, err := Read("b.jsonl", []byte(`{"text":"Police arrested ten protesters.","body":"a string"}`+"\n"), Options{})
	want := `b.jsonl:1: bad JSON: field "body" is a JSON string: "body" is a list of paragraphs (["…", "…"]); give one string as "text"`
	if err == nil || err.Error() != want {
		t.Errorf("error %v; want %q", err, want)
	}
}
