package article

import (
	"strings"
	"unicode"
)

// leadBeforeDateline reports whether p, a paragraph printed before the
// dateline paragraph of a plain-text story, is the story's lead (kept in
// the body) rather than a photo caption or page furniture (moved to
// Captions): a sentence of six words or more that ends in ".", "!" or "?"
// (a quote mark may follow) and tells what someone did or said — an
// attribution ("said", "told", "reported", "according to") or a finite
// verb in the past tense ("attacked", "struck"). A past participle after
// a determiner ("the disputed reef") or before a preposition ("a house
// destroyed in a strike", "a building damaged by shelling"), as captions
// write them beside a present-tense verb ("Soldiers patrol near …"), is no
// such verb: "Russia attacked Ukraine on Monday, officials said." is a
// lead; "Coast guard vessels patrol near the disputed reef on Monday" and
// "A woman reacts next to a house destroyed in a strike." are captions.
func leadBeforeDateline(p string) bool {
	end := strings.TrimRight(strings.TrimSpace(p), "\"'”’")
	if end == "" || !strings.ContainsRune(".!?", rune(end[len(end)-1])) {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(p), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	if len(words) < 6 {
		return false
	}
	for i, w := range words {
		if attributions[w] {
			return true
		}
		if i == 0 || determiners[words[i-1]] {
			continue
		}
		if irregularPast[w] {
			return true
		}
		if len(w) >= 5 && strings.HasSuffix(w, "ed") && (i+1 == len(words) || !participlePreps[words[i+1]]) {
			return true
		}
	}
	return false
}

// attributions are the words that say who told the story.
var attributions = map[string]bool{"said": true, "says": true, "told": true, "reported": true, "announced": true, "according": true}

// determiners come before a participle used as an adjective.
var determiners = map[string]bool{"a": true, "an": true, "the": true, "this": true, "that": true, "these": true, "those": true,
	"its": true, "their": true, "his": true, "her": true, "our": true, "my": true, "your": true, "newly": true, "recently": true}

// participlePreps follow a past participle in a caption's reduced
// relative clause ("a house destroyed in …").
var participlePreps = map[string]bool{"by": true, "in": true, "at": true, "on": true, "near": true, "during": true, "after": true,
	"from": true, "outside": true, "inside": true, "as": true, "with": true, "for": true, "into": true, "under": true}

// irregularPast are common past-tense verbs of wire leads that do not end
// in "-ed".
var irregularPast = map[string]bool{"struck": true, "hit": true, "shot": true, "met": true, "sent": true, "fought": true,
	"began": true, "took": true, "gave": true, "held": true, "led": true, "fell": true, "won": true, "rose": true,
	"broke": true, "made": true, "sought": true, "threw": true, "spoke": true, "came": true, "went": true, "stood": true,
	"brought": true, "drew": true, "flew": true, "froze": true, "kept": true, "lost": true, "paid": true, "sold": true,
	"swore": true, "withdrew": true, "overthrew": true, "upheld": true, "sank": true, "seized": true, "left": true}
