package article

import (
	"fmt"
	"strings"
	"testing"
)

// TestLegacyText: a text in Latin-1 or Windows-1252 (no valid UTF-8
// sequence, high bytes alone) is decoded; UTF-8 with one stray byte,
// valid UTF-8, NUL bytes, markup and JSON Lines are left as they are.
func TestLegacyText(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
		ok             bool
	}{
		{"Latin-1 accents", "Le pr\xe9sident fran\xe7ais met the Chancellor in Berlin.", "Le président français met the Chancellor in Berlin.", true},
		{"Windows-1252 quotes", "The minister said \x93no\x94 on Monday \x96 twice.", "The minister said \u201cno\u201d on Monday \u2013 twice.", true},
		{"Latin-1 name on a later line", "TITLE: Talks\n\nPresident Fran\xe7ois Hollande met Merkel.", "TITLE: Talks\n\nPresident François Hollande met Merkel.", true},
		{"UTF-8 with a stray byte", "Caf\u00e9 owners and caf\xe9 staff.", "", false},
		{"valid UTF-8", "Café owners protested.", "", false},
		{"NUL byte", "Caf\xe9\x00 owners.", "", false},
		{"markup", "<html><body><p>Caf\xe9 owners.</p></body></html>", "", false},
		{"JSON Lines", "{\"text\":\"caf\xe9\"}\n", "", false},
		{"UTF-16 byte order mark alone", "\xff\xfe", "", false},
		{"UTF-16 big-endian byte order mark alone", "\xfe\xff", "", false},
		{"UTF-16 Cyrillic, no NUL byte", "\xff\xfe\x1f\x04\x40\x04\x38\x04", "", false},
	} {
		out, ok := LegacyText([]byte(c.in))
		if ok != c.ok || ok && string(out) != c.want || !ok && string(out) != c.in {
			t.Errorf("%s: %q, %v; want %q, %v", c.name, out, ok, c.want, c.ok)
		}
	}
}

// TestRepairUTF8: text meant as UTF-8 drops a character cut off at its
// end, keeps its UTF-8 around a stray byte (the byte becomes U+FFFD), and
// is read as Windows-1252 only when it holds no valid multi-byte sequence.
func TestRepairUTF8(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
		legacy         bool
	}{
		{"valid UTF-8", "Côte d'Ivoire accused Mali.", "Côte d'Ivoire accused Mali.", false},
		{"cut inside the last character", "Côte d'Ivoire accused Mali \xe2\x80", "Côte d'Ivoire accused Mali ", false},
		{"cut inside a two-byte character", "Ghana thanked Togo in Lom\xc3", "Ghana thanked Togo in Lom", false},
		{"stray byte in UTF-8", "S\u00c3O PAULO \x92 Brazil praised Côte d'Ivoire.", "S\u00c3O PAULO \uFFFD Brazil praised Côte d'Ivoire.", false},
		{"stray byte and a cut character", "Brazil praised Côte \x92 d'Ivoire \xc3", "Brazil praised Côte \uFFFD d'Ivoire ", false},
		{"Latin-1 with no UTF-8 sequence", "Envoys met in Gen\xe8ve on Monday.", "Envoys met in Genève on Monday.", true},
	} {
		out, legacy := RepairUTF8([]byte(c.in))
		if string(out) != c.want || legacy != c.legacy {
			t.Errorf("%s: %q, %v; want %q, %v", c.name, out, legacy, c.want, c.legacy)
		}
	}
}

// TestHTMLStrayByte: an HTML page in UTF-8 with one stray byte keeps its
// UTF-8 whether or not it declares a charset; a page declaring UTF-8 is
// read as UTF-8 even with no valid multi-byte sequence (its bad bytes as
// U+FFFD, as browsers read it), a page declaring nothing with no valid
// multi-byte sequence as Windows-1252, and one declaring another charset
// is decoded with it.
func TestHTMLStrayByte(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"UTF-8 meta, stray byte", `<meta charset="utf-8"><p>Brazil praised Côte d'Ivoire ` + "\x92 today.</p>", `<meta charset="utf-8"><p>Brazil praised Côte d'Ivoire ` + "\uFFFD" + ` today.</p>`},
		{"no charset, stray byte", "<p>Brazil praised Côte d'Ivoire \x92 today.</p>", "<p>Brazil praised Côte d'Ivoire \uFFFD today.</p>"},
		{"no charset, Latin-1", "<p>Envoys met in Gen\xe8ve.</p>", "<p>Envoys met in Genève.</p>"},
		{"UTF-8 meta, Latin-1 bytes only", `<meta charset="utf-8"><p>Envoys met in Gen` + "\xe8ve.</p>", `<meta charset="utf-8"><p>Envoys met in Gen` + "\uFFFD" + `ve.</p>`},
		{"UTF-8 http-equiv, Latin-1 bytes only", `<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><p>Envoys met in Gen` + "\xe8ve.</p>",
			`<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><p>Envoys met in Gen` + "\uFFFD" + `ve.</p>`},
		{"declared ISO-8859-2", `<meta charset="iso-8859-2"><p>Envoys met in ` + "\xb3\xf3d\xbc.</p>", `<meta charset="iso-8859-2"><p>Envoys met in łódź.</p>`},
	} {
		if got := string(toUTF8([]byte(c.in))); got != c.want {
			t.Errorf("%s: %q; want %q", c.name, got, c.want)
		}
	}
}

