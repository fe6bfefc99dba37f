package events

import "github.com/dyad-events/dyad/actors"

// whoseOwner resolves an agent after a relative "whose" to the actor the
// relative refers to, the one ending right before "whose" or its comma:
// "imposed sanctions on Hezbollah, whose fighters attacked Israeli troops"
// are Hezbollah's fighters (LBNREB), not the subject's state's; "Nigeria,
// whose troops crossed the border" NGAMIL. A group (kind org) gives its
// own code, as "its fighters" does (groupOwner); a state gives its country
// to the agent's role. CODING.md: non-state groups take their own code.
func (u *unknownAgent) whoseOwner() agentVerdict {
	st, out := u.st, u.out
	toks := st.toks
	k := u.m.Start - 1
	for k >= 0 && k >= u.m.Start-2 && toks[k].Tag == "JJ" {
		k-- // "whose heavily armed fighters"
	}
	if k < 1 || toks[k].Lower != "whose" || u.titled || u.country != "" {
		return agentNext
	}
	end := k
	if toks[end-1].Text == "," {
		end--
	}
	for j := len(out) - 1; j >= 0; j-- {
		r := out[j]
		if r.End > end {
			continue
		}
		if r.End < end || r.Modifier || r.Place || r.Person || r.Unresolved {
			return agentNext
		}
		switch {
		case r.Kind == actors.KindOrg && (r.Country != "" || len(r.Sectors) > 0 || r.Code != ""):
			u.m.Code, u.m.Country, u.m.Sectors, u.m.Name = r.Code, r.Country, r.Sectors, r.Name
			u.m.Unresolved, u.m.Kind = false, "coref"
			return agentEmit
		case r.Kind == actors.KindCountry && r.Country != "":
			u.country = r.Country
		}
		return agentNext
	}
	return agentNext
}
