package article

import (
	"reflect"
	"testing"
)

// TestHTMLStrayBOMs: byte order marks standing in an HTML page's text
// (UTF-16's 0xFF 0xFE, 0xFE 0xFF, never UTF-8; UTF-8's 0xEF 0xBB 0xBF,
// U+FEFF) are dropped with a warning
// naming the input, the line and offset of the first and how many; the
// page read as it otherwise is. They made a page read as Windows-1252,
// "Russia shelled Kharkiv on Monday ÿþ officials said.", which gave no
// event (a new user's page, session 67); in a UTF-8 page each became
// U+FFFD.
func TestHTMLStrayBOMs(t *testing.T) {
	for _, c := range []struct {
		name, page string
		body       []string
		warn       []string
	}{
		{"bad.html", "<html><body><p>Russia shelled Kharkiv on Monday \xff\xfe officials said.</p></body></html>",
			[]string{"Russia shelled Kharkiv on Monday officials said."},
			[]string{"bad.html:1: a stray byte order mark (0xFF 0xFE) at byte offset 48 (0-based): dropped"}},
		{"utf8.html", "<html><head><meta charset=\"utf-8\"></head><body><p>Caf\xc3\xa9 owners said Russia shelled Kharkiv on Monday \xfe\xff officials said.</p>\n<p>Two \xff\xfe more \xff\xfe here.</p></body></html>",
			[]string{"Café owners said Russia shelled Kharkiv on Monday officials said.", "Two more here."},
			[]string{"utf8.html:1: 3 stray byte order marks, the first 0xFE 0xFF at byte offset 101 (0-based): dropped"}},
		// UTF-8's (U+FEFF) too: it stayed in the text and shifted the
		// spans by 3 bytes (a new user's page, session 68)
		{"bom.html", "<html><head><title>x</title></head><body><article><p>\xef\xbb\xbfRussia attacked Ukraine on Monday.</p><p>Iran \xef\xbb\xbfcondemned Israel on Monday.</p></article></body></html>",
			[]string{"Russia attacked Ukraine on Monday.", "Iran condemned Israel on Monday."},
			[]string{"bom.html:1: 2 stray byte order marks, the first 0xEF 0xBB 0xBF at byte offset 53 (0-based): dropped"}},
		{"mixed.html", "<html><body><p>Russia shelled Kharkiv on Monday \xff\xfe officials said \xef\xbb\xbfon Tuesday.</p></body></html>",
			[]string{"Russia shelled Kharkiv on Monday officials said on Tuesday."},
			[]string{"mixed.html:1: 2 stray byte order marks, the first 0xFF 0xFE at byte offset 48 (0-based): dropped"}},
		// a page starting with UTF-8's keeps its start's dropped silently, and counts it
		{"start.html", "\xef\xbb\xbf<html><body><p>Iran \xef\xbb\xbfcondemned Israel on Monday.</p></body></html>",
			[]string{"Iran condemned Israel on Monday."},
			[]string{"start.html:1: a stray byte order mark (0xEF 0xBB 0xBF) at byte offset 23 (0-based): dropped"}},
		// a Windows-1252 page's thorn and y-diaeresis apart are letters
		{"latin.html", "<html><body><p>\xdeingvellir and Ha\xff are places.</p></body></html>",
			[]string{"Þingvellir and Haÿ are places."}, nil},
	} {
		var warns []string
		arts, err := Read(c.name, []byte(c.page), Options{Input: "html", Warn: func(w string) { warns = append(warns, w) }})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !reflect.DeepEqual(arts[0].Body, c.body) || !reflect.DeepEqual(warns, c.warn) {
			t.Errorf("%s: body %q, warnings %q;\nwant %q, %q", c.name, arts[0].Body, warns, c.body, c.warn)
		}
	}
}
