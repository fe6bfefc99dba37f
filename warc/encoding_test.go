package warc

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/zstd"
)

// TestContentEncodings: a response saved with its content encoding —
// gzip, deflate as HTTP means it (zlib-wrapped) or as some servers send it
// (raw), brotli ("br", which browsers ask for and browser-based crawlers
// save as it came) or zstd — gives its page decoded. Brotli and zlib-wrapped
// deflate were bad records ("unsupported content encoding", "flate:
// corrupt input").
func TestContentEncodings(t *testing.T) {
	encode := map[string]func([]byte) []byte{
		"gzip": func(b []byte) []byte { return gz(string(b)) },
		"deflate (zlib)": func(b []byte) []byte {
			return written(b, func(w io.Writer) io.WriteCloser { return zlib.NewWriter(w) })
		},
		"deflate (raw)": func(b []byte) []byte {
			return written(b, func(w io.Writer) io.WriteCloser {
				fw, _ := flate.NewWriter(w, flate.DefaultCompression)
				return fw
			})
		},
		"br": func(b []byte) []byte {
			return written(b, func(w io.Writer) io.WriteCloser { return brotli.NewWriter(w) })
		},
		"zstd": func(b []byte) []byte {
			w, _ := zstd.NewWriter(nil)
			defer w.Close()
			return w.EncodeAll(b, nil)
		},
	}
	for _, tc := range []struct{ name, header string }{
		{"gzip", "gzip"},
		{"deflate (zlib)", "deflate"},
		{"deflate (raw)", "deflate"},
		{"br", "br"},
		{"zstd", "zstd"},
	} {
		body := encode[tc.name]([]byte(page1))
		resp := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: %s\r\nContent-Length: %d\r\n\r\n%s", tc.header, len(body), body)
		data := record("response", "https://example.org/enc", "application/http;msgtype=response", resp)
		pages, bads, err := walk(t, "crawl.warc", []byte(data))
		if err != nil || len(bads) != 0 || len(pages) != 1 || string(pages[0].Body) != page1 || pages[0].Cut != nil {
			t.Errorf("%s: pages %s, bad %q, err %v", tc.name, summary(pages), bads, err)
		}
	}
	// an encoding dyad cannot undo is a bad record naming it
	resp := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: compress\r\nContent-Length: 4\r\n\r\nabcd"
	_, bads, _ := walk(t, "crawl.warc", []byte(record("response", "https://example.org/lzw", "application/http;msgtype=response", resp)))
	if want := `crawl.warc:record 1: at offset 0: https://example.org/lzw: unsupported content encoding "compress"`; len(bads) != 1 || bads[0].Error() != want {
		t.Errorf("compress: bad %q, want %s", bads, want)
	}
}

