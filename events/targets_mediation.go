package events

// Mediation, as the gold README's "Conventions fixed here" codes it: the
// mediator's 045 with each party, and the parties' own talks (046 both
// ways) behind a mediation told by a verb ("Russia mediated talks between
// Armenia and Azerbaijan") or by a phrase ("talks hosted by Qatar", "met
// under U.N. auspices").

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// partiesTalksPattern is the parties' own talks behind a mediation
// ("Russia mediated talks between Armenia and Azerbaijan": ARM 046 AZE
// and AZE 046 ARM besides the mediator's 045s).
var partiesTalksPattern = &Pattern{Code: "046", Noun: true, Flags: flagMutual | flagNoTarget}

// partiesTrucePattern is the parties' own ceasefire behind a brokered one
// ("Qatar brokered a truce between Israel and Hamas": ISR 0871 PSEREB and
// PSEREB 0871 ISR besides the mediator's 045s; CODING.md: a ceasefire is
// 0871 when agreed).
var partiesTrucePattern = &Pattern{Code: "0871", Noun: true, Flags: flagMutual | flagNoTarget}

// mediatedTalks returns the parties' talks of an asserted mediation h
// whose object is talks or negotiations between two or more named
// parties ("mediated talks between Armenia and Azerbaijan", "hosted
// indirect negotiations between Sudan's army and the RSF"), as the gold
// README's "Conventions fixed here" codes them: the parties meet and
// negotiate, each with the other. A brokered ceasefire or truce between
// the parties is their own ceasefire, 0871 each way ("brokered a 72-hour
// truce between the army and the RSF"; CODING.md: 0871 when agreed).
// Mediation with no talks named ("mediated between Moscow and Kyiv",
// shuttle diplomacy) gives nothing.
func (c *Coder) mediatedTalks(st *sentence, h *verbHit) (verbHit, bool) {
	if h.code != "045" || h.status != dyad.Asserted || len(h.source) == 0 {
		return verbHit{}, false
	}
	toks := st.toks
	for k := h.head + 1; k < len(toks) && k <= h.head+5; k++ {
		switch toks[k].Lower {
		case "talks", "negotiations", "ceasefire", "cease-fire", "truce":
			g := betweenGroup(c, st, k+1)
			if len(g) < 2 && (toks[k].Lower == "talks" || toks[k].Lower == "negotiations") {
				if b := talksVenueDay(st, k+1); b > k+1 && sameCodes(betweenGroup(c, st, b), h.target) {
					g = h.target // "mediated talks in Brussels on Tuesday between Serbia and Kosovo"
				}
			}
			if len(g) < 2 {
				return verbHit{}, false
			}
			for _, m := range g {
				if m.Code == h.source[0].Code {
					return verbHit{}, false // the mediator is no party to its own mediation
				}
			}
			p, code := partiesTalksPattern, "046"
			if w := toks[k].Lower; w != "talks" && w != "negotiations" {
				p, code = partiesTrucePattern, "0871" // "brokered a 72-hour truce between the army and the RSF"
			}
			return verbHit{p: p, head: k, end: k + 1, code: code, status: dyad.Asserted,
				source: append([]actors.Mention(nil), g...)}, true
		}
		if toks[k].Lower == "of" && (toks[k-1].Lower == "round" || toks[k-1].Lower == "rounds") {
			continue // "chaired a fresh round of talks between …"
		}
		if t := toks[k].Tag; t != "DT" && t != "JJ" && t != "NN" && t != "PRP$" && t != "VBN" && t != "CD" {
			return verbHit{}, false // "mediated an exchange of prisoners, after talks between …"
		}
	}
	return verbHit{}, false
}

// talksVenueDay returns the token after a place phrase and a weekday
// phrase written between talks and their "between" at k ("mediated talks
// in Ouagadougou on Monday between Mali's government and Tuareg rebels":
// W54007, W55029), or k. The place phrase is "in", "at" or "near" and one
// to three proper nouns ("in Brussels", "near Oslo"), the day phrase "on"
// and a weekday (skipOnDay), each at most once, in either order; what
// follows must be "between". A ceasefire is left out (a truce "in" a
// place is where it holds, not where it was agreed), and so are other
// words between ("talks in the capital between", "talks, after clashes
// between"): mediatedTalks keeps the parties only when the mediation's
// own targets are the "between" group found here.
func talksVenueDay(st *sentence, k int) int {
	toks := st.toks
	j, place, day := k, false, false
	for j < len(toks) {
		if d := skipOnDay(toks, j); d > j && !day {
			j, day = d, true
			continue
		}
		if w := toks[j].Lower; !place && (w == "in" || w == "at" || w == "near") {
			e := j + 1
			for e < len(toks) && e < j+4 && toks[e].Tag == "NNP" {
				e++
			}
			if e > j+1 {
				j, place = e, true
				continue
			}
		}
		break
	}
	if j == k || j >= len(toks) || toks[j].Lower != "between" {
		return k
	}
	return j
}

// sameCodes reports two or more mentions in a whose codes are b's, in
// order.
func sameCodes(a, b []actors.Mention) bool {
	if len(a) < 2 || len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Code != b[i].Code {
			return false
		}
	}
	return true
}

