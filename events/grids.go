package events

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// inquiryAgent returns the agent an investigation pattern of the 09 grid
// (verbs.txt) names with its closing "by" or "against": "opened an
// inquiry into abuses by Belarusian security forces" takes BLRCOP as
// target, the one investigated. nil for any other pattern, or when no
// actor stands within three tokens after the "by".
func (c *Coder) inquiryAgent(st *sentence, h *verbHit) []actors.Mention {
	if cameo.Root(h.code) != "09" || h.passive {
		return nil
	}
	last := h.p.Slots[len(h.p.Slots)-1]
	if len(last) != 1 || last[0] != "by" && last[0] != "against" {
		return nil
	}
	return c.actorAt(st, h.end, 3)
}

// detainedGrievance aims a protest over the arrest, jailing or trial of
// one of the protesters' own people at their government: "opposition
// supporters marched over the arrest of an opposition leader" is GEOOPP
// 141 GEOGOV, not a march against the leader (gold README: protests
// against a state's detentions take that government). The target is
// replaced only when it is the person detained and of the protesters'
// own country; a named foreign jailer stays.
//
// A threat to protest or strike (133) takes the same target, and the
// detained may stand in a counted or listed phrase after "of": "threatened
// to enforce general strikes in protest at the arrest of more than 150 of
// its leaders and activists" is BGDOPP 133 BGDGOV (gold README: threats to
// strike take the same target; dev33-wire W33057), not the activists.
func (c *Coder) detainedGrievance(st *sentence, h *verbHit) {
	if cameo.Root(h.code) != "14" && h.code != "133" || len(h.source) == 0 || len(h.target) != 1 {
		return
	}
	src, t := h.source[0], h.target[0]
	if src.Country == "" || t.Country != src.Country || !civil(src) || t.Start < 2 || t.Start > len(st.toks) {
		return
	}
	toks := st.toks
	for k := t.Start - 1; k >= 2 && k > h.head && k >= t.Start-10; k-- {
		if w := toks[k].Lower; w == "," || w == ";" || toks[k].Tag == "MD" || strings.HasPrefix(toks[k].Tag, "VB") && toks[k].Tag != "VBN" {
			return // "of two jailed activists": a participle stays inside
		}
		if toks[k].Lower != "of" || !detentionNoun(toks[k-1].Lower) && toks[k-1].Lower != "arrests" && toks[k-1].Lower != "detentions" { // (targets_protest.go)
			continue
		}
		h.target = []actors.Mention{c.implicitGov(src, h)}
		return
	}
}

