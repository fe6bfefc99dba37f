package events

// The named victim over the place. An attack, killing or arrest whose
// target the coder took from a place phrase ("killed by a U.S. drone
// strike in Kabul", "an Israeli air strike on Beirut's southern suburbs",
// "a U.S. strike at Baghdad airport killed …") targets instead the person
// or organisation the sentence names as the one killed or taken
// (fallenVictim), with the role held on the day it fell (deadroles.go),
// a transnational group's leader (IMG codes, no country) too,
// as the gold sets code the killings of named leaders
// (dev10-wire W10040 IMGMOSALQ, W10338 IRNMIL, W10497 LBNREB, dev9-wire
// W90467 IRQREB, dev8-wire B0073, dev3-actors d3a072). A place stays the
// target when no victim is named ("killed 20 people in Gaza"), and when
// the named person was only there ("struck near a motorcade carrying
// Zelenskiy in Odesa": no victim of the strike).

import (
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// fallenTargets gives an act of force or coercion (roots 17–20) the
// leader it fell on: its one target, a place (placeTarget), gives way to
// the sentence's named victim of the act's kind (fallenVictim: for roots
// 18–20 a person or group killed or wounded, for root 17 one captured or
// arrested) that carries a role or a group's code, or would on the day it
// fell (roleAtFall), and is no source of h; then each target that is a
// fallen leader coded as the bare country takes the role (roleAtFall).
// An unknown name, or a leader out of office before, adds nothing to the
// place.
func (c *Coder) fallenTargets(ctx *articleCtx, st *sentence, h *verbHit) {
	want := fallNone
	switch cameo.Root(h.code) {
	case "18", "19", "20":
		want = fallKilled
	case "17":
		want = fallCaptive
	default:
		return
	}
	if len(h.target) == 1 && len(h.source) > 0 && placeTarget(st, h.target[0]) {
		for _, m := range st.ments {
			if m.Place || m.Modifier || m.Code == "" || !(m.Person || m.Kind == actors.KindOrg) {
				continue
			}
			if sameSpan(m, h.source[0]) || m.Start >= h.target[0].Start && m.End <= h.target[0].End || st.words.fallenVictim(st.toks, m) != want {
				continue
			}
			if m.Code == m.Country {
				var ok bool
				if m, ok = c.roleAtFall(st, m, ctx.pub, ctx.pubDate); !ok {
					continue
				}
			}
			h.target = []actors.Mention{m}
			break
		}
	}
	for i, t := range h.target {
		if n, ok := c.roleAtFall(st, t, ctx.pub, ctx.pubDate); ok {
			if i == 0 {
				h.target = append([]actors.Mention(nil), h.target...)
			}
			h.target[i] = n
		}
	}
}

// placeTarget reports a target that is a place, not a party: a bare
// country code taken from a place phrase (the coder's place mentions, a
// capital or city, or a country after a locative preposition: "in
// Kabul", "on Beirut's southern suburbs", "at Baghdad airport").
func placeTarget(st *sentence, t actors.Mention) bool {
	if t.Code != t.Country || len(t.Sectors) != 0 || t.Person {
		return false
	}
	if t.Place || t.Kind == "place" || t.Kind == actors.KindCapital {
		return true
	}
	if t.Start > 0 && t.Start <= len(st.toks) {
		switch st.toks[t.Start-1].Lower {
		case "in", "at", "on", "near", "inside", "outside", "of":
			return true
		}
	}
	return false
}

// sameSpan reports two mentions of the same words.
func sameSpan(a, b actors.Mention) bool { return a.Start == b.Start && a.End == b.End }
