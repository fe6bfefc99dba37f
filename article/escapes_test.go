package article

import (
	"slices"
	"strings"
	"testing"
)

// TestTerminalEscapes: plain text saved from a terminal (colours, bold:
// ESC [ … m) is read without its control sequences, with one warning
// naming the input, the first sequence's line and their count; the
// words they wrapped are words again ("Bolivia" was "\x1b[1mBolivia\x1b[0m").
// Heavily colored text is no binary data. An ESC that starts no complete
// sequence is kept, and so is text with none, unwarned.
func TestTerminalEscapes(t *testing.T) {
	red := func(s string) string { return "\x1b[1;31m" + s + "\x1b[0m" }
	tests := []struct {
		name, in string
		body     []string
		warns    []string
	}{
		{"bold name", "DATE: 2024-03-02\n\n\x1b[1mBolivia\x1b[0m expelled two Peruvian diplomats on Friday.\n",
			[]string{"Bolivia expelled two Peruvian diplomats on Friday."},
			[]string{"grep.txt:3: 2 terminal escape sequences (ESC [ …: colours, bold, as a terminal shows them) removed: the text is read without them"}},
		{"every word colored", "DATE: 2024-03-02\n\n" + strings.Join([]string{red("Chile"), red("recalled"), red("its"), red("envoy"), red("from"), red("Peru.")}, " ") + "\n",
			[]string{"Chile recalled its envoy from Peru."},
			[]string{"grep.txt:3: 12 terminal escape sequences (ESC [ …: colours, bold, as a terminal shows them) removed: the text is read without them"}},
		{"one, a cursor move", "DATE: 2024-03-02\n\nChile recalled its envoy.\x1b[2K\n",
			[]string{"Chile recalled its envoy."},
			[]string{"grep.txt:3: 1 terminal escape sequence (ESC [ …: colours, bold, as a terminal shows them) removed: the text is read without them"}},
		{"no sequence", "DATE: 2024-03-02\n\nChile recalled its envoy from Peru. \x1b[\n",
			[]string{"Chile recalled its envoy from Peru. \x1b["}, nil},
	}
	for _, tt := range tests {
		var warns []string
		arts, err := Read("grep.txt", []byte(tt.in), Options{Input: "auto", Warn: func(w string) { warns = append(warns, w) }})
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if len(arts) != 1 || !slices.Equal(arts[0].Body, tt.body) || !slices.Equal(warns, tt.warns) {
			t.Errorf("%s: body %q, warnings %q; want %q, %q", tt.name, arts[0].Body, warns, tt.body, tt.warns)
		}
	}
}
