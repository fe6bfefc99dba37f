// Tests of the warning given when --input text is asked of a whole HTML page.
package article

import (
	"slices"
	"testing"
)

// TestTextInputHTMLPageWarns: a file read with --input text that starts
// with <!doctype html or <html (any case, past blank lines) is read as
// text, as asked, with a warning naming the file and its first line; text
// that only mentions a tag, a fragment (<p>…) and --input auto say
// nothing.
func TestTextInputHTMLPageWarns(t *testing.T) {
	page := "\n<!DOCTYPE html>\n<html><body><p>Ruritania's foreign minister visited Borduria on Tuesday.</p></body></html>\n"
	want := "page.txt:2: read as plain text (--input text), but it is an HTML page (it starts with <!DOCTYPE html): its tags are read as words; --input html or auto reads its article"
	for _, c := range []struct {
		input, data string
		want        []string
	}{
		{"text", page, []string{want}},
		{"text", "<HTML lang=\"en\"><p>Ruritania's minister spoke.</p></HTML>", []string{"page.txt:1: read as plain text (--input text), but it is an HTML page (it starts with <HTML): its tags are read as words; --input html or auto reads its article"}},
		{"text", "<htmlish> is no tag of HTML, the minister said.\n", nil},
		{"text", "<p>Ruritania's minister spoke on Monday.</p>\n", nil},
		{"text", "The minister said <html> tags were banned.\n", nil},
		{"auto", page, nil},
		{"html", page, nil},
	} {
		var got []string
		_, err := Read("page.txt", []byte(c.data), Options{Input: c.input, Warn: func(w string) { got = append(got, w) }})
		if err != nil {
			t.Errorf("--input %s %q: %v", c.input, c.data, err)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("--input %s %q: warnings\n%q, want\n%q", c.input, c.data, got, c.want)
		}
	}
}
