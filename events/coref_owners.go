package events

// Owners for coreference: whom "its", "his" and "her" mean before an agent,
// and the state or people an unresolved role mention belongs to.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// possessor returns the actor "its" refers to when m follows it ("its
// inspectors", "its top general"): the nearest actor before m in the
// sentence that is a state or an organisation and not the object of a
// preposition ("vowed revenge against Washington for the killing of its
// top general" is Tehran's). Nil when m has no "its" or nothing fits.
func possessor(toks []dyad.Token, before []actors.Mention, m actors.Mention) *actors.Mention {
	k := m.Start - 1
	for k >= 0 && k >= m.Start-2 && (toks[k].Tag == "JJ" || toks[k].Tag == "NN") && !startsUpperASCII(toks[k].Text) {
		k-- // "its junior foreign minister"
	}
	if k < 0 || toks[k].Lower != "its" {
		return nil
	}
	// "used grenades against its troops", "a cyber attack on its
	// electoral commission": whoever acts against "its" X is not its
	// owner, so the nearest candidate, the act's agent, is passed over
	against := false
	if k > 0 {
		switch toks[k-1].Lower {
		case "against", "on", "at", "toward", "towards", "into", "targeting":
			against = true
		}
	}
	var fallback *actors.Mention
	k0 := k // "its"
	for j := len(before) - 1; j >= 0; j-- {
		r := &before[j]
		if r.End > m.Start || r.Modifier || r.Place || r.Person || r.Unresolved || r.Country == "" && r.Kind != actors.KindOrg {
			continue
		}
		if pluralCommon(toks, *r) {
			// "its" owner is one body, never a plural common noun:
			// "Unknown attackers set fire to a mosque … and beat its
			// imam" is the mosque's imam, not the attackers' (those
			// would be "their"); the imam takes a country as "the
			// imam" would, and is a target, not the source's own
			continue
		}
		if against {
			against = false
			continue
		}
		k := r.Start - 1
		for k >= 0 && (toks[k].Lower == "the" || strings.HasSuffix(toks[k].Lower, "ern") && !startsUpperASCII(toks[k].Text)) {
			k-- // "at northern Israel"
		}
		if k >= 0 && (toks[k].Tag == "IN" || toks[k].Tag == "TO") {
			continue
		}
		// a subject, followed by its verb, wins over an object: "Britain
		// accused China of a cyber attack on its electoral commission"
		if subjectAt(toks, r.End) || infinitiveOwner(toks, r.End, k0) {
			return r // (infinitive_owner.go: "wants the Sudanese government to stop killing its own people")
		}
		if fallback == nil {
			fallback = r
		}
	}
	return fallback
}

// personPossessor returns the person "his" or "her" before the agent m
// refers to: the nearest state office holder named before m in the
// sentence ("Prime Minister Irakli Garibashvili …, accusing his
// government"). Nil when m has no such pronoun or no person fits.
func personPossessor(toks []dyad.Token, before []actors.Mention, m actors.Mention) *actors.Mention {
	k := m.Start - 1
	for k >= 0 && k >= m.Start-2 && (toks[k].Tag == "JJ" || toks[k].Tag == "NN") && !startsUpperASCII(toks[k].Text) {
		k-- // "his own government"
	}
	if k < 0 || toks[k].Lower != "his" && toks[k].Lower != "her" {
		return nil
	}
	for j := len(before) - 1; j >= 0; j-- {
		r := &before[j]
		if r.End <= k && r.Person && !r.Modifier && len(r.Country) == 3 && hasSector(*r, "GOV", "OPP") {
			return r
		}
	}
	return nil
}

// ownedBy returns the unresolved role mention m (a title, "a spokesman")
// resolved to the body n that owns it: a state's role (n's country and
// m's role code) when asState, else n's own code ("a spokesman for the
// Ukrainian air force" → UKRMIL).
func ownedBy(m, n actors.Mention, asState bool, dict *actors.Dictionary) actors.Mention {
	if asState {
		m.Code, m.Country, m.Name = n.Country+m.Code, n.Country, dict.Name(n.Country)
	} else {
		m.Code, m.Country, m.Sectors, m.Name = n.Code, n.Country, n.Sectors, n.Name
	}
	m.Unresolved, m.Kind = false, "coref"
	return m
}

// mentionsFrom returns the mentions of ms starting at token lo or later.
func mentionsFrom(ms []actors.Mention, lo int) []actors.Mention {
	for i, m := range ms {
		if m.Start >= lo {
			return ms[i:]
		}
	}
	return nil
}

// ownPeopleCountry returns the country of the first people mention of a
// sentence so far (civilians, opposition, workers, farmers, students:
// "Lesotho residents", "Israeli protesters"), whose "the government" is
// their own; "" when there is none.
func ownPeopleCountry(ms []actors.Mention) string {
	for _, m := range ms {
		if m.Country != "" && !m.Modifier && !m.Place && hasSector(m, "CVL", "OPP", "LAB", "AGR", "EDU") {
			return m.Country
		}
	}
	return ""
}

// ownStateCountry returns the country of the first state body (a
// government, police, court or legislature, or a person who holds such an
// office) among after that starts before token before, when every state
// named in all is that one (places too, unless ignorePlaces); ""
// otherwise.
func ownStateCountry(after, all []actors.Mention, before int, ignorePlaces bool) string {
	country := ""
	for _, m := range after {
		if m.Start >= before {
			break
		}
		if m.Country != "" && !m.Modifier && !m.Place && hasSector(m, "GOV", "COP", "JUD", "LEG") {
			country = m.Country
			break
		}
	}
	if country == "" {
		return ""
	}
	for _, m := range all {
		if m.Country != "" && m.Country != country && !m.Unresolved && !(ignorePlaces && m.Place) {
			return ""
		}
	}
	return country
}

// ownWeapon reports a plural weapon noun an owner's "its" may precede
// ("its drones", "its warplanes").
func ownWeapon(w string) bool {
	switch w {
	case "drones", "missiles", "rockets", "warplanes", "jets", "warships", "gunboats":
		return true
	}
	return false
}

// pluralCommon reports a mention ending in a lowercase plural common noun
// ("attackers", "Israeli troops", "the rebels"): what "their", not "its",
// refers to. Names of states and bodies ("the United States", "the
// Philippines") are not common nouns.
func pluralCommon(toks []dyad.Token, r actors.Mention) bool {
	t := toks[r.End-1]
	return t.Tag == "NNS" && !startsUpperASCII(t.Text)
}
