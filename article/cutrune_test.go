package article

import (
	"errors"
	"strings"
	"testing"
)

// TestPageCutInsideCharacter: a UTF-8 page cut off inside a multibyte
// character (its last bytes start a sequence they do not finish) keeps its
// UTF-8 text — "Russia’s", not "Russiaâ€™s" decoded as Windows-1252 — and
// loses only the incomplete character; a Windows-1252 page is still
// decoded as such.
func TestPageCutInsideCharacter(t *testing.T) {
	const head = `<html><head><meta charset="utf-8"><title>Raid</title></head><body>` +
		"<p>Kyiv accused Russia’s army of shelling Kharkiv on Monday, officials said.</p><p>Iran threatened Israel."
	for _, tc := range []struct {
		name, page, first, last string
	}{
		{"two-byte lead", head + "\xc3", "Kyiv accused Russia’s army of shelling Kharkiv on Monday, officials said.", "Iran threatened Israel."},
		{"three-byte, one missing", head + "\xe2\x80", "Kyiv accused Russia’s army of shelling Kharkiv on Monday, officials said.", "Iran threatened Israel."},
		{"four-byte lead", head + " \xf0\x9f", "Kyiv accused Russia’s army of shelling Kharkiv on Monday, officials said.", "Iran threatened Israel."},
		{"Windows-1252", "<html><body><p>Chile and Peru met at the caf\xe9 on Monday, officials said.</p><p>Talks resumed.</p></body></html>",
			"Chile and Peru met at the café on Monday, officials said.", "Talks resumed."},
	} {
		arts, err := Read("page.html", []byte(tc.page), Options{})
		if cut := (*CutError)(nil); err != nil && !errors.As(err, &cut) || len(arts) != 1 {
			t.Errorf("%s: %d articles, error %v", tc.name, len(arts), err)
			continue
		}
		body := arts[0].Body
		if len(body) < 2 || body[0] != tc.first || strings.TrimSpace(body[len(body)-1]) != tc.last {
			t.Errorf("%s: body %q, want %q … %q", tc.name, body, tc.first, tc.last)
		}
	}
}
