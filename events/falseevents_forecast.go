package events

import "github.com/dyad-events/dyad"

// Forecasts: a future act someone only predicts is no plan of its doer.
//
// CODING.md makes a cooperative plan or pledge an intent (03x, future) and
// a conflictual one a threat; both need the doer's own commitment. Two
// constructions tell a prediction instead, and are no event:
//
//   - a modal verb group hedged by an adverb of likelihood ([forecast
//     adverbs] of data/words.txt): "Nakasone will almost certainly step
//     down", "Japan will probably cut tariffs", "the president would
//     likely veto the bill". "We will probably meet next week", the
//     doer's own hedged plan, keeps its intent.
//   - a modal verb group that analysts, economists or other commentators
//     ([pundit nouns]) say or predict, before or after it: "analysts said
//     Japan will cut rates", "Japan will cut rates next month, economists
//     predicted". A speaker of the doer's side ("the trade ministry
//     said") still reports its plan.
//
// A forecast that the doer will not act ("analysts said Russia would not
// withdraw its troops") is left to the negation rules, as before.
//
// "Analysts expect X to cut …" and "X is likely to cut …" are read
// elsewhere (believedAct, likelyAct).

// hedgedForecast reports a verb at h.head whose modal verb group carries
// an adverb of likelihood: "will probably cut", "will almost certainly
// step down" ("certainly" and "surely" only after "almost" or "most":
// "will certainly retaliate" is a pledge).
func (v *vocab) hedgedForecast(toks []dyad.Token, h *verbHit) bool {
	if h.p.Noun || h.status == dyad.Negated {
		return false
	}
	hedged := false
	for k := h.head - 1; k >= 0 && k >= h.head-5; k-- {
		t := toks[k]
		switch {
		case t.Tag == "MD":
			if !hedged || !futureModal(t.Lower) {
				return false
			}
			return k == 0 || toks[k-1].Lower != "we" && toks[k-1].Lower != "i"
		case v.forecastAdverbs[t.Lower]:
			hedged = true
		case (t.Lower == "certainly" || t.Lower == "surely") && k > 0 && (toks[k-1].Lower == "almost" || toks[k-1].Lower == "most"):
			hedged = true
			k--
		case t.Tag == "RB" || isAux(t):
		default:
			return false
		}
	}
	return false
}

// futureModal reports the modals of a future or conditional verb group.
func futureModal(w string) bool {
	switch w {
	case "will", "would", "'ll", "wo", "shall":
		return true
	}
	return false
}

// punditForecast reports a verb at h.head in a modal verb group that
// commentators say or predict: the speech verb before it with a pundit
// noun as its subject ("analysts said Japan will cut rates"), or a
// closing attribution after it (", economists predicted").
func (v *vocab) punditForecast(toks []dyad.Token, h *verbHit) bool {
	if h.p.Noun || h.status == dyad.Negated || !modalGroup(toks, h.head) {
		return false
	}
	for k := h.head - 1; k >= 1 && k >= h.head-15; k-- {
		t := toks[k]
		if t.Text == ";" || t.Text == ":" || isQuote(t.Text) {
			break
		}
		if forecastSpeech(t) && v.punditBefore(toks, k) {
			return true
		}
	}
	for k := h.end; k+1 < len(toks); k++ {
		t := toks[k]
		if t.Text == ";" || t.Text == ":" || t.Lower == "but" {
			return false
		}
		if t.Text != "," {
			continue
		}
		j := k + 1
		for j < len(toks) && (toks[j].Tag == "DT" || toks[j].Tag == "JJ" || isQuote(toks[j].Text)) {
			j++
		}
		if j+1 < len(toks) && v.punditNouns[toks[j].Lower] && forecastSpeech(toks[j+1]) {
			return true
		}
	}
	return false
}

// modalGroup reports a future modal in the verb group before i, past
// adverbs and auxiliaries: "will cut", "would not have agreed".
func modalGroup(toks []dyad.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		t := toks[k]
		switch {
		case t.Tag == "MD":
			return futureModal(t.Lower)
		case t.Tag == "RB" || isAux(t):
		default:
			return false
		}
	}
	return false
}

// forecastSpeech reports a verb of saying or foreseeing whose subject's
// words about a future act are a forecast, by its lemma or, when the
// tagger took it for a noun ("economists predicted": predicted/NN), its
// past form.
func forecastSpeech(t dyad.Token) bool {
	switch t.Lemma {
	case "say", "predict", "forecast", "expect", "believe", "think", "estimate", "add":
		return true
	}
	switch t.Lower {
	case "said", "says", "predicted", "predict", "predicts", "expected", "expect", "believe", "believed", "think", "thought", "estimated", "added":
		return true
	}
	return false
}

// punditBefore reports a pundit noun as the subject of the verb at k,
// within three words before it past adjectives and "many", "some",
// "most": "political analysts said", "many economists predict".
func (v *vocab) punditBefore(toks []dyad.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if v.punditNouns[toks[j].Lower] {
			return true
		}
		if toks[j].Lower != "many" && toks[j].Lower != "some" && toks[j].Lower != "most" && toks[j].Tag != "JJ" && toks[j].Tag != "RB" {
			return false
		}
	}
	return false
}
