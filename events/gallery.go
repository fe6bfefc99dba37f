package events

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/dyad-events/dyad/article"
)

// Photo galleries run into a page's text. A scraped page often carries
// the slides of a gallery, or a picture's caption with its credit, as
// paragraphs of the body; coded, a slide reads as news of the story's
// day ("7/21 3 March 2018 Kenya's President welcomes his Nigerian
// counterpart … Getty" gave a visit dated by a 2016 story). The
// coder codes nothing from a paragraph that is one (sentence level: the
// extraction keeps it, so that the sentences keep their indices, which
// the gold sets of real news refer to):
//
//	"11/34 20 November 2017 Women protest outside Downing Street … Getty Images"  a numbered slide
//	"Photos: Chad holds elections Voters queued in N'Djamena … Hide Caption 3 of 8"  a slide and its counter
//	"Image copyright AFP Image caption Dutch police have detained the bus driver"
//	"Handout - Getty Four F-15K fighter jets dropped eight bombs …"  two credits before the caption
//	"Pictured: A full moon rises over the harbour in Lagos"
//	"Protesters clash with police in Seoul, July 4, 2017. REUTERS/Kim Hong-Ji"  a wire photo credit (article.CaptionCredit)
//
// Fractions ("5/8 percentage points over Libor"), dates and "9/11" open
// no slide: the number after the slash must be at least the one before
// and at least 3, and a capital or a digit must follow.
var (
	slideRE       = regexp.MustCompile(`^(\d{1,3})/(\d{1,3})\s+[A-Z0-9]`)
	hideCaptionRE = regexp.MustCompile(`\bHide Caption\s+\d+\s+of\s+\d+\s*$`)
	imageCaptRE   = regexp.MustCompile(`^Image copyright\s+.{1,60}?\s+Image caption\s+\S`)
	twoCreditsRE  = regexp.MustCompile(`^(?:Handout|Getty|Getty Images|Rex|Rex Features|PA|AFP|EPA|Reuters|AP)\s+[-–—]\s+(?:Getty|Getty Images|Contributor|Rex|Rex Features|PA|AFP|EPA|Reuters|AP|Handout)\s+[A-Z0-9]`)
	picturedRE    = regexp.MustCompile(`^Pictured:\s+\S`)
)

// galleryParagraph reports whether body paragraph p is a gallery slide or
// a picture's caption (see above).
func galleryParagraph(p string) bool {
	if m := slideRE.FindStringSubmatch(p); m != nil {
		n, _ := strconv.Atoi(m[1])
		of, _ := strconv.Atoi(m[2])
		return n >= 1 && of >= 3 && n <= of
	}
	if strings.Contains(p, "Hide Caption") && hideCaptionRE.MatchString(p) {
		return true
	}
	return imageCaptRE.MatchString(p) || twoCreditsRE.MatchString(p) || picturedRE.MatchString(p) || article.CaptionCredit(p)
}

// galleryParagraphs marks the paragraphs of body that galleryParagraph
// reports; nil when there is none.
func galleryParagraphs(body []string) []bool {
	var g []bool
	for i, p := range body {
		if galleryParagraph(p) {
			if g == nil {
				g = make([]bool, len(body))
			}
			g[i] = true
		}
	}
	return g
}
