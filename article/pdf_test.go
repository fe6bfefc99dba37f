package article

import (
	"bytes"
	"compress/gzip"
	"testing"
)

// TestPDFRefused: a PDF document, named .pdf or not, gzip'd or not, read
// as auto or as text, is refused saying it is a PDF and what dyad reads;
// it was "invalid UTF-8 (byte 0xE2 at column 2)" (its binary comment
// line) or "binary data (NUL byte at byte 723)" (a stream).
func TestPDFRefused(t *testing.T) {
	pdf := []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\nstream\n\x00\x89\xab\nendstream\n%%EOF\n")
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(pdf)
	zw.Close()
	tests := []struct {
		name, input string
		data        []byte
	}{
		{"report.pdf", "auto", pdf},
		{"report.txt", "text", pdf},
		{"report.pdf.gz", "auto", gz.Bytes()},
	}
	for _, tt := range tests {
		arts, err := Read(tt.name, tt.data, Options{Input: tt.input})
		want := tt.name + ": a PDF document (it starts with %PDF-), not text: dyad reads text, HTML pages, feeds (RSS, Atom, JSON Feed), JSON Lines and WARC archives; convert it to text first (with pdftotext, say)"
		if err == nil || err.Error() != want || len(arts) != 0 {
			t.Errorf("%s (--input %s): %d articles, error %v; want none and %q", tt.name, tt.input, len(arts), err, want)
		}
	}
	// text that quotes the magic later is text
	if arts, err := Read("note.txt", []byte("DATE: 2024-03-02\n\nThe file began %PDF-1.7 and Chile met Peru.\n"), Options{}); err != nil || len(arts) != 1 {
		t.Errorf("text quoting %%PDF-: %v", err)
	}
}
