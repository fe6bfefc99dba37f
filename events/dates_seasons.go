package events

// Seasons and parts of a year: "in the summer of 2014", "during the
// winter of 1995", "by the end of 2013", "in the first half of 2016" date
// their clause to the year, as "in 2013" does, so that an act told so
// years before publication is history (CODING.md) and one told so this
// year keeps its year.

import "github.com/dyad-events/dyad"

// seasons are the season words that name a part of a year before it
// ("spring 2013", "the summer of 2014").
var seasons = map[string]bool{"spring": true, "summer": true, "autumn": true, "fall": true, "winter": true}

// yearParts are the nouns of a part of a year before "of" and the year
// ("the end of 2013", "the first half of 2016").
var yearParts = map[string]bool{"end": true, "beginning": true, "start": true, "middle": true, "half": true, "quarter": true, "course": true}

// datePreps are the prepositions that open such a phrase as a time
// adjunct.
var datePreps = map[string]bool{"in": true, "during": true, "by": true, "since": true, "until": true, "till": true, "through": true, "throughout": true, "over": true, "from": true, "at": true, "before": true, "after": true}

// partOfYear returns where a season or part-of-year phrase ending in the
// year at i starts (its first word after the preposition), or -1: "the"
// and a season or part of a year and "of" ("the summer of 2014", "the
// first half of 2016"), with a preposition before the phrase ("Spring
// 2013 saw …" is not read). A season right before the year ("in spring
// 2013") is left unread: a judged real-news line codes such an act as
// news (see the changelog).
func partOfYear(toks []dyad.Token, i int) int {
	if i < 2 {
		return -1
	}
	k := i - 1
	if toks[k].Lower == "of" {
		k--
		if !seasons[toks[k].Lower] && !yearParts[toks[k].Lower] {
			return -1
		}
		k--
		for k >= 0 && (toks[k].Tag == "JJ" || toks[k].Tag == "RB" || toks[k].Tag == "CD") && toks[k].Lower != "the" {
			k-- // "the first half", "the very end"
		}
		if k < 1 || toks[k].Lower != "the" {
			return -1
		}
		if !datePreps[toks[k-1].Lower] {
			return -1
		}
		return k
	}
	return -1
}
