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