// TestHTMLDeclaredUTF8Warning: Read reads an HTML page that declares
// UTF-8 (a <meta charset>, an http-equiv Content-Type, a byte order mark)
// and holds bytes that are not UTF-8 as UTF-8, each such byte as U+FFFD,
// and warns once through Options.Warn naming the input, the line and the
// byte offset of the first one (the byte order mark counted); a page that
// declares nothing is read as Windows-1252 without a warning, and a valid
// page gets none.
func TestHTMLDeclaredUTF8Warning(t *testing.T) {
	story := "<p>The foreign ministers of France and Germany met in Berlin on Tuesday to settle a dispute over farm tariffs that has strained ties.</p>\n"
	page := func(head, para string) string {
		return "<html><head>" + head + "<title>Tariff talks</title></head>\n<body><article><h1>Tariff talks</h1>\n" + story + para + story + "</article></body></html>\n"
	}
	meta := `<meta charset="utf-8">`
	para := "<p>The envoys met at a caf\xe9 near the Brandenburg Gate, officials said.</p>\n"
	twice := "<p>The envoys met at a caf\xe9 near the Brandenburg Gate and in Gen\xe8ve.</p>\n"
	at := len(page(meta, "")) - len(story+"</article></body></html>\n") + len("<p>The envoys met at a caf")
	for _, c := range []struct{ name, in, word, warn string }{
		{"meta charset", page(meta, para), "caf\uFFFD",
			fmt.Sprintf("p.html:4: declares UTF-8 but holds a byte that is not UTF-8, 0xE9 at byte offset %d (0-based): read as UTF-8, each such byte as U+FFFD, as browsers do", at)},
		{"meta charset, two bad bytes", page(meta, twice), "caf\uFFFD",
			fmt.Sprintf("p.html:4: declares UTF-8 but holds 2 bytes that are not UTF-8, the first 0xE9 at byte offset %d (0-based): read as UTF-8, each such byte as U+FFFD, as browsers do", at)},
		{"http-equiv", page(`<meta http-equiv="content-type" content="text/html; charset=utf-8">`, para), "caf\uFFFD",
			fmt.Sprintf("p.html:4: declares UTF-8 but holds a byte that is not UTF-8, 0xE9 at byte offset %d (0-based): read as UTF-8, each such byte as U+FFFD, as browsers do", at+len(`<meta http-equiv="content-type" content="text/html; charset=utf-8">`)-len(meta))},
		{"byte order mark", "\xef\xbb\xbf" + page("", para), "caf\uFFFD",
			fmt.Sprintf("p.html:4: declares UTF-8 but holds a byte that is not UTF-8, 0xE9 at byte offset %d (0-based): read as UTF-8, each such byte as U+FFFD, as browsers do", at+3-len(meta))},
		{"no charset", page("", para), "café", ""},
		{"meta charset, valid", page(meta, "<p>The envoys met at a café near the Brandenburg Gate, officials said.</p>\n"), "café", ""},
	} {
		var warns []string
		arts, err := Read("p.html", []byte(c.in), Options{Input: "html", Warn: func(w string) { warns = append(warns, w) }})
		if err != nil || len(arts) != 1 {
			t.Errorf("%s: %d articles, error %v", c.name, len(arts), err)
			continue
		}
		if text := strings.Join(arts[0].Body, "\n"); !strings.Contains(text, "met at a "+c.word+" near") {
			t.Errorf("%s: body %q; want %q", c.name, text, c.word)
		}
		if got := strings.Join(warns, "\n"); got != c.warn {
			t.Errorf("%s: warnings %q\nwant %q", c.name, got, c.warn)
		}
	}
}