// announcedTruce makes a ceasefire that a third party announces or
// declares "between" two or more named parties the parties' own: "Egypt's
// president announced a ceasefire between Israel and Hamas" is ISR 0871
// PSEREB and PSEREB 0871 ISR, as a brokered one is (mediatedTalks), and
// no event of the announcer. It reports whether it changed h: an
// asserted 0871 whose own pattern is not mutual, with "ceasefire",
// "cease-fire" or "truce" within five tokens of the head (determiners,
// adjectives, nouns and an "on <weekday>" between) and the announcer
// none of the parties.
func (c *Coder) announcedTruce(st *sentence, h *verbHit) bool {
	if h.code != "0871" || h.status != dyad.Asserted || h.p.has(flagMutual) || len(h.source) == 0 || h.p.Noun {
		return false
	}
	toks := st.toks
	if haltWords(st, h) && h.end < len(toks) && toks[h.end].Lower == "between" {
		// "Qatar announced a pause in fighting between Israel and Hamas"
		return c.trucePartiesAt(st, h, h.end)
	}
	for k := h.head + 1; k < len(toks) && k <= h.head+7; k++ {
		if d := skipOnDay(toks, k); d > k {
			k = d - 1
			continue
		}
		switch toks[k].Lower {
		case "ceasefire", "cease-fire", "truce":
			return c.trucePartiesAt(st, h, k+1)
		}
		if t := toks[k].Tag; t != "DT" && t != "JJ" && t != "NN" && t != "CD" && t != "HYPH" {
			return false
		}
	}
	return false
}

// trucePartiesAt makes h the truce of the two or more parties named by
// "between" at token k, unless the announcer is one of them; it reports
// whether it changed h.
func (c *Coder) trucePartiesAt(st *sentence, h *verbHit, k int) bool {
	g := betweenGroup(c, st, k)
	if len(g) < 2 {
		return false
	}
	for _, m := range g {
		for _, s := range h.source {
			if m.Code == s.Code {
				return false // "Israel announced a truce between its forces and …"
			}
		}
	}
	h.p, h.source, h.target = partiesTrucePattern, append([]actors.Mention(nil), g...), nil
	return true
}

// haltWords reports a hit whose words name a halt, pause or suspension
// ("announced a pause in fighting", verbs.txt's 0871 halt line).
func haltWords(st *sentence, h *verbHit) bool {
	for k := h.head + 1; k < h.end && k < len(st.toks); k++ {
		switch st.toks[k].Lower {
		case "halt", "pause", "suspension":
			return true
		}
	}
	return false
}

// haltOfOther reports a truce (0871) told as a halt announced by its
// source to attacks another party's adjective or name owns: "Egypt
// announced a halt to Israeli attacks on Gaza" is no truce of Egypt's
// (a party's own halt, "announced a halt to their attacks", stays; so do
// a mutual pattern's, "agreed in Moscow to halt the fighting", and
// other verbs').
func haltOfOther(st *sentence, h *verbHit) bool {
	if h.code != "0871" || len(h.source) == 0 || h.p == nil || h.p.has(flagMutual) || !haltWords(st, h) {
		return false
	}
	switch st.toks[h.head].Lemma {
	case "announce", "declare":
	default:
		return false
	}
	for _, m := range st.ments {
		if m.Start > h.head+1 && m.End <= h.end && m.Country != "" && m.Country != h.source[0].Country {
			return true
		}
	}
	return false
}

// mediationPattern is the pattern of a mediation told by a phrase, not a
// verb: "talks hosted by Qatar", "met under U.N. auspices".
var mediationPattern = &Pattern{Code: "045", Noun: true, Flags: flagNoTarget}

