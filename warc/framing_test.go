package warc

import (
	"fmt"
	"strings"
	"testing"
)

// lfOnly is s with every CRLF made LF, as a tool that writes Unix line
// ends saves a WARC file.
func lfOnly(s string) string { return strings.ReplaceAll(s, "\r\n", "\n") }

// TestLFLineEnds: an archive whose WARC header lines and closing lines
// end in LF alone (the HTTP header too) is read as warcio reads it, plain
// and gzip'd, every page whole; it was "the archive ends inside this
// record (cut off …)" at its first record. The Content-Length counts the
// content as saved, its LF line ends included.
func TestLFLineEnds(t *testing.T) {
	recs := records()
	lfRecordOf := func(typ, uri, ct, block string) string {
		return lfOnly(fmt.Sprintf("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-03-04T10:00:00Z\r\n"+
			"Content-Type: %s\r\nContent-Length: %d\r\n\r\n", typ, uri, ct, len(block))) + block + "\n\n"
	}
	lfRecord := func(uri, page string) string {
		return lfRecordOf("response", uri, "application/http; msgtype=response", lfOnly(httpResponse("200 OK", "text/html", page)))
	}
	info := lfRecordOf("warcinfo", "", "application/warc-fields", "software: dyad test\n")
	plain := info + lfRecord("https://example.org/1", page1) + lfRecord("https://example.org/2", page2)
	pages, bads, err := walk(t, "unix.warc", []byte(plain))
	if want := "2@-1 https://example.org/1 103; 3@-1 https://example.org/2 69"; err != nil || len(bads) != 0 || summary(pages) != want {
		t.Errorf("plain: pages %s, bad %q, err %v\nwant %s", summary(pages), bads, err, want)
	}
	if len(pages) == 2 && (string(pages[0].Body) != page1 || string(pages[1].Body) != page2 || pages[0].Date != "2024-03-04T10:00:00Z") {
		t.Errorf("plain: bodies %q, %q, date %s", pages[0].Body, pages[1].Body, pages[0].Date)
	}

	// mixed: a CRLF record between LF ones, an extra blank line between
	// records, and the last record closed by one LF
	mixed := lfRecord("https://example.org/1", page1) + "\n" + recs[5] + strings.TrimSuffix(lfRecord("https://example.org/3", page2), "\n")
	pages, bads, err = walk(t, "mixed.warc", []byte(mixed))
	if want := "1@-1 https://example.org/1 103; 2@-1 https://example.org/2 69; 3@-1 https://example.org/3 69"; err != nil || len(bads) != 0 || summary(pages) != want {
		t.Errorf("mixed: pages %s, bad %q, err %v\nwant %s", summary(pages), bads, err, want)
	}

	var gzipped []byte
	for _, r := range []string{info, lfRecord("https://example.org/1", page1), lfRecord("https://example.org/2", page2)} {
		gzipped = append(gzipped, gz(r)...)
	}
	pages, bads, err = walk(t, "unix.warc.gz", gzipped)
	if err != nil || len(bads) != 0 || len(pages) != 2 || string(pages[0].Body) != page1 || string(pages[1].Body) != page2 {
		t.Errorf("gzip'd: pages %s, bad %q, err %v", summary(pages), bads, err)
	}
}

