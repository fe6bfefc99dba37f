package events

// Participle adjuncts that tell no event of their own (CODING.md,
// Events; the gold sets code the main clause only):
//
//   - defiance in a participle or gerund ("met McCarthy in California,
//     defying warnings from Beijing", "rallied in Istanbul, defying a
//     protest ban", "passed the law, ignoring weeks of protests",
//     "punish Kim for defying the world") describes the manner or the
//     reason of another act, no 12x of its own; a finite defiance
//     ("Hungary defied the ICC's warrant", "Iran is defying the ban") and
//     a gerund after "of" or an aspect verb ("accused Iran of flouting
//     U.N. sanctions" IRN 128 alleged, "Russia keeps defying the ban")
//     stay;
//   - a protest's demand in a participle after it ("rallied outside
//     parliament, demanding early elections", "went on strike, calling
//     on the government to …") is what the protest is for: the protest
//     carries it (its 14x sub-code), no 02x or 10x beside it, and takes
//     the demand's target when it names none (demandTarget). A demand
//     after another act ("cut ties, demanding an apology") or a demand
//     of its own ("The union demanded higher wages") stays.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// defianceAdjunct reports a verb hit h of defiance (a lemma of the
// [defiant verbs] of data/words.txt: "defy", "flout") in an
// "-ing" form right after a comma or "for" (adverbs and quotation marks
// between): a participle adjunct or the reason of a punishment ("…,
// defying warnings from Beijing"; "punish Kim for defying the world"). A
// gerund after "of" or an aspect verb ("accused Iran of flouting U.N.
// sanctions", "keeps defying the ban"), a progressive ("is defying the
// ban") and every finite form stay: CODING.md codes the alleged or
// continued defiance.
func (v *vocab) defianceAdjunct(toks []dyad.Token, h *verbHit) bool {
	i := h.head
	if h.p.Noun || !v.defiantVerbs[toks[i].Lemma] || !strings.HasSuffix(toks[i].Lower, "ing") {
		return false
	}
	k := i - 1
	for k >= 0 && (toks[k].Tag == "RB" || isQuote(toks[k].Text)) {
		k--
	}
	return k >= 0 && (toks[k].Text == "," || toks[k].Lower == "for")
}

// protestDemand returns the index of the protest (a live hit of root 14)
// whose demand the participle hit k only states: hits[k] is a demand
// (root 02 or 10) in an "-ing" form of the [demand participles] of
// data/words.txt right after a comma ("…, demanding
// early elections"), and the nearest live hit before it that is a protest
// or a verb is the protest (nominal events between, "over the murder of a
// doctor", are passed over). -1 when hits[k] is no such demand.
func (v *vocab) protestDemand(st *sentence, hits []verbHit, live []bool, k int) int {
	h, toks := &hits[k], st.toks
	if r := cameo.Root(h.code); r != "02" && r != "10" || h.p.Noun {
		return -1
	}
	if !v.demandParticiples[toks[h.head].Lower] || h.head == 0 || toks[h.head-1].Text != "," {
		return -1
	}
	for g := k - 1; g >= 0; g-- {
		a := &hits[g]
		if !live[g] || a.p.has(flagSpeech) || a.end > h.head {
			continue
		}
		if cameo.Root(a.code) == "14" {
			return g
		}
		if !nounLike(st, a) && !coordinatedNoun(toks, a.head) {
			return -1 // another act: "cut ties with Kigali, demanding …"
		}
	}
	return -1
}

// demandTarget gives the protest p with no target the party its demand
// (the participle at head) is addressed to, its object right after it or
// after "on" or "upon", when that is another party than the protesters:
// "rallied outside the U.S. embassy in Baghdad, calling on Washington to
// withdraw its troops" is IRQCVL 141 USAGOV. What is demanded ("demanding
// stronger protection for medical workers") names no party.
func demandTarget(p *verbHit, toks []dyad.Token, head int, object []actors.Mention) {
	if len(p.target) > 0 || len(object) == 0 {
		return
	}
	at := head + 1
	if at < len(toks) && (toks[at].Lower == "on" || toks[at].Lower == "upon") {
		at++
	}
	if at < len(toks) && toks[at].Tag == "DT" && object[0].Start == at+1 {
		at++ // "calling on the government"
	}
	if object[0].Start != at {
		return
	}
	for _, t := range object {
		for _, s := range p.source {
			if t.Code == s.Code {
				return
			}
		}
	}
	p.target = object
}

// coordinatedNoun reports a word at i that the tagger read as a present
// verb but that a common noun and "and" or "or" come right before: "the
// rape and murder of a doctor".
func coordinatedNoun(toks []dyad.Token, i int) bool {
	if t := toks[i].Tag; t != "VB" && t != "VBP" || i < 2 {
		return false
	}
	c, n := toks[i-1], toks[i-2]
	return (c.Lower == "and" || c.Lower == "or") && (n.Tag == "NN" || n.Tag == "NNS") && startsLowerASCII(n.Text)
}
