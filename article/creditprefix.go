package article

import "regexp"

// labelCreditRE matches a sentence opened by a short label and a colon
// run into the text, as a scraped photo caption keeps its credit: "AP:Associated
// Press North Korea conducted …" (the label AP).
var labelCreditRE = regexp.MustCompile(`^([A-Z][A-Za-z]{1,10})\s?:\s?\S`)

// HasCreditPrefix reports whether sentence s opens with an outlet's or a
// picture agency's credit run into its text: a news agency's name as a
// label ("AP:Associated Press North Korea conducted …", "AFP: Police
// …"), or a picture credit before its caption ("Reuters Troops could be
// seen …", creditedCaption's). Such a sentence is a caption, told better
// by a story's own sentence: a store shows the other as an event's
// evidence (sqlite.RepOf).
func HasCreditPrefix(s string) bool {
	if m := labelCreditRE.FindStringSubmatch(s); m != nil && agencies[m[1]] {
		return true
	}
	_, ok := creditedCaption(s)
	return ok
}
