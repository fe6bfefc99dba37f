package events

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// compassPoint reports a lower-case compass point (a noun, not the
// "-ern" adjective) before a state's name that makes the name a part of
// the state, a place: "south-west Turkey", "north-east Nigeria",
// "far-west China", "east Ukraine" (compassWord reads the adjectives
// and the unhyphened "northwest").
func compassPoint(w string) bool {
	w = strings.TrimPrefix(w, "far-")
	switch strings.ReplaceAll(w, "-", "") {
	case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest":
		return true
	}
	return false
}

// homeBodyPlace returns the state of a place the sentence names for a
// bare "the authorities", "the police" or "the court" (a body that acts
// at home: COP, JUD) when the story's own state would otherwise be
// taken: a place in the body's own clause, else one before it ("He was
// on holiday in south-west Turkey when the authorities arrested him" is
// Turkey's, in a story about a Briton). It returns "" when the sentence
// names no such place, or the body is of another kind (a government or
// army acts abroad too: "the government sent aid to flood victims in
// Pakistan").
func (c *Coder) homeBodyPlace(st *sentence, m actors.Mention) string {
	if !hasSector(m, "COP", "JUD") && st.toks[m.End-1].Lower != "authorities" {
		return ""
	}
	lo, hi := clauseBounds(st.toks, m.Start)
	if p := c.placeCountryIn(st, lo, hi); p != "" {
		return p
	}
	return c.placeCountryIn(st, 0, m.Start)
}

// jurisdictionCountry returns the state of a place named right before an
// official's mention m, as its jurisdiction, optionally with "state",
// "regional", "provincial", "province", "county", "city" or "municipal"
// between: "Borno state governor Babagana Zulum" (NGA), "Kharkiv regional
// governor" (UKR, whatever state the sentence accuses), "Sindh police",
// "Texas Governor Greg Abbott" (USA). Only officials, courts, police and
// legislators (GOV, COP, JUD, LEG) are placed so; it returns "" when no
// place the gazetteer knows ends right before them.
func (c *Coder) jurisdictionCountry(st *sentence, m actors.Mention) string {
	if !hasSector(m, "GOV", "COP", "JUD", "LEG") {
		return ""
	}
	k := m.Start
	if k > 0 && jurisdictionWord(st.toks[k-1].Lower) {
		k--
	}
	for j := max(0, k-3); j < k; j++ {
		if p, n, ok := c.placeAt(st, j, k, 3); ok && j+n == k {
			return p.Country
		}
	}
	return ""
}

// jurisdictionWord reports a word between a sub-national place and its
// official: "Borno state governor", "Kharkiv regional governor".
func jurisdictionWord(w string) bool {
	switch w {
	case "state", "regional", "provincial", "province", "county", "city", "municipal":
		return true
	}
	return false
}

// topicModifier reports a state named only as the name of a war or
// conflict, a topic the story is about rather than where it happens or
// who acts in it: "a protest against the Iraq war", "veterans of the
// Vietnam war", "campaigners against the Syria conflict". Such a state
// does not count as the story's for later bodies ("Three Appeal Court
// judges dismissed their appeal" in a British story about an anti-war
// protest are not Iraq's).
func topicModifier(toks []dyad.Token, m actors.Mention) bool {
	if !m.Modifier || m.End >= len(toks) {
		return false
	}
	switch toks[m.End].Lower {
	case "war", "wars", "conflict", "invasion":
		return true
	}
	return false
}

// bareCommunity reports a community or diaspora named by no state of its
// own ("communities who have not come to terms", "the Kurdish community",
// "the community held a vigil"): a people's community is an actor only
// with its state's name or adjective, which the matcher joins to it ("the
// Pakistani community in Manchester" PAKCVL).
func bareCommunity(toks []dyad.Token, m actors.Mention) bool {
	switch toks[m.End-1].Lower {
	case "community", "communities", "diaspora":
		return m.Unresolved
	}
	return false
}

// proposalOwner gives a rejection (root 12) of "its" or "their" call,
// offer, proposal, plan, demand or request the owner of that proposal as
// target when the scan found none: the nearest actor before the verb
// that is not its source, else the first actor of the sentence before
// when it is another state or organisation ("The UN is demanding an immediate ceasefire. Russia
// has dismissed its call": RUS 120 IGOUNO; one rejects another's call,
// never one's own).
func (c *Coder) proposalOwner(st *sentence, h *verbHit) {
	if len(h.target) > 0 || len(h.source) == 0 || cameo.Root(h.code) != "12" {
		return
	}
	toks := st.toks
	k := -1
	for j := h.head + 1; j+1 < len(toks) && j <= h.end+1; j++ {
		if w := toks[j].Lower; (w == "its" || w == "their") && proposalNoun(toks[j+1].Lower) {
			k = j
			break
		}
	}
	if k < 0 {
		return
	}
	if r := referentBefore(st, h, k, func(actors.Mention) bool { return true }); len(r) > 0 {
		h.target = r
		return
	}
	if p := st.prevFirst; p != nil && !p.Person && p.Code != "" && p.Code != h.source[0].Code && (p.Country == "" || p.Country != h.source[0].Country) {
		h.target = []actors.Mention{referent(*p, st, k, k+2)}
	}
}

// proposalNoun reports nouns of what one party puts to another and the
// other may reject: "its call", "their offer".
func proposalNoun(w string) bool {
	switch w {
	case "call", "calls", "offer", "offers", "proposal", "proposals", "plan", "demand", "demands", "request", "requests", "appeal", "ultimatum", "overtures":
		return true
	}
	return false
}

// firstActor returns a copy of the first mention of ms that is an actor
// (no modifier, no place, resolved), nil when there is none.
func firstActor(ms []actors.Mention) *actors.Mention {
	for _, m := range ms {
		if !m.Modifier && !m.Place && !m.Unresolved && m.Code != "" {
			return &m
		}
	}
	return nil
}

// responseClause reports "it" at token i after a subordinator ("after",
// "when", "because", "since") and before an act of its own, so that "it"
// names whom the main clause acts on, as after "if" (conditionObject):
// "The Security Council imposed sanctions on North Korea after it staged
// missile launches", "NATO warned Russia when it massed troops". A
// passive after the pronoun ("after it was attacked") or a verb of
// saying or judging ("after it blamed Russian intelligence", the
// subject's own reason) is left to the subject.
func responseClause(toks []dyad.Token, i int) bool {
	switch toks[i-1].Lower {
	case "after", "when", "because", "since":
	default:
		return false
	}
	if i+1 >= len(toks) || passiveAfter(toks, i) {
		return false
	}
	v := toks[i+1]
	if !strings.HasPrefix(v.Tag, "VB") {
		return false
	}
	switch v.Lemma {
	case "blame", "accuse", "say", "claim", "announce", "conclude", "find", "determine", "decide", "learn", "discover", "receive", "vote":
		return false
	}
	return true
}
