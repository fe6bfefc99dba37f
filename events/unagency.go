package events

// A UN agency named again by a description: "UNHCR warned of a new
// exodus. The U.N. agency criticised Chad …", "The agency's spokesman
// accused …". The description names the UN (IGOUNO) or nothing; the story
// named which agency before, and the agency is whom it refers to
// (igos.txt gives the agency's code: IGOUNOHCR, IGOUNOWFP, IGOUNOIAE …).

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// lastUNAgency returns the UN agency the story named last, when the last
// intergovernmental body it named is one (a code of nine letters under
// IGOUNO: IGOUNOHCR, not the UN itself nor NATO).
func (ctx *articleCtx) lastUNAgency() (actors.Mention, bool) {
	m, ok := ctx.names[lastIGOKey]
	if !ok || !unAgencyCode(m.Code) {
		return actors.Mention{}, false
	}
	return m, true
}

// unAgencyCode reports a UN agency's code (IGOUNO and a three-letter
// agency: IGOUNOHCR, IGOUNOWFP).
func unAgencyCode(code string) bool {
	return len(code) == len("IGOUNOHCR") && strings.HasPrefix(code, "IGOUNO")
}

// unAgencyAgain recodes m as the UN agency the story named last when m
// names that agency by description: the UN right before "agency" ("the
// U.N. agency", its span then taking in "agency"), or an agent owned by
// "the agency's" or "the U.N. agency's" ("the agency's spokesman", "the
// U.N. agency's officials"); ok is false, and m is returned as it is, for
// any other mention or when the last international body the story named
// is no UN agency (a news agency is named by its own name).
func unAgencyAgain(ctx *articleCtx, st *sentence, m actors.Mention) (actors.Mention, bool) {
	if m.Modifier || m.Place || m.Person {
		return m, false
	}
	a, ok := ctx.lastUNAgency()
	if !ok {
		return m, false // no UN agency named before: every case below keeps m
	}
	toks := st.toks
	switch {
	case m.Code == "IGOUNO" && m.End > m.Start && toks[m.End-1].Lower == "agency":
		return recodeAgency(m, a), true // the matcher took "agency" in
	case m.Code == "IGOUNO" && m.End < len(toks) && toks[m.End].Lower == "agency":
		m.End++
		m.Span[1] = toks[m.End-1].End
		m.Text = st.s.Text[m.Span[0]:m.Span[1]]
		return recodeAgency(m, a), true
	case agencyOwner(toks, m) && (m.Code == "IGOUNO" || m.Kind == actors.KindAgent || m.Kind == "coref" || m.Unresolved):
		if k := m.Start - 1; k >= 2 && isPossTok(toks[k]) && toks[k-2].Lower == "the" {
			m.Start = k - 2 // "the agency's spokesman" is one phrase
			m.Span[0] = toks[m.Start].Start
			m.Text = st.s.Text[m.Span[0]:m.Span[1]]
		}
		return recodeAgency(m, a), true
	}
	return m, false
}

// agencyOwner reports "agency" and a possessive inside m or right before
// it: "the agency's spokesman", "the U.N. agency's officials".
func agencyOwner(toks []dyad.Token, m actors.Mention) bool {
	for k := max(m.Start-2, 0); k+1 < m.End && k+1 < len(toks); k++ {
		if toks[k].Lower == "agency" && isPossTok(toks[k+1]) {
			return true
		}
	}
	return false
}

// recodeAgency gives m the code of the agency a, as a resolved reference.
func recodeAgency(m, a actors.Mention) actors.Mention {
	m.Code, m.Country, m.Sectors, m.Name = a.Code, a.Country, a.Sectors, a.Name
	m.Unresolved, m.Kind = false, "coref"
	return m
}
