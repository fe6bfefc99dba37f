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
