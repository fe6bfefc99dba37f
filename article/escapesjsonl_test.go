package article

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestTerminalEscapesJSONL: a JSON Lines record's text saved from a
// terminal ("\u001b[1mBolivia\u001b[0m") is read without its control
// sequences, as plain text is, in Read and EachJSONL alike, with one
// warning for the input naming the first record's line and the count of
// them all; its title, source and body paragraphs too. Its id and url
// are kept as given. A record with none, or an ESC that starts no
// complete sequence, is read as it is, unwarned.
func TestTerminalEscapesJSONL(t *testing.T) {
	line := func(m map[string]any) string {
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		return string(b) + "\n"
	}
	bold := func(s string) string { return "\x1b[1m" + s + "\x1b[0m" }
	plain := line(map[string]any{"id": "w1", "date": "2024-03-02", "text": "Chile recalled its envoy from Peru on Friday."})
	tests := []struct {
		name, in string
		bodies   [][]string
		title    string
		warns    []string
	}{
		{"text, second record", plain + line(map[string]any{"id": "w2", "date": "2024-03-02",
			"title": bold("Bolivia") + " expels envoys", "source": bold("Wire"),
			"text": bold("Bolivia") + " expelled two " + bold("Peruvian") + " diplomats on Friday.\n" + bold("Lima") + " protested."}),
			[][]string{{"Chile recalled its envoy from Peru on Friday."}, {"Bolivia expelled two Peruvian diplomats on Friday.", "Lima protested."}},
			"Bolivia expels envoys",
			[]string{"wire.jsonl:2: 10 terminal escape sequences (ESC [ … or ESC ] …: colours, bold, window titles, links, as a terminal shows them) removed: the text is read without them"}},
		{"body paragraphs, one", line(map[string]any{"id": "w3", "published": "2024-03-02", "body": []string{"Chile recalled its envoy.\x1b[2K"}}),
			[][]string{{"Chile recalled its envoy."}}, "",
			[]string{"wire.jsonl:1: 1 terminal escape sequence (ESC [ … or ESC ] …: colours, bold, window titles, links, as a terminal shows them) removed: the text is read without them"}},
		// near misses: no sequence, or an ESC starting none
		{"none", plain, [][]string{{"Chile recalled its envoy from Peru on Friday."}}, "", nil},
		{"no complete sequence", line(map[string]any{"id": "w4", "date": "2024-03-02", "text": "Chile recalled its envoy from Peru. \x1b["}),
			[][]string{{"Chile recalled its envoy from Peru. \x1b["}}, "", nil},
	}
	for _, tt := range tests {
		check := func(how string, arts []*dyad.Article, err error, warns []string) {
			t.Helper()
			var bodies [][]string
			for _, a := range arts {
				bodies = append(bodies, a.Body)
			}
			if err != nil || !slices.EqualFunc(bodies, tt.bodies, slices.Equal) || !slices.Equal(warns, tt.warns) ||
				arts[len(arts)-1].Title != tt.title || strings.Contains(arts[len(arts)-1].Source, "\x1b") {
				t.Errorf("%s, %s: err %v, bodies %q, title %q, warnings %q\nwant %q, %q, %q", tt.name, how, err, bodies, arts[len(arts)-1].Title, warns, tt.bodies, tt.title, tt.warns)
			}
		}
		var warns []string
		opt := Options{Input: "auto", Warn: func(w string) { warns = append(warns, w) }}
		arts, err := Read("wire.jsonl", []byte(tt.in), opt)
		check("Read", arts, err, warns)
		warns, arts = nil, nil
		err = EachJSONL("wire.jsonl", strings.NewReader(tt.in), opt, func(a *dyad.Article) error {
			arts = append(arts, a)
			return nil
		}, func(e error) { err = e })
		check("EachJSONL", arts, err, warns)
	}
	// the id is the record's own, escapes and all
	arts, err := Read("wire.jsonl", []byte(line(map[string]any{"id": bold("w5"), "text": bold("Chile") + " recalled its envoy."})), Options{Input: "jsonl"})
	if err != nil || len(arts) != 1 || arts[0].ID != bold("w5") || arts[0].Body[0] != "Chile recalled its envoy." {
		t.Errorf("id: %v %+v", err, arts)
	}
}
