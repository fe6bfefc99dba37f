package events_test

import "testing"

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
