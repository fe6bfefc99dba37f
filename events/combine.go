package events

// Rules that join two events of a sentence: appeals, demands, refusals
// and warnings with the act they name; denials and rejections with the
// accusation or request they answer; the CAMEO code maps between them.

import (
	"slices"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// combine applies the rules that join two hits of a sentence: an appeal or
// demand and the act it asks for ("called on X to hold talks" → 026), a
// warning and the act it threatens ("warned it would strike" → 138).
func (c *Coder) combine(st *sentence, hits []verbHit, live []bool) {
	for k := range hits {
		h := &hits[k]
		if !live[k] {
			continue
		}
		root := cameo.Root(h.code)
		appeal := root == "02" && (h.code == "020" || h.code == "023")
		demand := h.code == "100"
		warn := h.code == "130" && !h.threat // (not a threatened response: "will respond to Pakistan, … warned")
		refuse := h.code == "120" && st.toks[h.head].Lemma == "refuse"
		if h.code == "014" || warn {
			// "considering vetoing the budget", "warned NATO against sending
			// troops": the act considered or warned against is not done
			for j := k + 1; j < len(hits); j++ {
				g := &hits[j]
				if st.toks[g.head].Tag == "VBG" && g.head > 0 && (g.head == h.end || st.toks[g.head-1].Lower == "against") && g.head-h.end <= 6 {
					if len(h.target) == 0 {
						h.target = g.target
					}
					live[j] = false
				}
			}
		}
		if refuse && refusedForce(st, hits, live, k) {
			continue
		}
		if refuse && refusedRuleOut(st, hits, live, k) {
			continue // "refused to rule out tax rises": an option kept open, no rejection
		}
		if refuse {
			// "refused to release X": a refusal to yield, and no release
			for j := k + 1; j < len(hits); j++ {
				g := &hits[j]
				if !infinitive(st.toks, h.end-1, g.head) {
					continue
				}
				h.code = refusalCode(g.code)
				if len(h.target) == 0 {
					h.target = g.target
				}
				live[j] = false
				break
			}
			continue
		}
		if !appeal && !demand && !warn {
			continue
		}
		if (appeal || demand) && h.end-2 > h.head && st.toks[h.end-2].Lower == "to" {
			// the act asked for is the pattern's own last word ("told
			// Israel to halt its offensive", "ordered Israel to halt"):
			// its code gives the demand's
			if g, ok := c.matchVerb(st, h.end-1); ok {
				if code := requestCode(g.code, demand); code != "" {
					h.code = code
				}
			}
		}
		for j := k + 1; j < len(hits); j++ {
			g := &hits[j]
			if g.p.has(flagSpeech) || g.head-h.end > 12 {
				continue
			}
			if g.head > h.end && clauseBreakBetween(st.toks, h.end, g.head) {
				break // "threatened to close the border, while the Houthis vowed to attack": another clause's act
			}
			switch {
			case appeal || demand:
				if !infinitiveOrThat(st.toks, h.end, g.head) && !(g.p.Noun && nounObject(st.toks, h.end, g.head)) {
					continue
				}
				if stoppedAct(st.toks, g.head) {
					live[j] = false // "demanded that Japan stop releasing treated water": the stopping is asked for (demand_policy.go)
					continue
				}
				code := requestCode(g.code, demand)
				if code == "" {
					continue
				}
				if h.code == "023" && strings.HasPrefix(code, "023") || h.code != "023" {
					h.code = code
				}
				if code == "113" && len(g.target) > 0 {
					h.target = g.target // whom the others are rallied against
				}
				if len(h.target) == 0 && len(g.source) > 0 {
					h.target = g.source // "demanded that Moscow release him"
					if f, ok := c.ownForce(st, g); ok && len(g.source) == 1 && len(g.source[0].Sectors) == 0 {
						h.target = []actors.Mention{f} // "that Israel withdraw its troops": the army
					}
				}
				live[j] = false
			case warn:
				if conditional(st.toks, h.end, g.head) {
					continue // the condition, not the threatened act
				}
				if unpunishedSaid(st, g) && !unpunishedThreat(st, g) {
					continue // "warned that abuses were going unpunished": a complaint, no threat (unpunished.go)
				}
				if g.p.Noun && len(g.source) > 0 && len(h.source) > 0 && g.source[0].Country != h.source[0].Country && warnedOf(st.toks, h.end, g.head) {
					// "warning of a staged chemical attack by Syrian rebels":
					// another's act, a pessimistic comment, no threat (as
					// "warned of" is)
					if h.code == "130" {
						h.code = "012"
					}
					continue
				}
				if g.status != dyad.Future && g.status != dyad.Hypothetical && !strings.HasPrefix(g.code, "13") {
					continue
				}
				if c.quad(g.code) < 3 && !strings.HasPrefix(g.code, "13") {
					continue
				}
				if len(h.target) == 0 && othersAct(h, g) {
					// "Iran warned that Israel may strike its nuclear
					// sites": a forecast of another state's act, no threat
					// by the speaker (CODING.md: a threat is the speaker's
					// own act); one comment on each state named. A warning
					// to an addressee ("warned the United States that
					// Hezbollah would attack") stays a threat to it.
					if h.code == "130" {
						h.code = "012"
					}
					h.target = slices.Clone(g.source)
					settleForecast(st, h, g, live, j)
					break
				}
				if g.code == "171" && seizesTerritory(st.toks, g.end) {
					g.code = "192" // "threatened to seize more territory in Gaza"
					if len(g.target) == 0 && len(h.source) > 0 {
						if t := c.attackPlace(st, g); t != nil && t.Country != h.source[0].Country {
							g.target = []actors.Mention{*t}
						}
					}
				}
				h.code, h.threat = threatCode(c.ont, g.code), true
				if g.code == "150" && firedNear(st, g) {
					h.code = "138" // "warned it would fire missiles at Poland"
				}
				if len(g.target) == 0 && len(h.source) > 0 {
					g.target = c.threatenedArmedGroup(st, h.source[0], g) // "warned it would flatten militant camps" (threat_armed_object.go)
				}
				if len(h.target) == 0 || len(h.source) > 0 && len(g.target) > 0 && h.target[0].Code == h.source[0].Code {
					h.target = g.target // "warned it would attack Poland": "it" is the subject of the act, not the one warned
				}
				live[j] = false
			}
			break
		}
		if warn && !h.threat && h.code == "130" {
			c.tailWarning(st, hits, live, k)
		}
		if warn && (len(h.target) == 0 || len(h.source) > 0 && h.target[0].Code == h.source[0].Code) {
			// (not "it" in "warned it would take countermeasures if
			// Washington …": the speaker itself, not the one warned)
			h.target = c.warnedSubject(st, h)
			if len(h.target) == 0 {
				h.target = c.conditionalActors(st, h.end)
			}
		}
		if appeal || demand {
			if demand && h.code == "100" {
				if code := c.demandedChange(st, h); code != "" {
					h.code = code // "demanded that Washington stop interfering" 1042 (demand_policy.go)
				}
			}
			if len(h.target) == 0 {
				h.target = c.thatSubject(st, h.end) // "demanded that Japan stop …"
			}
			// what is asked for is not done: nothing in the complement is an event
			for j := k + 1; j < len(hits); j++ {
				if demand && live[j] && hits[j].head > h.end && demandTail(st, h, hits[j].head, cameo.Root(hits[j].code) == "13") {
					demandersAct(h, &hits[j])
					break // "…, accusing Minsk of …", "…, and recalled its ambassador": the demander's own, and what follows is its (demand_tail.go)
				}
				if hits[j].head > h.end && !clauseBreakBetween(st.toks, h.end, hits[j].head) && !subordinateBetween(st.toks, h.end, hits[j].head) &&
					!c.attributionBetween(st, h.end, hits[j].head) { // ", Wang Yi told his counterpart in a phone call": the tail's own
					live[j] = false
				}
			}
		}
	}
}

// nounObject reports a noun event right after a verb, past determiners
// and adjectives: "demanded a meeting with Netanyahu".
func nounObject(toks []dyad.Token, from, head int) bool {
	if head < from || head > from+3 {
		return false
	}
	for k := from; k < head; k++ {
		if toks[k].Tag != "DT" && toks[k].Tag != "JJ" && toks[k].Tag != "PRP$" {
			return false
		}
	}
	return true
}

// conditional reports an "if"/"unless" between from and head.
func conditional(toks []dyad.Token, from, head int) bool {
	for k := from; k < head; k++ {
		if toks[k].Lower == "if" || toks[k].Lower == "unless" {
			return true
		}
	}
	return false
}

// infinitiveOrThat reports whether the tokens between an appeal and a
// verb make the verb its complement: "to" right before it, or "that".
func infinitiveOrThat(toks []dyad.Token, from, head int) bool {
	if head > 0 && toks[head-1].Lower == "to" {
		return true
	}
	for k := from; k < head; k++ {
		if toks[k].Lower == "that" {
			return true
		}
	}
	return false
}

// requestCode maps the act an appeal (02) or demand (10) asks for to the
// CAMEO code of that request; "" when there is none. CAMEO's appeals and
// demands mirror its intents digit for digit (0353 a promised release,
// 0253 one appealed for, 1053 one demanded; 0334, 0234, 1034
// peacekeeping), so the act's intent (intentRules) gives both: one table
// of acts serves the three, and a verb class added for an act is asked
// for, demanded and promised alike.
func requestCode(act string, demand bool) string {
	in, ok := mapCode(requestIntents, act)
	if !ok {
		to, found := mapCode(intentRules, act)
		if !found {
			return ""
		}
		if in = to; to == "" {
			in = act // an intent already
		}
	}
	if in == "113" {
		return in // "urged Muslim nations to unite against Israel": rallying opposition to Israel
	}
	if !strings.HasPrefix(in, "03") || in == "030" {
		return "" // a statement, an appeal or an act with no request of its own
	}
	sub := in[2:]
	if in == "039" {
		sub = "8" // mediation asked for is 028/108 (CAMEO has no 029)
	}
	if demand {
		return "10" + sub
	}
	return "02" + sub
}

// requestIntents are the acts whose request is not their intent's mirror.
var requestIntents = []codeRule[string]{
	{"080 0831", "0341"}, // "called on the government to resign", "to back down": leadership change 0241
	{"0256", "0356"},     // "urged them to agree to a ceasefire" (the agreement is coded as asked for)
	{"113", "113"},
}

// codeRule maps the CAMEO codes that match one of its space-separated
// patterns to to: a pattern ending in "*" matches every code with that
// prefix, any other pattern that code alone.
type codeRule[T any] struct {
	from string
	to   T
}

// mapCode returns the to of the first rule matching code, in order.
func mapCode[T any](rules []codeRule[T], code string) (T, bool) {
	for _, r := range rules {
		for p := range strings.FieldsSeq(r.from) {
			if pre, ok := strings.CutSuffix(p, "*"); ok && strings.HasPrefix(code, pre) || p == code {
				return r.to, true
			}
		}
	}
	var zero T
	return zero, false
}

// refusalCode maps what was refused to the CAMEO 12x code.
func refusalCode(act string) string {
	if code, ok := mapCode(refusalRules, act); ok {
		return code
	}
	return "120"
}

var refusalRules = []codeRule[string]{
	{"084*", "1243"}, {"085", "1244"}, {"086*", "1245"}, {"087*", "1246"},
	{"04*", "125"}, {"06*", "121"}, {"07*", "122"}, {"08*", "124"},
}

// thatSubject returns the actor right after "that" following token from:
// the subject of a demanded or requested act.
func (c *Coder) thatSubject(st *sentence, from int) []actors.Mention {
	for k := from; k < len(st.toks) && k < from+4; k++ {
		if st.toks[k].Lower != "that" {
			continue
		}
		if b := titledBodyAfter(st, k+1); b > 0 {
			if m := st.at[b]; m >= 0 && st.ments[m].Start >= b-1 && !st.ments[m].Place {
				return c.group(st, m) // "that the head of the election commission step down" (demanded_title_of.go)
			}
		}
		for j := k + 1; j < len(st.toks) && j < k+4; j++ {
			if m := st.at[j]; m >= 0 {
				return c.group(st, m)
			}
		}
		return nil
	}
	return nil
}

func clauseBreakBetween(toks []dyad.Token, a, b int) bool {
	for k := a; k < b; k++ {
		if isClauseBreak(toks, k) {
			return true
		}
	}
	return false
}

// warnedSubject returns the subject of a "that" clause right after the
// warning h when it is another state's or group's: "warned that the
// United States would not be spared" is aimed at the United States, but
// in "warned that Moscow could use nuclear weapons if Ukraine struck" the
// speaker's own side acts (nil: the condition names the one warned).
func (c *Coder) warnedSubject(st *sentence, h *verbHit) []actors.Mention {
	if len(h.source) == 0 {
		return nil
	}
	for k := h.end; k < len(st.toks) && k < h.end+4; k++ {
		if st.toks[k].Lower != "that" {
			continue
		}
		j := k + 1
		if j < len(st.toks) && st.toks[j].Lower == "the" {
			j++
		}
		if j >= len(st.toks) || st.at[j] < 0 {
			return nil
		}
		m := st.ments[st.at[j]]
		if m.Start != j && !(m.Start == k+1 && j == k+2) || m.Modifier || m.Place || m.Country == "" && m.Kind != actors.KindOrg ||
			m.Country == h.source[0].Country || m.Code == h.source[0].Code {
			return nil
		}
		return c.group(st, st.at[j])
	}
	return nil
}

// conditionalActors returns the actors of an "if"/"unless" clause after
// token from: who a bare warning is aimed at.
func (c *Coder) conditionalActors(st *sentence, from int) []actors.Mention {
	for k := from; k < len(st.toks); k++ {
		if st.toks[k].Lower == "if" || st.toks[k].Lower == "unless" {
			for j := k + 1; j < len(st.toks) && j < k+6; j++ {
				if m := st.at[j]; m >= 0 {
					return c.group(st, m)
				}
			}
			return nil
		}
	}
	return nil
}

// adjectivalName reports a state's name that English uses as its
// adjective ("a U.S. drone strike", "UK sanctions"), unlike a place
// named before an event ("the Mogadishu bombing").
func adjectivalName(text string) bool {
	switch strings.TrimPrefix(strings.TrimPrefix(text, "the "), "The ") {
	case "US", "U.S.", "UK", "U.K.", "EU", "UN", "U.N.":
		return true
	}
	return false
}

// nounSource finds the actor of a noun event: the subject of the verb that
// governs it ("Pyongyang ramping up weapons testing", "Russia launched a
// drone attack"), else a possessive right before it ("Syria's airstrikes").
func (c *Coder) nounSource(st *sentence, i int) []actors.Mention {
	toks := st.toks
	// "another missile test by North Korea": the by-agent
	for k := i + 1; k+1 < len(toks) && k <= i+8; k++ {
		if toks[k].Lower == "by" {
			if f := c.loyalForces(st, k+1); f != nil {
				return []actors.Mention{*f} // "shelling by forces loyal to Assad"
			}
			for j := k + 1; j < len(toks) && j <= k+3; j++ {
				if m := st.at[j]; m >= 0 {
					if mt := st.ments[m]; !mt.Place && !(mt.Modifier && mt.End == mt.Start+1 && controlModifier(toks[mt.Start].Lower)) {
						return c.group(st, m)
					}
					break
				}
			}
			break
		}
		if toks[k].Text == "," || strings.HasPrefix(toks[k].Tag, "VB") && !(toks[k].Tag == "VBG" && k > i+1 && (toks[k-1].Tag == "JJ" || toks[k-1].Tag == "NN" || toks[k-1].Tag == "IN")) &&
			!(toks[k].Tag == "VBN" && k <= i+2 && toks[k+1].Lower == "by") {
			break // (a gerund noun goes on: "attacks on commercial shipping by the Houthis"; so does
			// a participle's agent: "a roadside bomb planted by Maoist rebels")
		}
	}
	for k, lo := i-1, i-5; k >= 0 && k >= lo; k-- {
		t := toks[k]
		if st.isDate[k] && dateAfterVerb(st, k) {
			lo-- // "ordered on Monday the mobilisation of reservists": the date is no barrier
			continue
		}
		if m := st.at[k]; m >= 0 {
			mt := st.ments[m]
			if mt.Possessive || k == i-1 && (mt.Modifier || mt.Kind != actors.KindCountry && mt.Kind != actors.KindCapital || adjectivalName(mt.Text)) {
				return c.group(st, m) // "Syria's airstrikes", "Russian airstrikes", "a U.S. drone strike"
			}
			return nil // "the Mogadishu bombing": a place, not the bomber
		}
		if strings.HasPrefix(t.Tag, "VB") {
			if t.Lemma == "say" || t.Lemma == "tell" {
				return nil // "Tillerson said the missile test was …": not his test
			}
			if t.Tag == "VBN" && k > 0 && beForm(toks[k-1].Lower) {
				return nil // "civilians have been killed in airstrikes": the victims, not the attackers
			}
			for _, g := range st.hits {
				if g.head == k && g.code != "" && c.quad(g.code) <= 3 && !g.p.has(flagIntent|flagThreat|flagSpeech) {
					return nil // "investigating the strike", "condemned the attack": not the subject's own act
				}
			}
			return c.subject(st, k)
		}
		switch t.Tag {
		case "DT", "JJ", "NN", "RP", "RB", "CD", "PRP$", "POS", "CC":
			continue
		}
		if t.Lower == "-" || t.Lower == "," {
			continue
		}
		if t.Lower == "with" && k > 0 && respondVerb(toks[k-1]) {
			return c.subject(st, k-1) // "Israel responded with air strikes"
		}
		if t.Lower == "of" && partOfJoint(toks, k, i) {
			// "its soldiers had killed 15 rebels …, part of a joint operation with
			// the Congolese army": the subjects of the verb before the comma, up
			// to twenty tokens back (joint_ops.go)
			if v := finiteVerbWithin(toks, k-2, 20); v >= 0 {
				return c.subject(st, v)
			}
			return nil
		}
		if (t.Lower == "in" || t.Lower == "during") && toks[i].Lower == "joint" {
			// "coast guards seized three boats in their first joint patrol": the
			// subjects of the verb the phrase is an adjunct of (joint_ops.go)
			if v := finiteVerbBefore(toks, k); v >= 0 {
				return c.subject(st, v)
			}
			return nil
		}
		if (t.Lower == "in" || t.Lower == "during") && phoneHitAt(st, i) {
			continue // "Macron and Scholz agreed in a phone call": the callers are the clause's subject
		}
		return nil
	}
	return nil
}

// phoneHitAt reports whether a telephone-call noun event (041) is headed at
// token i, the call a clause's verb happened in ("agreed in a phone call").
func phoneHitAt(st *sentence, i int) bool {
	for _, g := range st.hits {
		if g.head == i && g.code == "041" {
			return true
		}
	}
	return false
}

// nounObject finds the target of a noun event whose by-agent follows
// it: the actor or place right after "of", "on" or "against" ("the
// bombardment of Rafah by Israeli forces", "the arrest of two
// journalists by police"); nil when there is none before the agent.
func (c *Coder) nounObject(st *sentence, h *verbHit) []actors.Mention {
	k := h.end
	if k >= len(st.toks) {
		return nil
	}
	switch st.toks[k].Lower {
	case "of", "on", "against":
	default:
		return nil
	}
	j := k + 1
	for j < len(st.toks) && j < k+4 && st.at[j] < 0 && (st.toks[j].Tag == "DT" || st.toks[j].Tag == "CD" || st.toks[j].Tag == "JJ") {
		j++ // "the kidnapping of two soldiers by"
	}
	t := c.actorAt(st, j, 1)
	if len(t) == 0 {
		t = c.placeAfter(st, j)
	}
	if len(t) == 0 || len(h.source) > 0 && t[0].Start >= h.source[0].Start {
		return nil
	}
	return t
}

// rejectedRequest finds the request, offer or demand a rejection answers
// and who made it: "rejected Hamas's demands for a ceasefire" → Hamas 1056
// Israel, and the rejection becomes 1246; a state's protest dismissed is
// its complaint ("dismissed a Japanese protest" JPN 114), and the maker
// may be a long name ("the West African bloc ECOWAS's demand"). An offer welcomed is found too
// ("Seoul welcomed Pyongyang's offer of talks" PRK 036 KOR), and with a
// passive verb the request may stand in its subject ("Azerbaijan's offer
// of talks was rejected by Armenia"). An invitation is an offer only when
// it names talks, a meeting, a summit or dialogue within nine words of it
// ("declined an invitation from Austin to hold talks" USAGOV 036 CHNGOV;
// gold README item 71); any other invitation turned down is the refusal
// alone. The talks must stand in the invitation's own phrase
// (invitationEnd): "declined a Saudi invitation to the coronation,
// citing talks with Russia" is the refusal alone.
func (c *Coder) rejectedRequest(st *sentence, h *verbHit) (verbHit, bool) {
	toks := st.toks
	if len(h.source) == 0 {
		return verbHit{}, false
	}
	// the request after the verb ("rejected Seoul's offer"), or, with a
	// passive verb, in its subject ("An offer of talks by Azerbaijan was
	// rejected by Armenia", "A Chinese offer to mediate was welcomed")
	welcome := toks[h.head].Lemma == "welcome"
	var at []int
	reach := h.head + 6
	for _, k := range []int{h.head + 1, max(h.end, h.head+1), phrasalParticleEnd(st, h)} {
		if k+1 < len(toks) && toks[k].Lower == "on" && isWeekday(toks[k+1].Lower) {
			reach = max(reach, k+7) // a date between the verb and its object: "rejected on Thursday a European Union demand", "rejected on Tuesday a World Bank offer" (the pattern's words past it)
		}
	}
	for k := h.head + 1; k < len(toks) && k < reach; k++ {
		at = append(at, k)
		if m := st.at[k]; m >= 0 && st.ments[m].Possessive && st.ments[m].End+2 > reach {
			reach = st.ments[m].End + 2 // a long maker: "rejected the West African bloc ECOWAS's demand"
		}
	}
	if h.passive {
		for k := h.head - 1; k >= 0 && k >= h.head-12; k-- {
			at = append(at, k)
		}
	}
	for _, k := range at {
		lo := h.head // the offerer stands between the verb and the noun
		if k < h.head {
			lo = -1
		}
		w := strings.TrimSuffix(toks[k].Lower, "s")
		var code, reject string
		cease := strings.Contains(strings.Join(lowerWords(toks[k+1:min(len(toks), k+6)]), " "), "ceasefire") ||
			strings.Contains(strings.Join(lowerWords(toks[k+1:min(len(toks), k+6)]), " "), "truce")
		next := strings.Join(lowerWords(toks[k+1:min(len(toks), k+5)]), " ")
		talks := strings.Contains(next, "talk") || strings.Contains(next, "summit") || strings.Contains(next, "meeting") || strings.Contains(next, "negotiat") ||
			strings.Contains(next, "dialogue") || w == "overture" // "rebuffed Seoul's overtures": offers of dialogue
		if w == "invitation" && !welcome {
			far := strings.Join(lowerWords(toks[k+1:invitationEnd(toks, k)]), " ")
			if !strings.Contains(far, "talk") && !strings.Contains(far, "summit") && !strings.Contains(far, "meeting") && !strings.Contains(far, "dialogue") && !strings.Contains(far, "negotiat") {
				continue // "declined an invitation to the coronation": no offer of talks
			}
			w, talks = "offer", true // "an Egyptian invitation on Wednesday to a new round of ceasefire talks" (item 71)
		}
		if welcome && w != "offer" && w != "proposal" && w != "overture" {
			continue // (a welcomed call or demand is no request coded here)
		}
		if k > 0 && toks[k-1].Lower == "to" {
			continue // "spurned an order telling them to call off the walkout": a verb, no request
		}
		switch w {
		case "demand", "order":
			code, reject = "100", ""
			if cease {
				code, reject = "1056", "1246"
			}
		case "call", "appeal", "request":
			code = "020"
			if cease {
				code, reject = "0256", "1246"
			}
		case "offer", "proposal", "overture":
			code = "030"
			if talks {
				code, reject = "036", "125"
			} else if oc := offeredCode(toks, k); oc != "" {
				code = oc // "offer of flood relief" 0333, "of a 30-day pause in strikes" 0356
				if k+2 < len(toks) && toks[k+1].Lower == "to" && financeVerb(toks[k+2].Lower) {
					reject = "1221" // "rejected an Australian offer to fund the country's elections" (an offer of a loan keeps 127)
				}
			} else if m := c.offeredMeans(toks, k); m != "" {
				code, reject = m, "122"+m[3:] // "a Salvadoran offer of army helicopters to carry food" 0333, turned down 1223 (offer_maker.go)
			}
		case "ultimatum":
			code = "139"
		case "criticism":
			code = "111" // "rejected criticism by the European Parliament"
		case "protest":
			code = "114" // "dismissed a Japanese protest against artillery exercises": a state's formal complaint
		case "threat":
			code = "130" // "rejected a threat by Trump to take military action" (the act threatened sharpens it below)
		default:
			continue
		}
		var by []actors.Mention
		for j := k - 1; j > lo && j >= k-3; j-- {
			if m := st.at[j]; m >= 0 {
				by = []actors.Mention{st.ments[m]}
				break
			}
		}
		if w == "threat" {
			// a threat made names what it threatens or its maker with "by"
			// or a possessive ("a threat by Trump to take military action",
			// "Beijing's threat of sanctions"); "the North Korean threat",
			// "the threat from its missiles" are a danger, no threat made
			next := ""
			if k+1 < len(toks) {
				next = toks[k+1].Lower
			}
			if by != nil && !by[0].Possessive && next != "to" && next != "of" || by == nil && next != "by" {
				continue
			}
		}
		if by == nil && k+2 < len(toks) && (toks[k+1].Lower == "by" || toks[k+1].Lower == "from") { // "calls from Armenia to release …"
			for j := k + 2; j < len(toks) && j < k+5; j++ {
				if m := st.at[j]; m >= 0 {
					by = []actors.Mention{st.ments[m]}
					break
				}
			}
		}
		if by == nil || by[0].Code == h.source[0].Code {
			return verbHit{}, false
		}
		if w == "protest" && (len(by[0].Sectors) > 0 && !hasSector(by[0], "GOV") || by[0].Person) {
			continue // "rejected student protests": a street protest, no state's complaint
		}
		if w == "order" && (!hasSector(by[0], "JUD") || c.words.defiantVerbs[toks[h.head].Lemma] || k+1 >= len(toks) || toks[k+1].Lower != "to") {
			// a court's order to act, rejected, is the court's demand
			// ("rejected on Friday a court order to end the strike"); an
			// order defied, given by others or told by a participle
			// ("a court order reinstating …") is the rejection alone
			return verbHit{}, false
		}
		if code == "030" {
			// the noun's own pattern: "offer to mediate" 039
			for j, g := range st.hits {
				if g.head == k && strings.HasPrefix(g.code, "03") && g.code != "030" {
					code = g.code
					st.hits[j].code = ""
					break
				}
			}
		}
		// the act asked for, offered or demanded names the request and the
		// rejection: "a demand that they free detained staff" 1053 / 1243
		for j, g := range st.hits {
			if g.head <= k || g.head > k+8 || g.p.has(flagSpeech) || !infinitiveOrThat(toks, k+1, g.head) {
				continue
			}
			switch {
			case w == "demand" || w == "order" || w == "call" || w == "appeal" || w == "request":
				if rc := requestCode(g.code, w == "demand" || w == "order"); rc != "" {
					code, reject = rc, refusalCode(g.code)
				}
			case w == "proposal" && strings.HasPrefix(g.code, "04") && g.code != "045":
				// "a French proposal to meet Kosovo Prime Minister Albin Kurti": the
				// rejecter asked to meet a third party (026); "a Turkish
				// proposal to hold talks": the proposer's own meeting (036)
				code, reject = intentCode(g.code), "125"
				if thirdPartyObject(st, g, by[0], h.source[0]) {
					code = requestCode(g.code, false)
				}
				st.hits[j].code = ""
			case w == "offer" && (strings.HasPrefix(g.code, "04") || g.code == "045" || strings.HasPrefix(g.code, "07")):
				if reject == "" {
					reject = refusalCode(g.code) // (an offer to finance keeps its 1221: "an offer to finance a new port", project_aid.go)
				}
				ic := intentCode(g.code)
				if strings.HasPrefix(reject, "122") && strings.HasPrefix(ic, "033") {
					// the refusal of aid agrees with the aid the act offered
					// ("an offer of navy boats to evacuate residents" 0333,
					// 1223); a bare act of help keeps the means' kind ("an
					// offer of soldiers to help secure the frontier" 0332)
					if ic == "033" {
						ic = code
					}
					reject = "122" + ic[3:]
				}
				code = ic
				st.hits[j].code = "" // nor what is offered
			case w == "threat" && c.quad(g.code) >= 3:
				code = threatCode(c.ont, g.code)
				st.hits[j].code = "" // nor what is threatened
			}
			break
		}
		if reject != "" && (h.code == "120" || h.code == "127" || h.code == "125" || h.code == "122" && strings.HasPrefix(reject, "122")) && reject != "120" { // (a refusal of help, 122, takes the offered aid's kind: "declined an offer of soldiers to help evacuate residents" 1223)
			h.code = reject
		}
		if code == "030" {
			return verbHit{}, false // an unspecified proposal is no event of its own
		}
		status := dyad.Asserted
		if strings.HasPrefix(code, "03") {
			status = dyad.Future
		}
		to := h.source[0]
		if strings.HasPrefix(code, "033") && to.Country != "" && hasSector(to, "GOV") && !to.Person {
			// "Uzbekistan's government rejected a World Bank offer to
			// finance a canal repair": aid is offered to the state (UZB)
			to.Code, to.Sectors = to.Country, nil
		}
		if w == "overture" && to.Person && to.Country != "" {
			// "Kim Yo Jong rebuffed Seoul's overtures": made to her state, not to her
			to.Code, to.Sectors = to.Country, nil
		}
		if (w == "threat" || w == "criticism") && (to.Unresolved || to.Country == "" && to.Kind == "title") {
			return verbHit{}, false // aimed at a party not known yet: "Immigration Minister Philip Ruddock rejected criticism"
		}
		if len(h.target) == 0 && (w == "threat" || w == "criticism") {
			h.target = by // the rejection answers the threat's or criticism's maker
		}
		head, end := k, k+1
		if k < h.head {
			head, end = h.head, h.end // a request in a passive's subject: the reaction dates it
		}
		return verbHit{p: accusePattern, head: head, end: end, code: code, status: status,
			source: by, target: []actors.Mention{to}}, true
	}
	return verbHit{}, false
}

// offeredCode gives the intent code of what an offer or proposal at k
// names with "of" ("offer of flood relief" 0333, "of military aid" 0332,
// "of a loan" 0331, "of aid" 033, "of mediation" 039, "of a truce" or "of
// a 30-day pause in strikes" 0356), or with "to" and a verb of paying
// ("offer to finance a canal repair" 0331); "" when it names none of
// these.
func offeredCode(toks []dyad.Token, k int) string {
	if k+2 < len(toks) && toks[k+1].Lower == "to" && financeVerb(toks[k+2].Lower) {
		return "0331" // "a World Bank offer to finance a canal repair project" (offer_finance.go)
	}
	if k+1 >= len(toks) || toks[k+1].Lower != "of" {
		return ""
	}
	kind := ""
	for j := k + 2; j < len(toks) && j < k+7; j++ {
		switch toks[j].Lower {
		case "humanitarian", "flood", "food", "earthquake", "medical", "emergency", "disaster":
			kind = "0333"
		case "military", "weapons", "arms":
			kind = "0332"
		case "economic", "financial", "loan", "loans", "credit", "credits":
			return "0331"
		case "relief":
			return "0333"
		case "aid", "assistance", "help", "supplies":
			if kind == "" {
				return "033"
			}
			return kind
		case "mediation":
			return "039"
		case "ceasefire", "truce", "pause", "halt", "moratorium":
			return "0356"
		case ",", ";", "to", "that", "by", "from":
			return ""
		}
	}
	return ""
}

// accusePattern is the implied accusation behind "X denied Y's accusation".
var accusePattern = &Pattern{Code: "112", Flags: flagNoTarget}

// accuserOf finds the accuser named with the accusation a denial answers:
// "denied Washington's accusation", "denied UN accusations", "denied a
// Saudi accusation", "denied allegations by Kyiv".
func (c *Coder) accuserOf(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	if h.passive {
		// "His claims were denied by Straw": the claim's owner, before it
		for k := h.head - 1; k > 0 && k >= h.head-4; k-- {
			if passiveDeniedClaim(toks, k) {
				if m := st.at[k-1]; m >= 0 && st.ments[m].End == k {
					return []actors.Mention{st.ments[m]}
				}
				return nil
			}
		}
	}
	// (past a weekday phrase before the object: "rejected on Friday a
	// U.N. panel's accusation", denials.go skipOnDay)
	for k, lim := h.head+1, skipOnDay(toks, h.end)+6; k < len(toks) && k < lim; k++ {
		// (from the head: a pattern may hold the noun, "rejected a British
		// accusation", "dismissed Canberra's claims that")
		w := strings.TrimSuffix(toks[k].Lower, "s")
		if w != "accusation" && w != "allegation" && w != "claim" && w != "charge" && w != "report" {
			continue
		}
		// a modifier or possessive before the noun
		for j := k - 1; j > h.head && j >= k-4; j-- {
			if m := st.at[j]; m >= 0 {
				return []actors.Mention{st.ments[m]}
			}
		}
		// "by X", "from X" after it
		if k+2 < len(toks) && (toks[k+1].Lower == "by" || toks[k+1].Lower == "from") {
			for j := k + 2; j < len(toks) && j < k+5; j++ {
				if m := st.at[j]; m >= 0 {
					return []actors.Mention{st.ments[m]}
				}
			}
		}
		return nil
	}
	return nil
}

// intentCode maps a cooperative code to its CAMEO 03x intent: meetings
// 036, diplomatic cooperation 032, material cooperation 031x, aid 033x,
// political reform acceded to 034x (CAMEO's 0341–0344 are the intents
// of 0831–0834: "would step down" 0341, "would repeal the farm laws"
// 0342; gold README, D0265 and E0015), other yielding 035x (081 eased
// restrictions 0351, 082 eased dissent 0352, 084 releases 0353, …).
func intentCode(code string) string {
	if to, ok := mapCode(intentRules, code); ok {
		if to == "" {
			return code
		}
		return to
	}
	return "030"
}

// intentRules: "" keeps the code (an intent already, or a statement or
// appeal).
var intentRules = []codeRule[string]{
	{"03*", ""}, {"045", "039"}, {"04*", "036"}, {"05*", "032"},
	{"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"}, {"06*", "031"},
	{"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"}, {"07*", "033"},
	{"081*", "0351"}, {"082", "0352"}, {"084*", "0353"}, {"085", "0354"}, {"086*", "0355"}, {"087*", "0356"},
	{"0831", "0341"}, {"0832", "0342"}, {"0833", "0343"}, {"0834", "0344"}, {"083", "034"}, {"08*", "035"},
	{"02* 01*", ""},
}

// warnedOf reports "of" between a warning verb's end and the act it
// warns of, with no verb between ("warning for weeks of the possibility
// of a staged attack"): the act is what is warned of, not a clause.
func warnedOf(toks []dyad.Token, end, act int) bool {
	of := false
	for k := end; k < act && k < len(toks); k++ {
		if t := toks[k].Tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "VB" || t == "MD" {
			return false // (a participle may modify the act: "a staged attack")
		}
		of = of || toks[k].Lower == "of"
	}
	return of
}

// othersAct reports whether the act g a warning h names is another
// state's: both sources have a country and they differ ("Iran warned
// that Israel may strike", not "warned that its forces could blockade
// Taiwan" or "Kim Yo Jong warned that North Korea would act").
// A pronoun subject ("warned Hezbollah that it would strike Beirut") is
// read as the speaker's: the warning's "it" is most often its own.
func othersAct(h, g *verbHit) bool {
	if len(h.source) == 0 || len(g.source) == 0 || h.source[0].Country == "" || g.source[0].Country == "" ||
		h.source[0].Country == g.source[0].Country {
		return false
	}
	switch strings.ToLower(g.source[0].Text) {
	case "it", "they", "we", "he", "she", "its", "their", "our", "his", "her":
		return false
	}
	return true
}

// settleForecast settles the act g of another state that a warning h
// names: a speculation ("Israel may strike", "could launch") is no event;
// a plan stated as fact ("Mexico will retaliate, Canada's minister
// warned") stays its future event, aimed at the warner when its object
// is the warner's own ("Ukraine warned that Russia would strike its power
// plants": RUS 138 UKR future, as with "said").
func settleForecast(st *sentence, h, g *verbHit, live []bool, j int) {
	if g.status == dyad.Hypothetical {
		live[j] = false
		return
	}
	if len(g.target) > 0 && g.target[0].Country != g.source[0].Country {
		return
	}
	for k := g.end; k < len(st.toks) && k < g.end+3; k++ {
		switch st.toks[k].Lower {
		case "its", "their", "our":
			g.target = slices.Clone(h.source[:1])
			return
		}
	}
}

// threatCode maps a conflictual code to the CAMEO 13x threat of it:
// sanctions 1312, reduced relations 1313 (a security accord cancelled,
// 1212, too), reduced aid 1311, halting
// talks 134, repression 137, force 138x.
func threatCode(ont *cameo.Ontology, code string) string {
	if to, ok := mapCode(threatRules, code); ok && to != "" {
		return to
	}
	return code // verbal conflict keeps its code, status future
}

// threatRules: "" keeps the code (a threat already; a planned drill is
// still a show of force, in the future).
var threatRules = []codeRule[string]{
	{"13*", ""}, {"163", "1312"}, {"162*", "1311"}, {"161* 160 1212", "1313"},
	{"164", "134"}, {"165", "135"}, {"166*", "136"}, {"17*", "137"},
	{"191*", "1381"}, {"192*", "1382"}, {"18* 19*", "138"}, {"20*", "1385"},
	{"14*", "133"}, {"15*", ""},
	// "threatened to block Sweden's bid", "to veto the resolution": a
	// rejection threatened is a threat, none more specific (verbal.go)
	{"12*", "130"},
}

// tailWarning joins a warning hits[k] said after the threat it carries,
// by a speaker of the threatening state: "Beijing will retaliate, a
// foreign ministry spokesman warned" is one threat, the speaker's (CHNGOV
// 138, asserted), aimed where the threat was aimed, not a future 138 by
// China plus a bare 130. A speaker of another state ("…, Russia's foreign
// minister warned") leaves both.
func (c *Coder) tailWarning(st *sentence, hits []verbHit, live []bool, k int) {
	h := &hits[k]
	if len(h.source) == 0 || h.source[0].Country == "" {
		return
	}
	comma := -1
	for x := h.head - 1; x >= 0; x-- {
		if st.toks[x].Text == "," {
			comma = x
			break
		}
		if finite(st.toks[x].Tag) || st.toks[x].Lower == "that" {
			return
		}
	}
	if comma < 0 {
		return
	}
	for j := k - 1; j >= 0; j-- {
		g := &hits[j]
		if !live[j] || g.head >= comma || g.p.has(flagSpeech) || conditionClause(st, g.head) {
			continue // (the condition: "if the militia does not withdraw")
		}
		// the threatened act: a planned threat ("will retaliate") or a
		// conflictual act that could be done ("could launch an offensive")
		if g.status != dyad.Future && g.status != dyad.Hypothetical || !g.threat && cameo.Root(g.code) != "13" && c.quad(g.code) < 3 {
			return
		}
		if othersAct(h, g) {
			// "North Korea could launch missiles this week, Seoul
			// warned": a forecast of another state's act, as above
			h.code, h.target = "012", slices.Clone(g.source)
			settleForecast(st, h, g, live, j)
			return
		}
		if len(g.source) == 0 || g.source[0].Country != h.source[0].Country {
			return
		}
		h.code, h.threat = threatCode(c.ont, g.code), true
		if len(g.target) > 0 {
			h.target = g.target
		}
		live[j] = false
		return
	}
}

// refusedForce makes a refusal (hits[k]) to rule out force ("refused on
// Wednesday to rule out using military force to take Greenland",
// "refused to rule out strikes on Iran") the threat of force it is (138,
// asserted), as forceRuledOut makes "has not ruled out using force": the
// force named after it is only threatened (its hits are dropped, the
// first one's target is the threat's), and neither the refusal (120) nor
// the ruling out is coded. Only hits of the ruled-out phrase are folded:
// those before a subordinator, comma or finite clause (ruledOutEnd) whose
// source is none or the refuser's; "… after Tehran fired 200 missiles at
// Israel" stays an event. With no threatened attack aimed, the target is
// the refusal's own or the first actor named in the phrase ("military
// action against the Taliban"), a named actor before a place. It reports
// whether it did so.
func refusedForce(st *sentence, hits []verbHit, live []bool, k int) bool {
	h, toks := &hits[k], st.toks
	r := toRuleOut(toks, h.end)
	if r < 0 || !forceAfterRuleOut(toks, r) {
		return false
	}
	h.code, h.status, h.threat = "138", dyad.Asserted, true
	end := ruledOutEnd(toks, r)
	var aimed []actors.Mention
	for x := range hits {
		g := &hits[x]
		if x == k || !ownActRuledOut(h, g, r, end) {
			continue
		}
		if len(aimed) == 0 && materialConflict(g.code) {
			aimed = g.target
		}
		live[x] = false // the ruling out, and the force only threatened
	}
	if len(aimed) > 0 {
		h.target = aimed
	} else if len(h.target) > 0 && (h.target[0].Start <= r || h.target[0].Start >= end || forceWord(toks[h.target[0].Start].Lower)) {
		h.target = nil // named outside the phrase ruled out, or the force itself ("military force")
	}
	if len(h.target) > 0 && !h.target[0].Place {
		return true
	}
	var place []actors.Mention
	for m := range st.ments {
		a := st.ments[m]
		if a.Start <= r || a.Start >= end || a.Modifier || a.Country == "" && a.Kind != actors.KindOrg || forceWord(toks[a.Start].Lower) {
			continue
		}
		if len(h.source) > 0 && a.Code == h.source[0].Code {
			continue
		}
		if !a.Place {
			h.target = []actors.Mention{a} // "military action against the Taliban"
			return true
		}
		if place == nil {
			place = []actors.Mention{a} // "using military force to take Greenland"
		}
	}
	if len(h.target) == 0 {
		h.target = place
	}
	return true
}

// toRuleOut returns the index of "rule" in a "to rule out" starting within
// four tokens of from (the token after a refusal verb: "refused on Tuesday
// to rule out"), or -1 when there is none or a comma or semicolon comes
// first.
func toRuleOut(toks []dyad.Token, from int) int {
	for i := from; i+2 < len(toks) && i <= from+4; i++ {
		if toks[i].Lower == "to" && toks[i+1].Lower == "rule" && toks[i+2].Lower == "out" {
			return i + 1
		}
		if toks[i].Text == "," || toks[i].Text == ";" {
			break
		}
	}
	return -1
}

// refusedRuleOut drops a refusal (hits[k]) to rule out something other
// than force ("refused on Tuesday to rule out tax rises", "refused to rule
// out sending more tanks to Ukraine") with the ruling out and the acts of
// the refuser the ruled-out phrase names: refusing to exclude an option
// rejects nothing (as hedge drops "did not rule out the possibility"),
// and what is kept open is not done. Force kept open is refusedForce's
// threat. It reports whether it did so.
func refusedRuleOut(st *sentence, hits []verbHit, live []bool, k int) bool {
	h, toks := &hits[k], st.toks
	r := toRuleOut(toks, h.end)
	if r < 0 {
		return false
	}
	end := ruledOutEnd(toks, r)
	for x := range hits {
		g := &hits[x]
		if x == k || !ownActRuledOut(h, g, r, end) {
			continue
		}
		live[x] = false
	}
	live[k] = false
	return true
}

// ownActRuledOut reports whether g is an act of the refuser h's own named
// in the phrase toks[r:end] that h's refusal to rule out holds (not an
// act of someone else's named inside it).
func ownActRuledOut(h, g *verbHit, r, end int) bool {
	if g.head < r || g.head >= end {
		return false
	}
	return len(g.source) == 0 || len(h.source) > 0 && g.source[0].Code == h.source[0].Code
}

// ruledOutEnd returns one past the last token of the phrase ruled out
// after "rule" at r ("rule out strikes on Iran"), at most ten words: it
// ends before a subordinator ("after", "as", "when", "where"), a comma,
// a clause break or a finite verb right after a noun ("… Tehran fired").
func ruledOutEnd(toks []dyad.Token, r int) int {
	end := r + 11
	if end > len(toks) {
		end = len(toks)
	}
	for i := r + 2; i < end; i++ {
		t := toks[i]
		if t.Text == "," || t.Lower == "as" || subordinator(t.Lower) || t.Lower == "that" || isClauseBreak(toks, i) {
			return i
		}
		if i > r+2 && finite(t.Tag) && startsLowerASCII(t.Text) && strings.HasPrefix(toks[i-1].Tag, "N") {
			return i - 1
		}
	}
	return end
}

// filingAuthor returns the author of a challenge, appeal or complaint (the
// [filing nouns]) that a rejection with no target turns down, named
// after "by" or "from": "rejected on Monday appeals by two losing
// candidates" is aimed at the candidates. A weekday phrase, determiners,
// numbers and adjectives may stand before the noun.
func (c *Coder) filingAuthor(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	k := skipOnDay(toks, max(h.end, h.head+1))
	for k < len(toks) && k < h.end+6 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "CD") {
		k++
	}
	if k+2 >= len(toks) || !c.words.filingNouns[toks[k].Lower] || toks[k+1].Lower != "by" && toks[k+1].Lower != "from" {
		return nil
	}
	for j := k + 2; j < len(toks) && j < k+6; j++ {
		if m := st.at[j]; m >= 0 {
			if st.ments[m].Place || len(h.source) > 0 && st.ments[m].Code == h.source[0].Code {
				return nil
			}
			return c.group(st, m)
		}
	}
	return nil
}

// invitationEnd returns the end (exclusive) of the words after the
// invitation noun at k that may name what it invites to: at most nine
// words, up to a comma, semicolon or colon, a past verb or an -ing form
// ("…, citing talks with Russia") or a word opening a clause of reason or
// time ("because", "after", "as", "while", "since", "amid"). (A present
// verb does not end it: "to talks" may be tagged VBZ.)
func invitationEnd(toks []dyad.Token, k int) int {
	end := min(len(toks), k+10)
	for j := k + 1; j < end; j++ {
		t := toks[j]
		switch {
		case t.Text == "," || t.Text == ";" || t.Text == ":",
			t.Tag == "VBG" || t.Tag == "VBD":
			return j
		}
		switch t.Lower {
		case "because", "after", "as", "while", "since", "amid":
			return j
		}
	}
	return end
}
