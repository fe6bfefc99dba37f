package termsafe

import (
	"bytes"
	"fmt"
	"testing"
)

func TestStringEscapesControlCharacters(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Russia attacked Ukraine.", "Russia attacked Ukraine."},
		{"Russia\x01 attacked\x1b[31m Ukraine on Monday.", `Russia\x01 attacked\x1b[31m Ukraine on Monday.`},
		{"a\tb\nc", "a\tb\nc"},
		{"over\rwrite\b\a", `over\x0dwrite\x08\x07`},
		{"del\x7f", `del\x7f`},
		{"csi\u009b31m", `csi\u009b31m`},
		{"abc\u202eevil", `abc\u202eevil`},
		{"Zürich – Kyiv «quoted» 北京", "Zürich – Kyiv «quoted» 北京"},
		{"bad utf8 \xff\xfe", "bad utf8 \xff\xfe"},
		{"nul\x00", `nul\x00`},
	} {
		if got := String(tc.in); got != tc.want {
			t.Errorf("String(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestLineMakesOneLine(t *testing.T) {
	if got, want := Line("a\tb\r\nc\x1b"), `a b  c\x1b`; got != want {
		t.Errorf("Line = %q, want %q", got, want)
	}
}

func TestWriterEscapes(t *testing.T) {
	var buf bytes.Buffer
	w := Writer(&buf)
	n, err := fmt.Fprintln(w, "dyad: x.txt: \x1b]0;title\x07 bad")
	if err != nil || n != len("dyad: x.txt: \x1b]0;title\x07 bad\n") {
		t.Fatalf("Fprintln = %d, %v", n, err)
	}
	if got, want := buf.String(), "dyad: x.txt: \\x1b]0;title\\x07 bad\n"; got != want {
		t.Errorf("wrote %q, want %q", got, want)
	}
	if Writer(w) != w {
		t.Error("Writer wraps a Writer twice")
	}
}
