package article

import (
	"regexp"
	"strings"
)

// A text page scraped from a news site keeps its photo captions among the
// story's paragraphs, some with a wire photo credit the text reader
// leaves in the body: after the caption's last full stop, the agency and
// the photographer joined by a slash ("… in Seoul, South Korea, July 4,
// 2017. REUTERS/Kim Hong-Ji", "… REUTERS/Kim Hong-Ji/File Photo", "…
// 2017. (AFP Photo/Jane Roe)"). A caption retells a moment of the story,
// or an older one (a file photo), in the present tense: coded, it adds
// an event of its own, often with another date, and the credit, a
// sentence of its own, reads as an actor ("REUTERS", a British one) that
// later sentences borrow. The paragraph stays in the body, so that the
// sentences keep their positions (the gold sets of real news address a
// sentence by its index); the coder codes nothing from it
// (events.galleryParagraph).
//
// A photographer's name is capitalised words, with the particles of
// names between them ("Mohamed al-Sudani", "Jean de la Roche"), and may
// go on with "/File Photo" or "/Pool" and Reuters' "TPX IMAGES OF THE
// DAY"; "… REUTERS/Ipsos polling showed …" ends with no name, and a
// credit with no full stop before it ("… on Oxford Street AFP/Getty
// Images") may end a sentence of the story.
var wireCreditRE = regexp.MustCompile(`[.!?]["”']?\s+(?:(?:REUTERS|AFP|EPA|EPA-EFE|AP|XINHUA|Xinhua)/` + creditName + `(?:\s*/\s*` + creditName + `){0,3}|\((?:AP|AFP|EPA|Xinhua|XINHUA|Reuters|REUTERS)\s+(?:Photo|PHOTO)\s*/\s*[^()]{2,60}\))$`)

const creditName = `[A-Z][\p{L}'.\-]*(?:\s+(?:(?:al|el|de|da|del|dos|van|von|der|di|du|la|le|bin|ibn)[ \-]){0,2}[A-Z][\p{L}'.\-]*){0,6}`

// CaptionCredit reports whether paragraph p is a photo caption by its
// credit: ended by a wire photo credit after a full stop (see above).
func CaptionCredit(p string) bool {
	if len(p) > 600 || !strings.Contains(p, "/") {
		return false
	}
	return wireCreditRE.MatchString(p)
}
