package events

// Dates written inside a noun phrase: which event they date.
//
// A date expression dates the verb or event noun of its own clause or
// phrase (DESIGN.md, CODING.md "Dates and places"). Two noun-phrase
// constructions own their date, so that no verb outside the phrase takes it:
//
//   - a year written as the modifier of an event noun ("the 2023 Hamas
//     attack", "Russia's 2014 annexation of Crimea") dates that noun's
//     event only: a verb whose object the noun is keeps its own date
//     ("Trump withdrew from the 2015 nuclear deal" is no 2015 withdrawal),
//     and the year is no date expression of the sentence (findDates) that
//     other rules read; but when the verb makes or authorises the act its
//     object names ([made act verbs]: "approved the 1985 arms sale" is
//     coded as the sale, 072; "signed a 2014 agreement") and its clause
//     has no date of its own, a year two or more back makes the act
//     history, as README says (objectYear, yearModified); last year's
//     leaves the verb its date ("Poland signed the 2024 defence
//     agreement" in 2025 may be signed today);
//   - a month or a year after a noun's agent ("a surprise announcement by
//     Donald Trump in December", "a proposal by Xi in March") or after a
//     participle on a noun ("a rift caused by his remarks in June") dates
//     that noun's event, not a verb before the noun ("Bolton visited
//     Ankara to row back on an announcement by Trump in December" is no
//     December visit). A weekday there stays the verb's, as wire copy
//     writes it at the end of the main clause ("fired tear gas at students
//     led by union leaders on Sunday").

import (
	"strconv"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
)

// nounYear returns the year written as a modifier of the event noun of
// the nominal hit h ("the 2023 Hamas attack on Israel", "Russia's 2014
// annexation of Crimea", "its 2019 drone strike"): a four-digit year
// after a determiner or a possessive, with only nouns and adjectives
// between it and the noun, from 1900 to pub's year (a later year is a
// plan's or a target's: "the 2030 goal"). A count is written with a
// comma ("the 2,000 troops") and is no year. A verb hit takes no such
// year: "withdrew from the 2015 deal" is no 2015 withdrawal (but see
// objectYear for history).
func nounYear(st *sentence, h *verbHit, pub time.Time) (string, bool) {
	toks := st.toks
	if pub.IsZero() || !nounLike(st, h) && !strings.HasPrefix(toks[h.head].Tag, "NN") {
		return "", false
	}
	return premodifierYear(toks, h.head-1, max(1, h.head-4), pub.Year())
}

// objectYear returns the year premodifying the object noun of the verb
// hit h when the verb makes or authorises the act that noun names
// ([made act verbs]): "approved the 1985 arms sale", "signed a 2014
// agreement with Russia", "sealed its 2019 arms deal". The noun ends the
// hit's words (h.end), the year follows a determiner or a possessive,
// only nouns and adjectives sit between them, and the year runs from 1900
// to the year before pub's (a later one is a plan's, "approved the 2030
// budget"; the publication year's own leaves the verb its date).
func objectYear(st *sentence, h *verbHit, pub time.Time) (string, bool) {
	toks := st.toks
	if h.passive || h.end-1 <= h.head+1 || h.end > len(toks) || !st.words.madeActVerbs[toks[h.head].Lemma] {
		return "", false
	}
	return premodifierYear(toks, h.end-2, h.head+1, pub.Year()-1)
}

// premodifierYear scans toks from index from down to low (low ≥ 1) for a
// four-digit year premodifying a noun: only nouns and adjectives between
// it and the noun, a determiner or a possessive before it ("the 1985 arms
// sale", "Russia's 2014 annexation"), the year from 1900 to last. It
// returns the year's text, or false at the first other word.
func premodifierYear(toks []dyad.Token, from, low, last int) (string, bool) {
	for k := from; k >= low; k-- {
		t := toks[k]
		if len(t.Text) == 4 && isNum(t.Text) {
			y, err := strconv.Atoi(t.Text)
			if err != nil || y < 1900 || y > last {
				return "", false
			}
			switch toks[k-1].Lower {
			case "a", "an", "the", "its", "their", "his", "her", "'s", "’s":
				return t.Text, true
			}
			return "", false
		}
		if !strings.HasPrefix(t.Tag, "NN") && t.Tag != "JJ" {
			return "", false
		}
	}
	return "", false
}

// nominalOwnsDate reports whether the month or year date d, written after
// the verb hit ending at token from, sits inside a noun phrase after the
// verb that owns it: a noun's agent ("an announcement by Donald Trump in
// December": a noun, then "by") or a participle on a noun ("a rift caused
// by remarks in June", "a grain deal agreed in 2022") between them. The
// agent's "by" may be the hit's own last word, where a pattern reads the
// agent of its object noun ("had begun an investigation into the killing
// of five newsmen by Indonesian troops in 1975" is no 1975 investigation;
// W39013). A day-precision date is so owned only when it counts days back
// or on from another day ("condemned the massacre of 22 villagers by
// al-Shabaab fighters a day earlier": the massacre's day, not the
// condemnation's; W49055); a weekday stays the verb's (see the file
// comment).
func nominalOwnsDate(toks []dyad.Token, from int, d dateExpr) bool {
	if d.precision != dyad.Month && d.precision != dyad.Year && !dayOffset(toks, d) {
		return false
	}
	if from >= 2 && from <= len(toks) && toks[from-1].Lower == "by" {
		from-- // the hit ends with its object's agent: "… the killing of five newsmen by"
	}
	for k := from; k < d.start; k++ {
		if k == 0 || !strings.HasPrefix(toks[k-1].Tag, "NN") {
			continue
		}
		if toks[k].Lower == "by" || toks[k].Tag == "VBN" {
			return true
		}
	}
	return false
}

// relativeOccasion reports a preposition at toks[k] that places the act
// of the verb before it relative to another occasion: "following" before
// a noun phrase ("suspended Niger following a coup in July"), "ahead of"
// ("detained activists ahead of a rally on Sunday") and "prior to". A date
// after it is that occasion's, as one after "after" or "before" is
// (subordinator): not the verb's. "was following events closely" is a
// verb, no preposition.
func relativeOccasion(toks []dyad.Token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	next := toks[k+1]
	switch toks[k].Lower {
	case "ahead":
		return next.Lower == "of"
	case "prior":
		return next.Lower == "to"
	case "following":
		if k > 0 {
			switch toks[k-1].Lower {
			case "be", "is", "are", "was", "were", "been", "being", "'s", "’s", "the", "a":
				return false // "was following the talks", "the following day"
			}
		}
		switch next.Tag {
		case "DT", "PRP$", "JJ", "CD", "NN", "NNS", "NNP", "NNPS":
			return true
		}
	}
	return false
}

// dayOffset reports a date that counts days from another day: "a day
// earlier", "two days later", "the day before" (findDates resolves it
// against the day of the clause it follows).
func dayOffset(toks []dyad.Token, d dateExpr) bool {
	if d.end < 2 || d.end > len(toks) {
		return false
	}
	switch toks[d.end-1].Lower {
	case "earlier", "later", "before":
		w := toks[d.end-2].Lower
		return w == "day" || w == "days"
	}
	return false
}
