package article

import "testing"

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
// UTF-8 whether or not it declares a charset; a page with no valid
// multi-byte sequence is read as Windows-1252, and one declaring another
// charset is decoded with it.
func TestHTMLStrayByte(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"UTF-8 meta, stray byte", `<meta charset="utf-8"><p>Brazil praised Côte d'Ivoire ` + "\x92 today.</p>", `<meta charset="utf-8"><p>Brazil praised Côte d'Ivoire ` + "\uFFFD" + ` today.</p>`},
		{"no charset, stray byte", "<p>Brazil praised Côte d'Ivoire \x92 today.</p>", "<p>Brazil praised Côte d'Ivoire \uFFFD today.</p>"},
		{"no charset, Latin-1", "<p>Envoys met in Gen\xe8ve.</p>", "<p>Envoys met in Genève.</p>"},
		{"declared ISO-8859-2", `<meta charset="iso-8859-2"><p>Envoys met in ` + "\xb3\xf3d\xbc.</p>", `<meta charset="iso-8859-2"><p>Envoys met in łódź.</p>`},
	} {
		if got := string(toUTF8([]byte(c.in))); got != c.want {
			t.Errorf("%s: %q; want %q", c.name, got, c.want)
		}
	}
}