// TestContentEncodingCut: a gzip, brotli or zstd body the crawler saved
// cut off gives the page decoded up to the cut — exactly what a streaming
// decoder gives of the bytes that came — marked Cut with the bytes that
// came and those announced, and no bad record; CutError says so. A gzip
// body cut inside its own 10-byte header gives an empty page, cut after
// those bytes (it was "the archive ends inside this record", which the
// archive did not).
func TestContentEncodingCut(t *testing.T) {
	var paras strings.Builder
	for i := range 3000 {
		fmt.Fprintf(&paras, "<p>Envoys met in Geneva on Monday for round %d of the talks, %d officials said.</p>", i+1, 3*i+7)
	}
	long := "<html><body>" + paras.String() + "</body></html>"
	const para = "</p>"
	for _, tc := range []struct {
		name string
		enc  func([]byte) []byte
		dec  func([]byte) io.Reader
		keep func(n int) int // the bytes of n the crawler saved
	}{
		{"gzip", func(b []byte) []byte { return gz(string(b)) }, func(b []byte) io.Reader {
			zr, err := gzip.NewReader(bytes.NewReader(b))
			if err != nil {
				return strings.NewReader("")
			}
			return zr
		}, func(n int) int { return n / 2 }},
		{"br", func(b []byte) []byte {
			return written(b, func(w io.Writer) io.WriteCloser { return brotli.NewWriter(w) })
		}, func(b []byte) io.Reader { return brotli.NewReader(bytes.NewReader(b)) }, func(n int) int { return n / 2 }},
		{"zstd", func(b []byte) []byte {
			w, _ := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedFastest), zstd.WithEncoderCRC(false))
			defer w.Close()
			return w.EncodeAll(b, nil)
		}, func(b []byte) io.Reader {
			zr, _ := zstd.NewReader(bytes.NewReader(b))
			return zr
		}, func(n int) int { return n / 2 }},
		{"gzip", func(b []byte) []byte { return gz(string(b)) }, nil, func(int) int { return 4 }},
	} {
		body := tc.enc([]byte(long))
		kept := tc.keep(len(body))
		want := "" // what a decoder gives of the kept bytes
		if tc.dec != nil {
			got, _ := io.ReadAll(tc.dec(body[:kept]))
			want = string(got)
			if !strings.HasPrefix(long, want) || len(want) < len(long)/10 || len(want) >= len(long) {
				t.Fatalf("%s: the reference decoder gave %d bytes of %d, want a part of the page", tc.name, len(want), len(long))
			}
		}
		resp := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: %s\r\nContent-Length: %d\r\n\r\n%s", tc.name, len(body), body[:kept])
		pages, bads, err := walk(t, "crawl.warc", []byte(record("response", "https://example.org/enc", "application/http;msgtype=response", resp)))
		if err != nil || len(bads) != 0 || len(pages) != 1 {
			t.Errorf("%s, %d of %d bytes: pages %s, bad %q, err %v", tc.name, kept, len(body), summary(pages), bads, err)
			continue
		}
		p := pages[0]
		if p.Cut == nil || *p.Cut != (BodyCut{Got: int64(kept), Want: int64(len(body))}) {
			t.Errorf("%s, %d of %d bytes: Cut %+v, want {Got:%d Want:%d}", tc.name, kept, len(body), p.Cut, kept, len(body))
		}
		if string(p.Body) != want {
			t.Errorf("%s, %d of %d bytes: body of %d bytes (%d paragraphs), want %d (%d paragraphs)", tc.name, kept, len(body),
				len(p.Body), strings.Count(string(p.Body), para), len(want), strings.Count(want, para))
		}
		wantErr := fmt.Sprintf("crawl.warc:record 1: at offset 0: the HTTP response captured for https://example.org/enc is cut off after %d of %d bytes of its body (the crawler saved it so; the record itself is whole)", kept, len(body))
		if got := CutError("crawl.warc", p); got == nil || got.Error() != wantErr {
			t.Errorf("%s: CutError\n got %v\nwant %s", tc.name, got, wantErr)
		}
	}
}

// TestHTTPMajorVersionOnly: a captured response whose status line names
// HTTP/2 or HTTP/3 by its major number alone ("HTTP/2 200", as those
// protocols write it) is read; it was a bad record, "malformed HTTP
// version".
func TestHTTPMajorVersionOnly(t *testing.T) {
	for _, status := range []string{"HTTP/2 200", "HTTP/3 200 OK", "HTTP/2.0 200 OK", "HTTP/1.1 200 OK"} {
		resp := fmt.Sprintf("%s\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s", status, len(page1), page1)
		pages, bads, err := walk(t, "crawl.warc", []byte(record("response", "https://example.org/h2", "application/http;msgtype=response", resp)))
		if err != nil || len(bads) != 0 || len(pages) != 1 || string(pages[0].Body) != page1 {
			t.Errorf("%q: pages %s, bad %q, err %v", status, summary(pages), bads, err)
		}
	}
}

// TestHTTPRecordMediaTypeCase: a response record whose Content-Type
// spells application/http in another case ("Application/HTTP;
// msgtype=response": media types ignore case) holds its page; it was
// passed over silently.
func TestHTTPRecordMediaTypeCase(t *testing.T) {
	for _, ct := range []string{"application/http; msgtype=response", "Application/HTTP; msgtype=response", "application/http"} {
		resp := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s", len(page1), page1)
		pages, bads, err := walk(t, "crawl.warc", []byte(record("response", "https://example.org/ct", ct, resp)))
		if err != nil || len(bads) != 0 || len(pages) != 1 {
			t.Errorf("%q: pages %s, bad %q, err %v", ct, summary(pages), bads, err)
		}
	}
}

// written returns b encoded by the writer wrap makes around a buffer
// (written and closed).
func written(b []byte, wrap func(io.Writer) io.WriteCloser) []byte {
	var buf bytes.Buffer
	w := wrap(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}
