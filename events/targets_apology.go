package events

// Apology victims: whom an apology (055) is made to when no addressee is
// named but the wrong apologised for tells its victims with "against" or
// "targeting": "apologised on Tuesday for the excessive use of force by
// police against environmental protesters" TURGOV 055 TURCVL, "for crimes
// committed by Serbs against Croats" SRBGOV 055 HRV, "for dawn raids
// targeting Pacific Islanders" NZLGOV 055 NZLREF (gold sets: the wronged
// party is the target). The phrase is read from the "for" or "over" after
// the verb to a semicolon or a clause break; an addressee named with "to"
// is found before this and stays.

import (
	"github.com/dyad-events/dyad/actors"
)

// apologyVictims returns the actors after "against" or "targeting" in the
// "for"/"over" phrase that follows apology h (code 055) when h has no
// target; nil when there is none, when the victims are h's source's own
// exact code, or when h is passive.
func (c *Coder) apologyVictims(st *sentence, h *verbHit) []actors.Mention {
	if h.code != "055" || len(h.target) != 0 || h.passive || len(h.source) == 0 {
		return nil
	}
	toks := st.toks
	k := h.end
	for k < len(toks) && k < h.end+8 && toks[k].Lower != "for" && toks[k].Lower != "over" {
		if isClauseBreak(toks, k) || toks[k].Text == "," {
			return nil
		}
		k++
	}
	if k >= len(toks) || toks[k].Lower != "for" && toks[k].Lower != "over" {
		return nil
	}
	for j := k + 1; j+1 < len(toks) && j < k+20; j++ {
		if isClauseBreak(toks, j) || toks[j].Text == "," || finite(toks[j].Tag) || toks[j].Tag == "MD" {
			return nil
		}
		if toks[j].Lower != "against" && toks[j].Lower != "targeting" {
			continue
		}
		a := j + 1
		for a < len(toks) && a < j+4 && st.at[a] < 0 && (toks[a].Tag == "DT" || toks[a].Tag == "JJ" || toks[a].Tag == "CD" || toks[a].Tag == "NN") {
			a++ // "against environmental protesters"
		}
		if a >= len(toks) || st.at[a] < 0 {
			return nil
		}
		m := st.ments[st.at[a]]
		if m.Place || m.Country == "" || m.Code == h.source[0].Code {
			return nil
		}
		return c.group(st, st.at[a])
	}
	return nil
}
