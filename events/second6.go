package events

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

// mediatedTalks returns the parties' talks of an asserted mediation h
// whose object is talks or negotiations between two or more named
// parties ("mediated talks between Armenia and Azerbaijan", "hosted
// indirect negotiations between Sudan's army and the RSF"), as the gold
// README's "Conventions fixed here" codes them: the parties meet and
// negotiate, each with the other. Mediation with no talks named
// ("mediated between Moscow and Kyiv", shuttle diplomacy) gives nothing.
func (c *Coder) mediatedTalks(st *sentence, h *verbHit) (verbHit, bool) {
	if h.code != "045" || h.status != dyad.Asserted || len(h.source) == 0 {
		return verbHit{}, false
	}
	toks := st.toks
	for k := h.head + 1; k < len(toks) && k <= h.head+5; k++ {
		switch toks[k].Lower {
		case "talks", "negotiations":
			g := betweenGroup(c, st, k+1)
			if len(g) < 2 {
				return verbHit{}, false
			}
			for _, m := range g {
				if m.Code == h.source[0].Code {
					return verbHit{}, false // the mediator is no party to its own mediation
				}
			}
			return verbHit{p: partiesTalksPattern, head: k, end: k + 1, code: "046", status: dyad.Asserted,
				source: append([]actors.Mention(nil), g...)}, true
		}
		if t := toks[k].Tag; t != "DT" && t != "JJ" && t != "NN" && t != "PRP$" && t != "VBN" {
			return verbHit{}, false // "mediated an exchange of prisoners, after talks between …"
		}
	}
	return verbHit{}, false
}

// allegedForce reports an act of force (roots 18–20) that an accusation
// alleges in a gerund ("Washington accused Iran of attacking two oil
// tankers"): the accusation makes it an event even when the text names no
// one it was aimed at (CODING.md: "X accused Y of Z" is X 112 Y plus Y Z,
// alleged; the gold sets code such an act with target null). Nouns and
// infinitives in the scope ("of planning a chemical weapons attack", "of
// sending troops to fight for Russia") are not the act alleged.
func allegedForce(st *sentence, h *verbHit) bool {
	if h.status != dyad.Alleged || len(h.accuser) == 0 || len(h.source) == 0 || h.p.Noun ||
		st.toks[h.head].Tag != "VBG" || !gerundOf(st.toks, h.head) {
		return false
	}
	switch cameo.Root(h.code) {
	case "18", "20":
		return true
	case "19":
		// (not a blockade or an occupation, whose object is named: "of
		// blocking progress" is figurative)
		return !strings.HasPrefix(h.code, "191") && !strings.HasPrefix(h.code, "192")
	}
	return false
}

// allegedFacility gives an alleged act of force with no target (see
// allegedForce) the country of the facility it hit: "Putin accused
// Ukraine of attacking the Kursk nuclear power plant" is UKR 190 RUS.
// (refine leaves facilities of alleged acts alone for the sides that
// accuse each other of shelling a plant; h.accuser is unset there.)
func (c *Coder) allegedFacility(st *sentence, h *verbHit) {
	if len(h.target) != 0 || !allegedForce(st, h) {
		return
	}
	if m := c.facilityPlace(st, h.end); m != nil && m.Country != h.source[0].Country {
		h.target = []actors.Mention{*m}
	}
}

// verbParticle reports the particle of a phrasal verb at k, right after
// its verb: "handed over", "carried out", "shut down", "rounded up".
func verbParticle(toks []dyad.Token, k int) bool {
	if k == 0 || !strings.HasPrefix(toks[k-1].Tag, "VB") {
		return false
	}
	if toks[k].Tag == "RP" {
		return true
	}
	switch toks[k].Lower {
	case "over", "out", "up", "down", "off", "back":
		return true
	}
	return false
}

// twoParties returns the two parties that a subject "the two leaders",
// "both sides", "the two countries" ending at token j refers to: the
// source and target of the last earlier act of the sentence, or its two
// sources ("Brazil's president held talks with his Chinese counterpart
// and the two leaders signed a dozen trade agreements": both sign, each
// with the other). Nil when j ends no such phrase or no earlier act has
// exactly two parties, or when the verb at i restates that act with the
// same root (the call "the two men discussed").
func (c *Coder) twoParties(st *sentence, i, j int) []actors.Mention {
	toks := st.toks
	if j < 1 || st.at[j] >= 0 {
		return nil
	}
	switch toks[j].Lower {
	case "leaders", "sides", "countries", "nations", "men", "women", "ministers", "presidents", "governments",
		"delegations", "neighbours", "neighbors", "states", "allies", "rivals", "heads":
	default:
		return nil
	}
	k := j - 1
	if toks[k].Tag == "JJ" && k > 0 && toks[k].Lower != "two" {
		k-- // "the two foreign ministers"
	}
	switch {
	case toks[k].Lower == "both":
	case toks[k].Lower == "two" && k > 0 && toks[k-1].Lower == "the":
	default:
		return nil
	}
	for g := len(st.hits) - 1; g >= 0; g-- {
		h := st.hits[g]
		if h.head >= k || len(h.source) == 0 {
			continue
		}
		var pair []actors.Mention
		switch {
		case len(h.source) == 2 && len(h.target) == 0:
			pair = []actors.Mention{h.source[0], h.source[1]}
		case len(h.source) == 1 && len(h.target) == 1:
			pair = []actors.Mention{h.source[0], h.target[0]}
		default:
			return nil
		}
		if pair[0].Code == pair[1].Code || pair[0].Modifier || pair[1].Modifier {
			return nil
		}
		for _, cur := range st.hits {
			if cur.head == i && cameo.Root(cur.code) == cameo.Root(h.code) {
				return nil // "spoke by phone, and the two men discussed the war": the same call
			}
		}
		return pair
	}
	return nil
}

