package events

// A capital in a noun compound before a noun of talks or accords names
// where the talks were held or the accord was signed, not a party to them:
// "walked out of the Doha negotiations", "the Madrid peace talks", "the
// Oslo accords", "last week's Geneva nuclear talks". CODING.md: "A country
// mentioned as an object or a place ('talks in Geneva') is not an actor";
// the compound says "talks in Geneva" in fewer words. A capital as the
// subject ("Moscow rejected the talks") or in a possessive ("Doha's
// mediation") stands for its state as before.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// venuePlaceCompound reports a capital mention m followed by a noun of
// [place-named talks] (tagged as a noun), up to two words of [talks
// modifiers] between ("the Madrid peace talks", "the Geneva nuclear
// talks"), the capital opening the sentence or standing after a
// determiner, a possessive, a preposition or a verb ("attended Geneva
// talks", not a verb's indirect object: "told Beijing talks would
// resume"): the venue of the talks.
func (v *vocab) venuePlaceCompound(toks []dyad.Token, m *actors.Mention) bool {
	if m.Kind != actors.KindCapital || m.Seat || m.Possessive || m.End >= len(toks) {
		return false
	}
	k := m.End
	for n := 0; n < 2 && k < len(toks) && v.talksModifiers[toks[k].Lower]; n++ {
		k++
	}
	if k >= len(toks) || !v.placedTalks[toks[k].Lower] || !strings.HasPrefix(toks[k].Tag, "NN") {
		return false
	}
	if m.Start == 0 {
		return true
	}
	p := toks[m.Start-1]
	switch {
	case p.Tag == "DT" || p.Tag == "POS" || p.Tag == "IN" || p.Tag == "TO":
		return true
	case strings.HasPrefix(p.Tag, "VB"):
		// "attended Geneva talks"; not a verb's indirect object ("told
		// Beijing talks would resume")
		switch p.Lemma {
		case "tell", "urge", "ask", "warn", "press", "give", "offer", "send", "promise", "assure", "remind", "invite", "inform":
			return false
		}
		return true
	}
	switch p.Lower {
	case "last", "latest", "next", "recent", "failed", "stalled", "upcoming":
		return true
	}
	return false
}

// venueTargets drops from h's targets a capital naming the venue of talks
// (venuePlaceCompound): "Ethiopia walked out of the Washington talks"
// has no target, not USA. A target named elsewhere stays.
func venueTargets(st *sentence, h *verbHit) {
	out := h.target[:0:0]
	for _, t := range h.target {
		if t.Start >= 0 && t.End <= len(st.toks) && st.words.venuePlaceCompound(st.toks, &t) {
			continue
		}
		out = append(out, t)
	}
	if len(out) < len(h.target) {
		h.target = out
	}
}