// TestDechunkedBody: a response labelled "Transfer-Encoding: chunked"
// whose body the crawler saved de-chunked (it starts with no hex chunk
// size) is read as it is, whole and not cut; it was "cut off after 0
// bytes". A body chunked as labelled is still de-chunked, with a chunk
// extension or LF line ends too, and one cut before its last chunk is
// still cut.
func TestDechunkedBody(t *testing.T) {
	head := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
	half := len(page1) / 2
	for _, tc := range []struct {
		name, body, want string
		cut              *BodyCut
	}{
		{"saved de-chunked", page1, page1, nil},
		{"saved de-chunked, a doctype first", "<!DOCTYPE html>\r\n" + page1, "<!DOCTYPE html>\r\n" + page1, nil},
		{"saved de-chunked, a blank line first", "\r\n" + page1, "\r\n" + page1, nil},
		{"saved de-chunked, one word", "Deal", "Deal", nil},
		{"chunked", fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", len(page1), page1), page1, nil},
		{"chunked in two, upper-case hex, an extension", fmt.Sprintf("%X;name=v\r\n%s\r\n%X\r\n%s\r\n0\r\n\r\n", half, page1[:half], len(page1)-half, page1[half:]), page1, nil},
		{"chunked, cut before its last chunk", fmt.Sprintf("%x\r\n%s\r\n", len(page1), page1), page1, &BodyCut{Got: int64(len(page1)), Want: -1}},
	} {
		data := record("response", "https://example.org/c", "application/http;msgtype=response", head+tc.body)
		pages, bads, err := walk(t, "crawl.warc", []byte(data))
		if err != nil || len(bads) != 0 || len(pages) != 1 {
			t.Errorf("%s: pages %s, bad %q, err %v", tc.name, summary(pages), bads, err)
			continue
		}
		if string(pages[0].Body) != tc.want || fmt.Sprint(pages[0].Cut) != fmt.Sprint(tc.cut) {
			t.Errorf("%s: body %q, cut %v\nwant %q, cut %v", tc.name, pages[0].Body, pages[0].Cut, tc.want, tc.cut)
		}
	}
}

// TestContentLengthWrong: a record whose Content-Length is too small (its
// content runs on where the blank lines closing it should be) or too large
// (it runs over the records after it) in an uncompressed archive is a bad
// record whose error quotes at most 40 bytes of the text found, escaped,
// never the page, and says how many bytes were skipped to the next record
// start, where the walk resumes: the records after it are read (the rest
// of the file was skipped).
func TestContentLengthWrong(t *testing.T) {
	recs := records()
	line := strings.Repeat("Ministers met in Geneva on Monday. ", 40) // one long line of page text
	page := "<html><body><p>" + line + "</p>\x1b[31m</body></html>"
	block := httpResponse("200 OK", "text/html", page)
	short := strings.Replace(record("response", "https://example.org/short", "application/http;msgtype=response", block),
		fmt.Sprintf("Content-Length: %d\r\n\r\n", len(block)), fmt.Sprintf("Content-Length: %d\r\n\r\n", len(block)-len(line)-40), 1)
	long := strings.Replace(record("response", "https://example.org/long", "application/http;msgtype=response", block),
		fmt.Sprintf("Content-Length: %d\r\n\r\n", len(block)), fmt.Sprintf("Content-Length: %d\r\n\r\n", len(block)+len(recs[2])+100), 1)
	tooLong := strings.Replace(long, "https://example.org/long", "https://example.org/longer", 1)
	tooLong = strings.Replace(tooLong, fmt.Sprintf("Content-Length: %d\r\n\r\n", len(block)+len(recs[2])+100), fmt.Sprintf("Content-Length: %d\r\n\r\n", len(block)+10000), 1)
	for _, tc := range []struct {
		name, data, pages, bad string
	}{
		{"too small", recs[0] + short + recs[2] + recs[5], "3@-1 https://example.org/1 103; 4@-1 https://example.org/2 69",
			fmt.Sprintf(`crawl.warc:record 2: at offset %d: the record's content runs on past its Content-Length (%d bytes): "<html><body><p>Ministers met in Geneva o"… follows where the blank lines closing it should be; %d bytes skipped to the next record, at offset %d`,
				len(recs[0]), len(block)-len(line)-40, len(short), len(recs[0])+len(short))},
		{"too small, nothing after it", recs[0] + recs[2] + short, "2@-1 https://example.org/1 103",
			fmt.Sprintf(`crawl.warc:record 3: at offset %d: the record's content runs on past its Content-Length (%d bytes): "<html><body><p>Ministers met in Geneva o"… follows where the blank lines closing it should be (rest of file skipped)`,
				len(recs[0])+len(recs[2]), len(block)-len(line)-40)},
		{"too large", recs[0] + long + recs[2] + recs[5], "3@-1 https://example.org/1 103; 4@-1 https://example.org/2 69",
			fmt.Sprintf(`crawl.warc:record 2: at offset %d: its Content-Length runs over the start of the next record (too large?); %d bytes skipped to the next record, at offset %d`,
				len(recs[0]), len(long), len(recs[0])+len(long))},
		{"too large, to the end", recs[0] + tooLong + recs[2], "3@-1 https://example.org/1 103",
			fmt.Sprintf(`crawl.warc:record 2: at offset %d: its Content-Length runs over the start of the next record (too large?); %d bytes skipped to the next record, at offset %d`,
				len(recs[0]), len(tooLong), len(recs[0])+len(tooLong))},
	} {
		pages, bads, err := walk(t, "crawl.warc", []byte(tc.data))
		var got []string
		for _, b := range bads {
			got = append(got, b.Error())
		}
		if err != nil || summary(pages) != tc.pages || strings.Join(got, "\n") != tc.bad {
			t.Errorf("%s: pages %s, err %v\nbad  %q\nwant %q", tc.name, summary(pages), err, got, tc.bad)
		}
	}
}

// TestExcerpt: an error quotes at most 40 bytes of an archive's text,
// escaped as a Go string, "…" after a longer one, never cutting a UTF-8
// character.
func TestExcerpt(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", `""`},
		{"x69", `"x69"`},
		{"\x1b[2J\r\n", `"\x1b[2J\r\n"`},
		{strings.Repeat("a", 40), `"` + strings.Repeat("a", 40) + `"`},
		{strings.Repeat("a", 41), `"` + strings.Repeat("a", 40) + `"…`},
		{strings.Repeat("a", 39) + "é and more", `"` + strings.Repeat("a", 39) + `"…`},
	} {
		if got := excerpt(tc.in); got != tc.want {
			t.Errorf("excerpt(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

// TestNextRecord finds the next line that starts a record, ended in LF or
// CRLF, also when it straddles two reads of the buffer, and none in text
// that only looks like one.
func TestNextRecord(t *testing.T) {
	pad := strings.Repeat("x", 64<<10-5)
	for _, tc := range []struct {
		data string
		from int64
		want int64
		ok   bool
	}{
		{"abc\nWARC/1.0\r\nrest", 0, 4, true},
		{"abc\nWARC/1.1\nrest", 0, 4, true},
		{"WARC/1.0\r\nabc\nWARC/1.0\r\n", 0, 14, true},
		{"abc\nWARC/1.x\r\nabc\nWARC/1.0\r", 0, 0, false},
		{"abc\nWARC/1.0 \r\n\nWARC/1.0\n", 0, 16, true},
		{"abc\nWARC/1.0\r\n", 5, 0, false},
		{"abc\nWARC/1.0", 0, 0, false},
		{pad + "\nWARC/1.0\r\n", 0, int64(len(pad)) + 1, true},
		{pad + "ab\nWARC/1.0\r\n", 0, int64(len(pad)) + 3, true},
		{pad + "abcdefgh\nWARC/1.1\n", 0, int64(len(pad)) + 9, true},
	} {
		got, ok, err := nextRecord(strings.NewReader(tc.data), tc.from)
		if err != nil || got != tc.want || ok != tc.ok {
			name := tc.data
			if len(name) > 40 {
				name = "…" + name[len(name)-20:]
			}
			t.Errorf("nextRecord(%q, %d) = %d, %v, %v; want %d, %v", name, tc.from, got, ok, err, tc.want, tc.ok)
		}
	}
}

// TestRecordClosedShort: a record closed by one blank line, or none,
// before the next record's "WARC/1.x" line loses neither record (warcio
// reads on); it was "non-empty record boundary" and the rest skipped.
func TestRecordClosedShort(t *testing.T) {
	recs := records()
	for _, tc := range []struct{ name, data string }{
		{"one CRLF", strings.TrimSuffix(recs[2], "\r\n") + recs[5]},
		{"one LF", strings.TrimSuffix(recs[2], "\r\n\r\n") + "\n" + recs[5]},
		{"none", strings.TrimSuffix(recs[2], "\r\n\r\n") + recs[5]},
	} {
		pages, bads, err := walk(t, "crawl.warc", []byte(recs[0]+tc.data))
		if want := "2@-1 https://example.org/1 103; 3@-1 https://example.org/2 69"; err != nil || len(bads) != 0 || summary(pages) != want {
			t.Errorf("%s: pages %s, bad %q, err %v\nwant %s", tc.name, summary(pages), bads, err, want)
		}
	}
}

// TestEmptyGzipMember: a whole gzip member that inflates to nothing after
// a record (a tool that closes its file so) is passed over, as a member
// of blank lines is; it was "truncated or corrupt gzip member: EOF" and
// failed the archive. A file that starts with one is no WARC file.
func TestEmptyGzipMember(t *testing.T) {
	recs := records()
	data := append(append(gz(recs[2]), gz("")...), gz(recs[5])...)
	data = append(data, gz("")...)
	pages, bads, err := walk(t, "crawl.warc.gz", data)
	if err != nil || len(bads) != 0 || len(pages) != 2 || string(pages[0].Body) != page1 || string(pages[1].Body) != page2 {
		t.Errorf("pages %s, bad %q, err %v; want both pages", summary(pages), bads, err)
	}
	_, _, err = walk(t, "empty.warc.gz", append(gz(""), gz(recs[2])...))
	if want := "empty.warc.gz: not a WARC file: gzip member does not hold a WARC record (it is empty)"; err == nil || err.Error() != want {
		t.Errorf("first member empty: err %v\nwant %s", err, want)
	}
}

// TestNoTargetURI: a response record without a WARC-Target-URI is named
// so in its errors ("captured for the record (no WARC-Target-URI) is cut
// off"), not with an empty name.
func TestNoTargetURI(t *testing.T) {
	data := strings.Replace(record("response", "", "application/http;msgtype=response", "HTTP/1.1 200 OK\r\nContent-Type: text/ht"), "WARC-Target-URI: \r\n", "", 1)
	_, bads, _ := walk(t, "crawl.warc", []byte(data))
	want := "crawl.warc:record 1: at offset 0: the HTTP response captured for the record (no WARC-Target-URI) is cut off inside its header (the crawler saved it so; the record itself is whole)"
	if len(bads) != 1 || bads[0].Error() != want {
		t.Errorf("bad %q\nwant %s", bads, want)
	}
}
