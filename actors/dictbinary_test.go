package actors

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// TestAddDirBinary gives AddDir a folder with an image saved as a .txt
// file beside a good one (session 74, a new user's trial: it gave one
// "invalid UTF-8" error per line, 24 of them): one error naming the file
// and the line of its first NUL byte; a file of control characters
// without NUL is one error naming the file; a common word as a phrase is
// an error naming its file and line.
func TestAddDirBinary(t *testing.T) {
	d, err := Load(fstest.MapFS{"a.txt": {Data: []byte("Hamas | PSEREB | org\n")}})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	pic := filepath.Join(dir, "pic.txt")
	png := "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\nline \xe9\n\xc3\x28 more\n\xff\n"
	for name, data := range map[string]string{good: "Norland | NRL | country\n", pic: png} {
		if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := pic + `:3: binary data (NUL byte at byte 8): a dictionary file is text, "phrase | CODE | kind" lines`
	if err := d.AddDir(dir); err == nil || err.Error() != want {
		t.Fatalf("AddDir error = %v, want %q", err, want)
	}
	if err := os.WriteFile(pic, []byte(strings.Repeat("\x01\x02\x03 x\n", 10)), 0o644); err != nil {
		t.Fatal(err)
	}
	want = pic + `: binary data (mostly control characters): a dictionary file is text, "phrase | CODE | kind" lines`
	if err := d.AddDir(dir); err == nil || err.Error() != want {
		t.Fatalf("AddDir error = %v, want %q", err, want)
	}
	if err := os.WriteFile(pic, []byte("Port Amber | NRL | capital\nthe | USA | country\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	want = pic + `:2: phrase "the": only common words, no name (it would match every "the" of the text): write the name, or the word in capitals if it is an acronym`
	if err := d.AddDir(dir); err == nil || err.Error() != want {
		t.Fatalf("AddDir error = %v, want %q", err, want)
	}
	if len(d.Entries) != 1 {
		t.Errorf("entries after an error = %v, want the loaded one unchanged", d.Entries)
	}
}

// TestParseUTF16 reads a dictionary saved as UTF-16 (Windows Notepad's
// "Unicode"), with a byte order mark and without (review74a: the NUL
// check called it "binary data", where it said to save the file as
// UTF-8): one error naming the file, saying UTF-16 and what to do.
func TestParseUTF16(t *testing.T) {
	utf16 := func(s string, bom []byte, big bool) []byte {
		out := append([]byte{}, bom...)
		for _, c := range []byte(s) {
			if big {
				out = append(out, 0, c)
			} else {
				out = append(out, c, 0)
			}
		}
		return out
	}
	line := "Norland | NRL | country\r\nPort Amber | NRL | capital\r\n"
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"le bom", utf16(line, []byte{0xff, 0xfe}, false), `n.txt: UTF-16 text (byte order mark FF FE), not UTF-8: save the file as UTF-8`},
		{"be bom", utf16(line, []byte{0xfe, 0xff}, true), `n.txt: UTF-16 text (byte order mark FE FF), not UTF-8: save the file as UTF-8`},
		{"le bare", utf16(line, nil, false), `n.txt: UTF-16 text (every other byte NUL), not UTF-8: save the file as UTF-8`},
		{"be bare", utf16(line, nil, true), `n.txt: UTF-16 text (every other byte NUL), not UTF-8: save the file as UTF-8`},
	}
	for _, tc := range tests {
		entries, err := Parse(strings.NewReader(string(tc.data)), "n.txt")
		if err == nil || err.Error() != tc.want || len(entries) != 0 {
			t.Errorf("%s: Parse = %d entries, %v; want %q", tc.name, len(entries), err, tc.want)
		}
	}
}
