package events

import "github.com/dyad-events/dyad"

// Explainer and topic blurbs (CODING.md: an event is an act told as done,
// planned or claimed): a feed's teaser or a page's heading that names a
// topic to read about tells no act, however eventful its topic's words.
// "Everything you need to know about the inquiry into Russian hacking",
// "What we know so far about the drone strikes on the port", "Explained:
// why the talks over the border broke down", "Border clashes: all you
// need to know" give no event (explainerBlurb; the sentence is set aside
// as WhyOffSentence, as page furniture is). A sentence that only uses
// "know" ("Officials said they know who attacked the convoy") is not a
// blurb: the opener must begin the sentence or follow its headline's
// colon or dash, and end it there.

// explainerBlurb reports a sentence that is an explainer's or topic
// page's blurb: it opens with an explainer label ("Explained:",
// "Explainer:", "Q&A:") or a know-opener ("Everything you need to know
// about", "All you need to know", "What we know (so far) about", "What
// you should know"), or a headline's topic is followed by ":" or a dash
// and a know-opener that ends the sentence ("Hacking inquiry: what we
// know").
func explainerBlurb(toks []dyad.Token) bool {
	if len(toks) == 0 {
		return false
	}
	if len(toks) > 1 && toks[1].Text == ":" {
		switch toks[0].Lower {
		case "explained", "explainer", "analysis", "factbox", "q&a", "timeline":
			return true
		}
	}
	if n := knowOpener(toks, 0); n > 0 && (toks[n-1].Lower == "about" || n == len(toks) || toks[n].Text == ":" || toks[n].Text == "." || toks[n].Text == "?") {
		return true // "What we know is that Russia attacked …" tells what is known
	}
	for k := 1; k+1 < len(toks); k++ {
		if t := toks[k].Text; t != ":" && t != "—" && t != "–" && t != "-" {
			continue
		}
		if n := knowOpener(toks, k+1); n > 0 {
			end := k + 1 + n
			for end < len(toks) && (toks[end].Text == "." || toks[end].Text == "?" || toks[end].Text == "!") {
				end++
			}
			if end == len(toks) {
				return true
			}
		}
	}
	return false
}

// knowOpener returns the length of a know-opener at toks[i:] — a
// quantifier or "what" ("everything", "all", "what", "things"), "you" or
// "we", up to three words of need or time ("need to", "should", "so far"
// after "know"), and "know", with an "about" that follows — or 0 for
// none. At a sentence's start the opener must end in "about", a colon or
// the sentence: "What we know is that the army shelled the town" asserts.
func knowOpener(toks []dyad.Token, i int) int {
	if i+2 >= len(toks) {
		return 0
	}
	switch toks[i].Lower {
	case "everything", "all", "what", "things", "five", "three", "10":
	default:
		return 0
	}
	k := i + 1
	if toks[k].Lower == "things" { // "Five things you need to know"
		k++
	}
	if k >= len(toks) || toks[k].Lower != "you" && toks[k].Lower != "we" {
		return 0
	}
	k++
	for n := 0; n < 3 && k < len(toks) && toks[k].Lower != "know"; n++ {
		switch toks[k].Lower {
		case "need", "to", "should", "must", "now", "do", "don't", "'t", "still", "already":
			k++
		default:
			return 0
		}
	}
	if k >= len(toks) || toks[k].Lower != "know" {
		return 0
	}
	k++
	if k+1 < len(toks) && toks[k].Lower == "so" && toks[k+1].Lower == "far" {
		k += 2
	}
	if k < len(toks) && toks[k].Lower == "about" {
		k++
	}
	return k - i
}
