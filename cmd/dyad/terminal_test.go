package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestHumanOutputEscapesControlCharacters: control characters of an
// article (ESC, \x01, BEL) reach the table, --why's set-aside lines and the
// messages naming an input escaped ("\x1b"), never raw, so that an input
// cannot recolour, clear or retitle the user's terminal.
func TestHumanOutputEscapesControlCharacters(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "ctrl.txt", []byte("Russia\x01 attacked\x1b[31m Ukraine on Monday.\n"+
		"Someone\x1b]0;pwned\x07 condemned the strikes on Monday.\n"))
	missing := filepath.Join(dir, "gone\x1b[2J.txt")
	out, errs, code := run(t, "code", "--format", "table", "--why", "--date", "2024-01-01", p, missing)
	if code != 1 {
		t.Errorf("exit %d, want 1 (a missing input)", code)
	}
	for name, s := range map[string]string{"stdout": out, "stderr": errs} {
		if strings.ContainsAny(s, "\x01\x07\x1b") {
			t.Errorf("%s holds raw control characters: %q", name, s)
		}
	}
	for _, want := range []string{`Russia\x01 attacked\x1b[31m Ukraine on Monday.`} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q:\n%s", want, out)
		}
	}
	for _, want := range []string{`set aside: no actor named in the sentence: Someone\x1b]0;pwned\x07 condemned`, `gone\x1b[2J.txt`} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
}