// protestParticiple reports a protest participle right after the actor
// it tells the act of ("fired tear gas at opposition supporters marching
// in Mombasa", "at students protesting against power cuts"): unlike other
// participles after an object (objectParticiple: "support rebel forces
// opposing the regime"), the crowd's march is an event of its own, as the
// gold sets code it (ev0627, ev0633, d4t003, d5p036; d20112 alone leaves
// it out).
func protestParticiple(st *sentence, h *verbHit) bool {
	return protestersDoing(st, h) != nil
}

// protestersDoing returns the actor a protest participle (root 14) right
// after it marches or protests (see protestParticiple), or nil.
func protestersDoing(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	if toks[h.head].Tag != "VBG" || h.p.Noun || cameo.Root(h.code) != "14" || h.head == 0 {
		return nil
	}
	m := st.at[h.head-1]
	if m < 0 || st.ments[m].End != h.head || st.ments[m].Modifier || st.ments[m].Place {
		return nil
	}
	return []actors.Mention{st.ments[m]}
}

// insideState reports a state named right after "inside" at token k, as
// where an attack struck: "struck deep inside Russia", "drone attacks
// inside Russian territory" hit that state, which is not an actor there.
func insideState(st *sentence, k int) bool {
	m := st.ments[st.at[k]]
	if k == 0 || m.Start != k || st.toks[k-1].Lower != "inside" || m.Country == "" || m.Person || len(m.Sectors) > 0 {
		return false
	}
	return m.Code == m.Country
}

// subordinateOrg reports "the group", "the militia", "the bloc" at token
// i right after a word opening a clause ("if the group fired rockets",
// "a day after the group fired a missile"): the subject of that clause,
// which coref resolves to an organisation the sentence named before (see
// namedBefore), not a phrase's object.
func subordinateOrg(toks []dyad.Token, ms []actors.Mention, i int) bool {
	if i == 0 || i+1 >= len(toks) || !subordinator(toks[i-1].Lower) {
		return false
	}
	d := describes(toks[i+1].Lower)
	return d == "org" || d == "igo"
}

// namedBefore reports a mention of code before token i of the sentence,
// as a modifier too ("struck Houthi targets … after the group fired").
func namedBefore(ms []actors.Mention, i int, code string) bool {
	for _, m := range ms {
		if m.Start < i && m.Code == code {
			return true
		}
	}
	return false
}

// clauseOpener reports a word that opens an adverbial clause with its own
// subject and verb ("while Cambodia shelled Thai villages", "because
// Hezbollah fired rockets"): a finite verb past it is that clause's, not
// the main verb a participle before it would need.
func clauseOpener(w string) bool {
	switch w {
	case "while", "whereas", "although", "though", "because", "if", "unless", "when":
		// (not "after", "before", "as": often a phrase's preposition, "jailed
		// in Turkey after joining a Kurdish group has fled")
		return true
	}
	return false
}

// onlyVerb reports a past form at i with no finite verb before it in the
// sentence and none after it outside the adverbial clauses that follow
// ("while Cambodia shelled Thai villages"; see opensClause): the
// clause's own verb, which a participle tag cannot make a reduced
// relative ("Protesters arrested in Tbilisi when police broke up the
// rally were freed" still has its main verb).
func onlyVerb(st *sentence, i int) bool {
	toks := st.toks
	for k := 0; k < i; k++ {
		if (finite(toks[k].Tag) || toks[k].Tag == "MD") && st.at[k] < 0 {
			return false
		}
	}
	sub := false // inside an adverbial clause, before its own verb
	for k := i + 1; k < len(toks); k++ {
		t := toks[k]
		if t.Text == ";" {
			return true
		}
		if opensClause(toks, k) {
			sub = true
			continue
		}
		if (finite(t.Tag) || t.Tag == "MD") && st.at[k] < 0 {
			if !sub {
				return false
			}
			sub = false
		}
	}
	return true
}

// opensClause reports a clause opener at k (see clauseOpener) followed by
// a subject, not a gerund or a participle ("while covering the
// protests", "when asked", "if needed").
func opensClause(toks []dyad.Token, k int) bool {
	if !clauseOpener(toks[k].Lower) || k+1 >= len(toks) {
		return false
	}
	n := toks[k+1]
	return n.Tag != "VBG" && !strings.HasSuffix(n.Lower, "ing") && !strings.HasPrefix(n.Tag, "VB") && n.Tag != "IN" && n.Tag != ","
}
