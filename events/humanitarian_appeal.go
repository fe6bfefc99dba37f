package events

// Appeals for aid in a humanitarian need. "Appealed for aid", "asked for
// help" and a bare "appealed for $300 million" are coded as an appeal for
// material aid (023) or a bare appeal (020); CAMEO 1.1b3 codes the appeal
// for humanitarian aid apart (0233), and the gold sets code it so when the
// sentence tells a humanitarian need: a disaster, famine, refugees, food
// ("Ecuador appealed for international help after a magnitude 7.8
// earthquake", "the World Food Programme appealed on Monday for $230
// million to keep feeding nearly two million refugees"). An appeal for
// military, economic or financial aid has its own pattern and code (0232,
// 0231) and is left alone.

import "github.com/dyad-events/dyad"

// humanitarianAppeal recodes appeal hit h (020 or 023 of "appeal", "ask",
// "plead" or "call") to 0233 when a "for" within eight tokens after its
// head is followed, within six tokens, by one of [appealed aid words] and
// the sentence has one of [humanitarian need words] (data/words.txt).
func (c *Coder) humanitarianAppeal(st *sentence, h *verbHit) {
	if h.code != "020" && h.code != "023" {
		return
	}
	toks := st.toks
	switch toks[h.head].Lemma {
	case "appeal", "ask", "plead", "call":
	default:
		return
	}
	if !c.aidAsked(toks, h.head) {
		return
	}
	for _, t := range toks {
		if c.words.humanitarianNeeds[t.Lower] {
			h.code = "0233"
			return
		}
	}
}

// aidAsked reports a "for" within eight tokens after the appeal's head at
// i, no clause break before it, followed within six tokens by one of
// [appealed aid words].
func (c *Coder) aidAsked(toks []dyad.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+8; k++ {
		switch toks[k].Lower {
		case ",", ";", ":", "to", "that":
			return false
		case "for":
			for j := k + 1; j < len(toks) && j <= k+6; j++ {
				if c.words.appealedAid[toks[j].Lower] {
					return true
				}
				if toks[j].Lower == "," || toks[j].Lower == "to" {
					return false
				}
			}
			return false
		}
	}
	return false
}
