package events

// An unnamed force or police struck by gunmen or people of one people
// ("Palestinian gunmen opened fire on an army patrol", "The Palestinians
// threw two grenades at soldiers and border police"): the forces of the
// state the story told of acting, when that is another state, not the
// attackers' own people's, which the first actor before would give.

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// attackedForce resolves an unnamed force or police (one sector, no
// owner word, no title) that the nearest actor before it strikes: that
// actor is unidentified armed men, civilians or a people (UAF, CVL, or a
// bare country; no rebels), "at", "on" or "against" opens the force's phrase (past
// articles, adjectives and numbers), and the story told of another
// state's forces acting (or named them last): those forces' state. A
// force after "and" right after one so struck shares its state
// ("soldiers and border police").
func (u *unknownAgent) attackedForce() agentVerdict {
	ctx, st, out := u.ctx, u.st, u.out
	toks := st.toks
	if u.country != "" || u.titled || !hasSector(u.m, "MIL", "COP") || len(u.m.Sectors) != 1 || u.m.Start < 2 || toks[u.m.Start-1].Tag == "PRP$" {
		return agentNext
	}
	n := len(out)
	for n > 0 && (out[n-1].Country == "" || out[n-1].Modifier || out[n-1].Place || out[n-1].End > u.m.Start) {
		n--
	}
	if n == 0 {
		return agentNext
	}
	if k := phraseOpener(toks, u.m.Start, out[n-1].End); toks[k].Lower == "and" && k == out[n-1].End && n >= 2 && hasSector(out[n-1], "MIL", "COP") &&
		struckBy(toks, out[n-1], out[n-2]) {
		u.country = out[n-1].Country // "at soldiers and border police"
		return agentNext
	}
	by := out[n-1]
	if !struckBy(toks, u.m, by) {
		return agentNext
	}
	f, ok := ctx.names[actingMilKey]
	if !ok {
		f, ok = ctx.names[lastMilKey]
	}
	if ok && f.Country != "" && f.Country != by.Country {
		u.country = f.Country
	}
	return agentNext
}

// phraseOpener returns the token before the noun phrase starting at
// start, past articles, adjectives and numbers, not before from.
func phraseOpener(toks []dyad.Token, start, from int) int {
	k := start - 1
	for k > from && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "CD") {
		k--
	}
	return k
}

// struckBy reports the force m as struck by by: by is unidentified armed
// men, civilians or a people (UAF, CVL, or a bare country) before m, and
// "at", "on" or "against" opens m's phrase. Rebels strike their own
// state's forces ("Taliban fighters opened fire on an army patrol" are
// AFGMIL's attackers, whichever foreign troops the story told of).
func struckBy(toks []dyad.Token, m, by actors.Mention) bool {
	if by.End > m.Start || hasSector(by, "REB") || !(hasSector(by, "UAF", "CVL") || len(by.Sectors) == 0 && by.Kind == actors.KindCountry) {
		return false
	}
	switch toks[phraseOpener(toks, m.Start, by.End)].Lower {
	case "at", "on", "against":
		return true
	}
	return false
}
