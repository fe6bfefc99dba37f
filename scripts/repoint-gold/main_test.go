package main

import "testing"

// TestSetFields: a line keeps its spacing and other fields; only
// "sentence" and "sha256" change.
func TestSetFields(t *testing.T) {
	in := `{"id": "rn1", "file": "a/b.txt", "sentence": 12, "sha256": "0123456789abcdef", "events": []}` + "\n"
	want := `{"id": "rn1", "file": "a/b.txt", "sentence": 9, "sha256": "fedcba9876543210", "events": []}` + "\n"
	if got, err := setFields(in, 9, "fedcba9876543210"); err != nil || got != want {
		t.Errorf("got %q, %v\nwant %q", got, err, want)
	}
	if _, err := setFields(`{"id":"x","sentence":1,"events":[{"sentence":2}],"sha256":"00"}`, 3, "11"); err == nil {
		t.Error("two \"sentence\" fields: no error")
	}
}

// TestJoin: two lines now on one sentence become the first, with the
// second's events it lacks; lines with text and other sentences stay.
func TestJoin(t *testing.T) {
	mk := func(text string) goldLine {
		var g goldLine
		g.text = text
		g.line = line{ID: text[8:10], File: "f"}
		return g
	}
	lines := []goldLine{
		mk(`{"id": "a1", "file": "f", "sentence": 3, "sha256": "x", "events": [{"source": "USA", "cameo": "040"}]}` + "\n"),
		mk(`{"id": "a2", "file": "f", "sentence": 3, "sha256": "x", "events": [{"source":"USA","cameo":"040"}, {"source": "CAN", "cameo": "043"}]}` + "\n"),
		mk(`{"id": "a3", "file": "f", "sentence": 4, "sha256": "y", "events": []}` + "\n"),
		{text: `{"id": "t", "text": "A sentence.", "events": []}` + "\n"},
	}
	out, joined, err := join(lines)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`{"id": "a1", "file": "f", "sentence": 3, "sha256": "x", "events": [{"source": "USA", "cameo": "040"}, {"source": "CAN", "cameo": "043"}]}` + "\n",
		`{"id": "a3", "file": "f", "sentence": 4, "sha256": "y", "events": []}` + "\n",
		`{"id": "t", "text": "A sentence.", "events": []}` + "\n",
	}
	if len(out) != len(want) || len(joined) != 1 || joined[0] != "a1+a2" {
		t.Fatalf("got %d lines, joined %v", len(out), joined)
	}
	for i, g := range out {
		if g.text != want[i] {
			t.Errorf("line %d: got %q\nwant %q", i, g.text, want[i])
		}
	}
}
