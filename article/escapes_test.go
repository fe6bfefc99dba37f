package article

import (
	"slices"
	"strings"
	"testing"
)

// TestTerminalEscapes: plain text saved from a terminal (colours, bold:
// ESC [ … m; titles, links: ESC ] …) is read without its control sequences, with one warning
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
		// OSC: a window title (ended by BEL) and an OSC 8 link (ended by
		// ST, ESC \\) go with the colours, in the same one warning
		{"title and link", "DATE: 2024-03-02\n\x1b]0;grep wire\a\n\x1b]8;;https://example.org/a\x1b\\" + red("Bolivia") + "\x1b]8;;\x1b\\ expelled two Peruvian diplomats on Friday.\n",
			[]string{"Bolivia expelled two Peruvian diplomats on Friday."},
			[]string{"grep.txt:2: 5 terminal escape sequences (ESC [ … and ESC ] …: colours, bold, window titles, links, as a terminal shows them) removed: the text is read without them"}},
		{"a link alone", "DATE: 2024-03-02\n\n\x1b]8;;https://example.org/a\x1b\\Bolivia\x1b]8;;\x1b\\ expelled two Peruvian diplomats on Friday.\n",
			[]string{"Bolivia expelled two Peruvian diplomats on Friday."},
			[]string{"grep.txt:3: 2 terminal escape sequences (ESC ] …: window titles, links, as a terminal shows them) removed: the text is read without them"}},
		// an ESC ] with no BEL or ST on its line is no sequence: kept
		{"OSC never ended", "DATE: 2024-03-02\n\nChile recalled its envoy from Peru. \x1b]0;title\n",
			[]string{"Chile recalled its envoy from Peru. \x1b]0;title"}, nil},
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
