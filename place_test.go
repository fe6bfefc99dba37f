package dyad

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestLocateDocument places events of a titled two-paragraph article in
// their paragraph and in the article's document (a Doc without the
// coder's split: first occurrences).
func TestLocateDocument(t *testing.T) {
	a := &Article{Title: "Kenya thanks Japan", Body: []string{
		"NAIROBI, March 4 — Kenya thanked Japan for flood relief on Monday.",
		"The aid arrived by air. Kenya thanked Japan for flood relief on Monday.",
	}}
	if got, want := a.Document(), "Kenya thanks Japan\n\nNAIROBI, March 4 — Kenya thanked Japan for flood relief on Monday.\n\nThe aid arrived by air. Kenya thanked Japan for flood relief on Monday."; got != want {
		t.Errorf("Document %q, want %q", got, want)
	}
	sentence := "Kenya thanked Japan for flood relief on Monday."
	d := NewDoc(a, nil)
	ev := &Event{Sentence: 0, Source: &Actor{Text: "Kenya", Span: [2]int{0, 5}}, Target: &Actor{Text: "Japan", Span: [2]int{14, 19}},
		Evidence: Evidence{Text: sentence, Verb: "thanked", Span: [2]int{6, 13}}}
	// the dateline's dash is three bytes: the sentence starts at byte 21
	want := Place{Paragraph: 0, Sentence: [2]int{21, 68}, Verb: [2]int{27, 34}, Source: [2]int{21, 26}, Target: [2]int{35, 40}}
	if got := d.Locate(ev); got != want {
		t.Errorf("Locate %+v, want %+v", got, want)
	}
	// the first paragraph holding the sentence; an actor not named in it
	// (span [0, 0]) and a missing target are absent
	ev.Source = &Actor{}
	ev.Target = nil
	want = Place{Paragraph: 0, Sentence: [2]int{21, 68}, Verb: [2]int{27, 34}, Source: [2]int{-1, -1}, Target: [2]int{-1, -1}}
	if got := d.Locate(ev); got != want {
		t.Errorf("Locate, no actors: %+v, want %+v", got, want)
	}
	title := &Event{Sentence: -1, Evidence: Evidence{Text: "Kenya thanks Japan", Span: [2]int{6, 12}}}
	want = Place{Paragraph: -1, Sentence: [2]int{0, 18}, Verb: [2]int{6, 12}, Source: [2]int{-1, -1}, Target: [2]int{-1, -1}}
	if got := d.Locate(title); got != want {
		t.Errorf("Locate title: %+v, want %+v", got, want)
	}
	gone := &Event{Sentence: 3, Evidence: Evidence{Text: "Kenya thanked Japan again.", Span: [2]int{6, 13}}}
	none := [2]int{-1, -1}
	if got, want := d.Locate(gone), (Place{-2, none, none, none, none}); got != want {
		t.Errorf("Locate, sentence not in the text: %+v, want %+v", got, want)
	}

	// offsets in Document: the title is 18 bytes, each separator 2
	for _, c := range []struct{ p, off, want int }{
		{-1, 6, 6}, {0, 0, 20}, {0, 21, 41}, {1, 24, 20 + 68 + 2 + 24}, {2, 0, -1}, {-2, 0, -1},
		// a paragraph's end is in it; a byte past it or before it is not
		// (the title is 18 bytes, paragraph 0 68, paragraph 1 71)
		{-1, 18, 18}, {-1, 19, -1}, {0, 68, 20 + 68}, {0, 69, -1}, {1, 71, 20 + 68 + 2 + 71}, {1, 72, -1}, {0, -1, -1},
	} {
		if got := a.DocumentOffset(c.p, c.off); got != c.want {
			t.Errorf("DocumentOffset(%d, %d) = %d, want %d", c.p, c.off, got, c.want)
		}
		if got := d.Offset(c.p, c.off); got != c.want {
			t.Errorf("Doc.Offset(%d, %d) = %d, want %d", c.p, c.off, got, c.want)
		}
	}
	doc := a.Document()
	if got := doc[a.DocumentOffset(1, 24):][:len(sentence)]; got != sentence {
		t.Errorf("document at paragraph 1, byte 24: %q", got)
	}
	// in characters the dash is one: paragraph 0's byte 21 is character
	// 19+20; paragraph 1 starts at character 20+66+2; byte 70 of paragraph
	// 0 is beyond it
	got := []int{d.CharOffset(0, 21), d.CharOffset(1, 24), d.CharOffset(-1, 6), d.CharOffset(0, 70), d.CharOffset(2, 0), d.Len()}
	if want := []int{39, 112, 6, -1, -1, 20 + 66 + 2 + 71}; !reflect.DeepEqual(got, want) {
		t.Errorf("CharOffset and Len %v, want %v", got, want)
	}
	if n := len([]rune(doc)); d.Len() != n {
		t.Errorf("Len %d, want %d", d.Len(), n)
	}
	// untitled: the first paragraph starts the document; no title to place
	a.Title = ""
	d = NewDoc(a, nil)
	got = []int{a.DocumentOffset(0, 5), a.DocumentOffset(1, 0), a.DocumentOffset(-1, 0), d.Offset(0, 5), d.Offset(1, 0), d.Offset(-1, 0), d.CharOffset(1, 0)}
	if want := []int{5, 70, -1, 5, 70, -1, 68}; !reflect.DeepEqual(got, want) {
		t.Errorf("untitled DocumentOffset and Doc.Offset %v, want %v", got, want)
	}
}

// TestCharOffsetLongParagraph: in a paragraph longer than the blocks a
// Doc counts characters by, every character's offset is its count of
// characters before it, as in a short one (multi-byte characters across
// block edges, the paragraph's end on one).
func TestCharOffsetLongParagraph(t *testing.T) {
	for _, n := range []int{charBlock / 2, 3 * charBlock, 4*charBlock + 7} {
		var b strings.Builder
		for i := 0; b.Len() < n; i++ {
			b.WriteString([]string{"Kyiv ", "Dnipró ", "“Kharkiv” ", "Zaporizhzhia — "}[i%4])
		}
		para := b.String()
		if n == 3*charBlock {
			para = strings.Repeat("a", 3*charBlock) // ends on a block edge
		}
		a := &Article{Title: "Überblick", Body: []string{"Short one.", para}}
		d := NewDoc(a, nil)
		base := utf8.RuneCountInString("Überblick" + ParagraphSep + "Short one." + ParagraphSep)
		for off := 0; off <= len(para); off++ {
			if off < len(para) && !utf8.RuneStart(para[off]) {
				continue
			}
			if got, want := d.CharOffset(1, off), base+utf8.RuneCountInString(para[:off]); got != want {
				t.Fatalf("paragraph of %d bytes: CharOffset(1, %d) = %d, want %d", len(para), off, got, want)
			}
		}
	}
}
