package events_test

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestGalleryCaptions checks paragraphs that are a photo gallery's slides
// or a picture's caption run into the text: nothing is coded from them;
// fractions and plain paragraphs are coded as usual.
func TestGalleryCaptions(t *testing.T) {
	c := newCoder(t)
	lead := "Police cordoned off the area on Saturday."
	checkLastParagraph(t, c, []articleCase{
		{[]string{lead, "12/30 3 March 2024 French President Emmanuel Macron greets Kenyan President William Ruto at the Elysee Palace AFP/Getty Images"}, nil},
		{[]string{lead, "Photos: Fighting in Khartoum Sudanese soldiers fired on RSF positions in the capital. Hide Caption 4 of 12"}, nil},
		{[]string{lead, "Image copyright Reuters Image caption Egyptian police arrested dozens of protesters in Cairo"}, nil},
		{[]string{lead, "Handout - Getty North Korean troops fired artillery shells near the border"}, nil},
		{[]string{lead, "Pictured: Israeli soldiers detain a Palestinian man in Hebron"}, nil},
		// near misses: a fraction, a plain paragraph
		{[]string{lead, "3/4 of Israeli troops withdrew from Gaza."},
			[]string{"ISRMIL 0874 PSE asserted 2024-07-13"}},
		{[]string{lead, "Egyptian police arrested dozens of protesters in Cairo on Friday."},
			[]string{"EGYCOP 173 EGYCVL asserted 2024-07-12"}},
	})
}

// TestCreditCaptions checks the captions known by their credit
// (article.CaptionCredit): a wire photo credit after the caption's full
// stop. Nothing is coded from them; a paragraph opened by an agency's
// label (not yet read as a caption), a poll named with a slash and a
// plain sentence are coded as usual.
func TestCreditCaptions(t *testing.T) {
	c := newCoder(t)
	lead := "Police cordoned off the area on Saturday."
	checkLastParagraph(t, c, []articleCase{
		{[]string{lead, "Soldiers detain a protester in Alexandria, Egypt, on July 2, 2024. REUTERS/Jane Roe-Smith"}, nil},
		{[]string{lead, "Egyptian police arrest a protester in Cairo. (AFP Photo/Jane Roe, File)"}, nil},
		// near misses: a bare label, a poll, a plain paragraph
		{[]string{lead, "AFP: Egyptian police arrested two men in Giza on Thursday."},
			[]string{"EGYCOP 173 EGYCVL asserted 2024-07-11"}},
		{[]string{lead, "Egyptian police arrested two protesters on Friday, a Reuters/Ipsos poll showed."},
			[]string{"EGYCOP 173 EGYCVL asserted 2024-07-12"}},
		{[]string{lead, "Egyptian soldiers detained a protester in Alexandria on July 2."},
			[]string{"EGYMIL 173 EGYCVL asserted 2024-07-02"}},
	})
}

// TestCreditCaptionMemory: a caption known by its credit stays in the
// body, so the sentences after it keep their indices; it gives no event
// (none dated July 2 at Alexandria) and leaves the later sentences no
// memory: its credit's agency ("REUTERS", read as British) no longer
// makes their soldiers British.
func TestCreditCaptionMemory(t *testing.T) {
	c := newCoder(t)
	a := &dyad.Article{ID: "t", Published: "2024-07-13", Body: []string{
		"Egyptian police arrested two protesters on Friday.",
		"Soldiers detain a protester in Alexandria, Egypt, on July 2, 2024. REUTERS/Jane Roe-Smith/File Photo",
		"A day later, soldiers detained a journalist there.",
		"The next day, the soldiers detained a lawyer in the city.",
	}}
	var got []string
	for _, ev := range c.Code(a) {
		place := "-"
		if ev.Location != nil {
			place = ev.Location.Name
		}
		got = append(got, fmt.Sprintf("%d %s %s", ev.Sentence, eventLine(ev, true), place))
	}
	// before: "1 EGYMIL 173 EGYCVL asserted 2024-07-02 Alexandria" from the
	// caption, and GBRMIL for the soldiers of sentences 3 and 4
	want := []string{
		"0 EGYCOP 173 EGYCVL asserted 2024-07-12 -",
		"3 EGYMIL 173 EGYMED asserted 2024-07-13 -",
		"4 EGYMIL 173 EGYCVL asserted 2024-07-13 -",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
