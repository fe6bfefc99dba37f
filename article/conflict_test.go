package article

import (
	"strings"
	"testing"
)

// TestJSONLConflictingFields: a record giving "text" and "body" that
// differ, or "date" and "published" on different days, is refused naming
// its line (the other records read); the same text or the same day twice
// is read as before.
func TestJSONLConflictingFields(t *testing.T) {
	data := strings.Join([]string{
		`{"id":"c1","text":"Kenya thanked Japan.","body":["Chile praised Peru."]}`,
		`{"id":"c2","date":"2024-07-13","published":"2024-07-14","text":"Kenya thanked Japan."}`,
		`{"id":"c3","text":"Kenya thanked  Japan.","body":["Kenya thanked", "Japan."],"date":"2024-07-13","published":"2024-07-13T10:00:00Z"}`,
		`{"id":"c4","date":"2024-07-13T23:30:00-05:00","published":"2024-07-14T04:30:00Z","text":"Kenya thanked Japan."}`,
	}, "\n") + "\n"
	arts, err := Read("wire.jsonl", []byte(data), Options{})
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID+" "+a.Published)
	}
	want := `wire.jsonl:1: "text" and "body" both given, and they differ: give one (dyad extract --jsonl writes "body"; "text" is one string, "body" a list of paragraphs)` + "\n" +
		`wire.jsonl:2: "date" "2024-07-13" and "published" "2024-07-14" both given, and they differ: give one`
	if err == nil || err.Error() != want || strings.Join(ids, ",") != "c3 2024-07-13,c4 2024-07-13T23:30:00-05:00" {
		t.Errorf("articles %q, err:\n%v\nwant c3 and c4 read, and:\n%s", ids, err, want)
	}
}
