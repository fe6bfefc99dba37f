package textdata

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

// TestCheckBinary: a NUL byte is named by its offset; control characters
// past a tenth of the head are binary; text, white space and a
// terminal's colour sequences are not.
func TestCheckBinary(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Norland | NRL | country\n", ""},
		{"\x1b[1mTroops\x1b[0m crossed the border.\r\n\tMore\f", ""},
		{"abc\x00def", "binary data (NUL byte at byte 3)"},
		{strings.Repeat("\x01\x02 x\n", 10), "binary data (mostly control characters)"},
	} {
		got := ""
		if err := CheckBinary([]byte(c.in)); err != nil {
			got = err.Error()
		}
		if got != c.want {
			t.Errorf("CheckBinary(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestUTF16: a byte order mark either way; bare UTF-16 by its NULs and
// its byte order; short data, UTF-8 and binary data are neither.
func TestUTF16(t *testing.T) {
	if !HasUTF16BOM([]byte{0xff, 0xfe, 'a', 0}) || !HasUTF16BOM([]byte{0xfe, 0xff, 0, 'a'}) || HasUTF16BOM([]byte("ab")) {
		t.Error("HasUTF16BOM")
	}
	le := []byte("T\x00r\x00o\x00o\x00p\x00s\x00")
	be := []byte("\x00T\x00r\x00o\x00o\x00p\x00s")
	if o, ok := BareUTF16(le); !ok || o != unicode.LittleEndian {
		t.Errorf("BareUTF16(le) = %v, %v", o, ok)
	}
	if o, ok := BareUTF16(be); !ok || o != unicode.BigEndian {
		t.Errorf("BareUTF16(be) = %v, %v", o, ok)
	}
	for _, in := range []string{"T\x00r\x00", "Troops crossed", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"} {
		if _, ok := BareUTF16([]byte(in)); ok {
			t.Errorf("BareUTF16(%q) = true", in)
		}
	}
}
