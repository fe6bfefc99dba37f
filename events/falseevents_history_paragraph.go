package events

// History told on in a paragraph: a sentence that opens with a date two
// or more years before publication ("In 1998, militants blew up two
// embassies.") anchors its paragraph in the past, and the sentences right
// after it that carry no date of their own and are told wholly in the
// past tense ("In retaliation, the president ordered a missile strike on
// a factory.") go on telling that history: no event of the day (CODING.md:
// nothing is coded from history retrospectives). The first sentence with
// a date of its own (a recent one ends the anchor; another opening past
// year renews it), told in the present or the future ("The strike is
// still disputed", "will review") or quoting someone ends it, and so does
// the paragraph's end.

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// anchorPastParagraph reports whether the sentence st continues a
// paragraph anchored in a past year, and records whether it anchors its
// own paragraph for the sentences after it: its first date opens it,
// every date it has is two or more years before publication, none of them
// the start of a span up to now ("since 2015"); or it has no date and
// continues an anchored paragraph.
func anchorPastParagraph(ctx *articleCtx, st *sentence) bool {
	p := st.s.Paragraph
	if p < 0 || st.s.Index < 0 || ctx.pubDate == "" {
		ctx.pastPara = 0
		return false
	}
	if len(st.dates) == 0 {
		on := ctx.pastPara == p+1 && pastToldSentence(st.toks)
		if !on {
			ctx.pastPara = 0 // the history told ends with the first sentence told otherwise
		}
		return on
	}
	ctx.pastPara = 0
	if st.dates[0].start > 1 {
		return false // the date must open the sentence: "In 1998, …"
	}
	for _, d := range st.dates {
		if d.published || !history(d.date, ctx.pubDate) || d.start < len(st.toks) && st.toks[d.start].Lower == "since" || d.start > 0 && st.toks[d.start-1].Lower == "since" {
			return false
		}
	}
	ctx.pastPara = p + 1
	return false
}

// pastToldSentence reports a sentence told wholly in the past: a verb in
// the past tense, no verb in the present, no modal but "would" and
// "could", and no quotation marks (a quotation is someone speaking,
// maybe now).
func pastToldSentence(toks []dyad.Token) bool {
	past := false
	for _, t := range toks {
		switch t.Text {
		case "\"", "“", "”", "'", "‘", "’":
			if t.Text != "’" || t.Tag != "POS" {
				return false
			}
		}
		switch {
		case t.Tag == "VBD":
			past = true
		case t.Tag == "VBZ" || t.Tag == "VBP":
			return false
		case t.Tag == "MD" && t.Lower != "would" && t.Lower != "could":
			return false
		case strings.EqualFold(t.Text, "now") || strings.EqualFold(t.Text, "today") || strings.EqualFold(t.Text, "currently"):
			return false
		}
	}
	return past
}

// pastParagraphAct reports a hit of a sentence that continues a
// paragraph anchored in a past year (sentence.pastPara), unless the hit
// is reported speech by someone of the day (a speech verb is no act).
func pastParagraphAct(st *sentence, h *verbHit) bool {
	return st.pastPara && !h.p.has(flagSpeech)
}