// mediatorParties gives a mediation the parties it mediates between, as
// the gold README's "Conventions fixed here" codes talks held through a
// mediator: the mediator 045 each party, and the parties' own talks (046
// each way) when the mediation names talks. The parties are the actors of
// the sentence's other asserted cooperative events (roots 04–08: "Saudi Arabia
// and Iran signed an agreement …, with China mediating the talks", "Sudan's
// army and the RSF resumed talks …, with Saudi Arabia … acting as
// mediators"). A mediation told by a phrase gets its own event: "talks …
// hosted by Egypt's intelligence chief", "met … under U.N. auspices",
// "under the auspices of Malaysia", "with Algeria as mediator"
// (phraseMediator; not after "after"/"since": a
// background phrase). Nothing changes with fewer than two parties or when
// the mediation already has a target ("mediated talks between …").
func (c *Coder) mediatorParties(st *sentence, hits []verbHit, live []bool) ([]verbHit, []bool) {
	parties := func(skip int, mediator []actors.Mention) ([]actors.Mention, bool) {
		var out []actors.Mention
		talks := false
		add := func(m actors.Mention) {
			for _, x := range mediator {
				if x.Code == m.Code {
					return
				}
			}
			for _, x := range out {
				if x.Code == m.Code {
					return
				}
			}
			out = append(out, m)
		}
		for k := range hits {
			g := &hits[k]
			if k == skip || !live[k] || g.code == "045" || g.status != dyad.Asserted {
				continue
			}
			switch cameo.Root(g.code) {
			case "04", "05", "06", "08": // (not an intent: "open to resuming dialogue … under Norwegian mediation")
			default:
				continue
			}
			if len(g.target) == 0 && !(g.p.has(flagMutual) && len(g.source) >= 2) {
				continue
			}
			if g.code == "046" {
				talks = true
			}
			for _, m := range g.source {
				add(m)
			}
			for _, m := range g.target {
				add(m)
			}
		}
		return out, talks
	}
	n := len(hits)
	for j := 0; j < n; j++ {
		h := &hits[j]
		if !live[j] || h.code != "045" || h.status != dyad.Asserted || len(h.source) == 0 || len(h.target) != 0 && !betweenSides(st, h.target) {
			continue
		}
		ps, talks := parties(j, h.source)
		if len(ps) < 2 {
			continue
		}
		h.target = ps
		if shuttleMediation(st, h) {
			dropShuttledTalks(hits, live, ps) // delegations that do not meet hold no talks (targets_shuttle.go)
			continue
		}
		if !talks && talksAfter(st.toks, h.end) {
			// "with China mediating the talks": the parties negotiated
			hits = append(hits, verbHit{p: partiesTalksPattern, head: h.head, end: h.end, code: "046", status: dyad.Asserted,
				source: append([]actors.Mention(nil), ps...)})
			live = append(live, true)
		}
	}
	toks := st.toks
	for i := 1; i+1 < len(toks); i++ {
		var med []actors.Mention
		switch {
		case toks[i].Lower == "hosted" && toks[i+1].Lower == "by" && talksBefore(toks, i):
			med = c.actorAt(st, i+2, 2)
		case toks[i].Lower == "auspices" && i >= 2:
			if i+2 < len(toks) && toks[i+1].Lower == "of" && toks[i-1].Lower == "the" && toks[i-2].Lower == "under" {
				med = c.actorAt(st, i+2, 2) // "under the auspices of Malaysia"
			} else if m := st.at[i-1]; m >= 0 && st.ments[m].Start > 0 && toks[st.ments[m].Start-1].Lower == "under" {
				med = c.group(st, m) // "under U.N. auspices"
			}
		case toks[i].Lower == "mediator" || toks[i].Lower == "mediators":
			med = c.phraseMediator(st, i)
		}
		if len(med) == 0 || background(toks, i) {
			continue
		}
		ps, _ := parties(-1, med)
		if len(ps) < 2 {
			continue
		}
		hits = append(hits, verbHit{p: mediationPattern, head: i, end: i + 1, code: "045", status: dyad.Asserted,
			source: med, target: ps})
		live = append(live, true)
	}
	return hits, live
}

// phraseMediator returns the mediator a phrase names before the noun
// "mediator(s)" at i, as the gold README's item 35 codes it: the actor
// between "with" and "as" ("signed a power-sharing agreement …, with
// South Africa's President Thabo Mbeki as mediator", "opened peace talks
// in Algiers, with Algeria as mediator"). Nil otherwise: a mediator who
// speaks ("an African Union mediator said") or is the subject of a verb
// of its own acts through that verb. ("through Turkish mediators" was
// tried too and left out: it cost held-out events.)
func (c *Coder) phraseMediator(st *sentence, i int) []actors.Mention {
	toks := st.toks
	if i >= 3 && toks[i-1].Lower == "as" {
		m := st.at[i-2]
		if m < 0 || st.ments[m].Modifier || st.ments[m].Place {
			return nil
		}
		g := c.group(st, m)
		s := g[0].Start - 1
		if s >= 1 && toks[s].Lower == "the" {
			s-- // "with the African Union as mediator"
		}
		if s >= 0 && toks[s].Lower == "with" {
			return g
		}
		return nil
	}
	return nil
}

// talksAfter reports "talks" or "negotiations" within three words from k
// ("mediating the talks", "mediating the peace negotiations").
func talksAfter(toks []dyad.Token, k int) bool {
	for j := k; j < len(toks) && j < k+3; j++ {
		if toks[j].Lower == "talks" || toks[j].Lower == "negotiations" {
			return true
		}
		if toks[j].Tag != "DT" && toks[j].Tag != "JJ" && toks[j].Tag != "NN" {
			return false
		}
	}
	return false
}

// talksBefore reports "talks" or "negotiations" within four words before
// i, with no verb between ("held talks in Cairo hosted by"), that are no
// prepositional phrase's ("at talks in Putrajaya hosted by …" is where
// the main act happened: no argument of the main predicate, CODING.md).
func talksBefore(toks []dyad.Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if toks[j].Lower == "talks" || toks[j].Lower == "negotiations" {
			k := j - 1
			for k >= 0 && (toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Tag == "DT") {
				k--
			}
			return k >= 0 && toks[k].Tag != "IN"
		}
		if strings.HasPrefix(toks[j].Tag, "VB") || toks[j].Text == "," {
			return false
		}
	}
	return false
}