// inquiryOwner returns the actor whose act an inquiry "into" names by
// possessive when the pattern found gives no target: "opened an inquiry
// into Russia's attack on a hospital" investigates Russia (RUS), as
// "investigated Israel's strike" does. Only acts done by their owner
// count ("attack", "crackdown", "use"); a victim's possessive ("into
// Navalny's poisoning", "into the teenager's death") gives nil. A
// demonym of another state right before such an act or a plot of
// [plotted acts] names its doer too (gold README, Conventions: "an
// inquiry into a suspected Russian plot" RUS): "opened a probe into an
// alleged Iranian plot to kill a dissident" IRN, "is investigating a
// suspected Russian sabotage attack" RUS; the investigating state's own
// demonym ("Polish prosecutors … into a Polish plot") names no one else.
func (c *Coder) inquiryOwner(st *sentence, h *verbHit) []actors.Mention {
	if cameo.Root(h.code) != "09" || h.passive || len(h.target) != 0 {
		return nil
	}
	toks := st.toks
	k := h.head + 1
	for k+1 < len(toks) && k <= h.end+1 && toks[k].Lower != "into" {
		k++
	}
	if (k+1 >= len(toks) || k > h.end+1) && h.end < len(toks) {
		if d := skipOnDay(toks, h.end); d > h.end && d+1 < len(toks) && toks[d].Lower == "into" {
			k = d // "opened an inquiry on Friday into whether …"
		}
	}
	if k+1 >= len(toks) || k > h.end+1 && !(k >= 2 && isWeekday(toks[k-1].Lower)) {
		if toks[h.head].Lemma != "investigate" && toks[h.head].Lemma != "probe" {
			return nil // no "into"
		}
		k = h.head // "is investigating a suspected Russian plot": the verb's own object
	}
	j := k + 1
	if toks[j].Lower == "the" || toks[j].Lower == "a" || toks[j].Lower == "an" {
		j++
	}
	for j < len(toks) && (toks[j].Lower == "suspected" || toks[j].Lower == "alleged" || toks[j].Lower == "possible") {
		j++
	}
	m := -1
	if j < len(toks) {
		m = st.at[j]
	}
	if m >= 0 && st.ments[m].Kind == actors.KindAdjective && warCrimes(toks, st.ments[m].End) {
		return c.group(st, m) // "investigations into suspected Russian war crimes"
	}
	if m >= 0 && st.ments[m].Kind == actors.KindAdjective && st.ments[m].Start == j && c.plottedAct(toks, st.ments[m].End) &&
		(len(h.source) == 0 || st.ments[m].Country != h.source[0].Country) {
		return c.group(st, m) // "into a suspected Russian sabotage plot"
	}
	if m >= 0 && (st.ments[m].Kind == actors.KindAdjective || adjectivalName(st.ments[m].Text)) && st.ments[m].Start == j && (len(h.source) == 0 || st.ments[m].Country != h.source[0].Country) {
		if a := st.ments[m].End; a < len(toks) && (militaryStrike(toks[a].Lower) || a+1 < len(toks) && (toks[a].Lower == "air" || toks[a].Lower == "drone" || toks[a].Lower == "missile") && militaryStrike(toks[a+1].Lower)) {
			return strikers(c.group(st, m)) // "an inquiry into U.S. air strikes that killed three soldiers": the strikers (inquiry_strikes.go)
		}
	}
	if m < 0 || !st.ments[m].Possessive || st.ments[m].Modifier {
		if toks[k].Lower == "into" || k == h.head {
			return c.inquirySuspect(st, h, k) // "into abuses by …", "into whether …", "investigating claims that …" (targets_inquiry.go)
		}
		return nil
	}
	a := st.ments[m].End + 1 // past the 's
	for a < len(toks) && (toks[a].Tag == "JJ" || toks[a].Tag == "RB" || toks[a].Lower == "alleged" || toks[a].Lower == "suspected") {
		a++
	}
	if a < len(toks) && ownersAct(toks[a].Lower) {
		return c.group(st, m)
	}
	return nil
}

// plottedAct reports, at token k after a demonym, a noun of an act its
// state did or plotted: one of [plotted acts] or an owner's act
// (ownersAct), after at most one more noun ("Russian sabotage plot",
// "Iranian plot", "Chinese hacking campaign").
func (c *Coder) plottedAct(toks []dyad.Token, k int) bool {
	for n := 0; n < 2 && k < len(toks); n, k = n+1, k+1 {
		if w := toks[k].Lower; c.words.plottedActs[w] || ownersAct(w) {
			return true
		}
		if toks[k].Tag != "NN" && toks[k].Tag != "NNS" {
			return false
		}
	}
	return false
}

// warCrimes reports "war crimes" or "crimes" at token k: what a demonym
// before it ("Russian war crimes") says its state's forces did.
func warCrimes(toks []dyad.Token, k int) bool {
	if k < len(toks) && toks[k].Lower == "war" {
		k++
	}
	return k < len(toks) && (toks[k].Lower == "crimes" || toks[k].Lower == "atrocities")
}

// ownersAct reports a noun for an act its possessor did: "Russia's
// attack", "Iran's crackdown", "Belarus's use of migrants".
func ownersAct(w string) bool {
	switch w {
	case "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "shelling", "bombing", "bombings", "raid", "raids",
		"incursion", "crackdown", "abuses", "abuse", "treatment", "mistreatment", "use", "handling", "conduct", "actions",
		"interference", "meddling", "role", "response", "campaign", "offensive", "operation", "operations", "repression", "persecution":
		return true
	}
	return false
}
