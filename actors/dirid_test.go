package actors

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDirIDDigestsTheFiles: DirID names a --dict directory by its path
// and a digest of its *.txt files (names and contents); the same files
// under another path are SameDict, an edited line or another file name
// is not, and no user dictionary ("") is the same only as none.
func TestDirIDDigestsTheFiles(t *testing.T) {
	mk := func(files map[string]string) string {
		dir := t.TempDir()
		for name, text := range files {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return dir
	}
	base := map[string]string{"people.txt": "Mira Kalden | NORGOV | person\n", "notes.md": "not read"}
	a, err := DirID(mk(base))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a, string(filepath.Separator)+" sha256:") || len(a[strings.LastIndex(a, ":")+1:]) != 12 {
		t.Errorf("DirID = %q, want the directory and a 12-digit digest", a)
	}
	for _, tc := range []struct {
		name  string
		files map[string]string
		same  bool
	}{
		{"the same files elsewhere", map[string]string{"people.txt": "Mira Kalden | NORGOV | person\n"}, true},
		{"an edited line", map[string]string{"people.txt": "Mira Kalden | SWEGOV | person\n"}, false},
		{"another file name", map[string]string{"leaders.txt": "Mira Kalden | NORGOV | person\n"}, false},
	} {
		b, err := DirID(mk(tc.files))
		if err != nil || SameDict(a, b) != tc.same {
			t.Errorf("%s: DirID %q (%v), SameDict with %q = %v, want %v", tc.name, b, err, a, SameDict(a, b), tc.same)
		}
	}
	if SameDict(a, "") || !SameDict("", "") {
		t.Errorf("SameDict with no user dictionary: want it the same only as none")
	}
}
