package article

import (
	"strings"
	"testing"
)

// TestRecordID: a JSON Lines record's id is a string or a number (its
// text as written, the article kept); null is no id (the text's hash); a
// bool, object or array is a bad line naming file, line and field.
func TestRecordID(t *testing.T) {
	const text = `"date":"2024-03-04","text":"Kenya recalled its ambassador to Chile on Monday."`
	for _, c := range []struct {
		id, want, err string
	}{
		{`"k-1"`, "k-1", ""},
		{`7`, "7", ""},
		{`-12`, "-12", ""},
		{`20240304001`, "20240304001", ""},
		{`1.5e3`, "1.5e3", ""},
		{`null`, "", ""},
		{`true`, "", `a.jsonl:1: bad JSON: field "id" is a JSON bool`},
		{`{"n":7}`, "", `a.jsonl:1: bad JSON: field "id" is a JSON object`},
		{`[7]`, "", `a.jsonl:1: bad JSON: field "id" is a JSON array`},
	} {
		line := `{"id":` + c.id + `,` + text + "}\n"
		arts, err := Read("a.jsonl", []byte(line), Options{Input: "jsonl"})
		if c.err != "" {
			if err == nil || err.Error() != c.err || len(arts) != 0 {
				t.Errorf("id %s: %d articles, error %v; want none and %q", c.id, len(arts), err, c.err)
			}
			continue
		}
		if err != nil || len(arts) != 1 {
			t.Fatalf("id %s: %d articles, error %v", c.id, len(arts), err)
		}
		got := arts[0].ID
		if c.want == "" {
			if len(got) != 16 || strings.Trim(got, "0123456789abcdef") != "" {
				t.Errorf("id null: article id %q, want the text's 16-digit hash", got)
			}
		} else if got != c.want {
			t.Errorf("id %s: article id %q, want %q", c.id, got, c.want)
		}
		if len(arts[0].Body) != 1 || arts[0].Body[0] != "Kenya recalled its ambassador to Chile on Monday." {
			t.Errorf("id %s: body %q", c.id, arts[0].Body)
		}
	}
}
