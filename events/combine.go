package events

// Rules that join two events of a sentence: appeals, demands, refusals
// and warnings with the act they name; denials and rejections with the
// accusation or request they answer; the CAMEO code maps between them.

import (
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
		warn := h.code == "130"
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
		for j := k + 1; j < len(hits); j++ {
			g := &hits[j]
			if g.p.has(flagSpeech) || g.head-h.end > 12 {
				continue
			}
			switch {
			case appeal || demand:
				if !infinitiveOrThat(st.toks, h.end, g.head) && !(g.p.Noun && nounObject(st.toks, h.end, g.head)) {
					continue
				}
				code := requestCode(g.code, demand)
				if code == "" {
					continue
				}
				if h.code == "023" && strings.HasPrefix(code, "023") || h.code != "023" {
					h.code = code
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
				if g.status != dyad.Future && g.status != dyad.Hypothetical && !strings.HasPrefix(g.code, "13") {
					continue
				}
				if c.quad(g.code) < 3 && !strings.HasPrefix(g.code, "13") {
					continue
				}
				if g.code == "171" && seizesTerritory(st.toks, g.end) {
					g.code = "192" // "threatened to seize more territory in Gaza"
					if len(g.target) == 0 && len(h.source) > 0 {
						if t := c.attackPlace(st, g); t != nil && t.Country != h.source[0].Country {
							g.target = []actors.Mention{*t}
						}
					}
				}
				h.code = threatCode(c.ont, g.code)
				if len(h.target) == 0 {
					h.target = g.target
				}
				live[j] = false
			}
			break
		}
		if warn && len(h.target) == 0 {
			h.target = c.conditionalActors(st, h.end)
		}
		if appeal || demand {
			if len(h.target) == 0 {
				h.target = c.thatSubject(st, h.end) // "demanded that Japan stop …"
			}
			// what is asked for is not done: nothing in the complement is an event
			for j := k + 1; j < len(hits); j++ {
				if hits[j].head > h.end && !clauseBreakBetween(st.toks, h.end, hits[j].head) {
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
// CAMEO code of that request; "" when there is none.
func requestCode(act string, demand bool) string {
	type pair struct{ appeal, demand string }
	var p pair
	switch {
	case strings.HasPrefix(act, "04") || act == "036":
		p = pair{"026", "106"}
	case strings.HasPrefix(act, "087") || act == "0356" || act == "0256":
		p = pair{"0256", "1056"}
	case strings.HasPrefix(act, "084") || act == "0353":
		p = pair{"0253", "1053"}
	case act == "085" || act == "0354":
		p = pair{"0254", "1054"}
	case strings.HasPrefix(act, "086") || act == "0355":
		p = pair{"0255", "1055"}
	case strings.HasPrefix(act, "081"):
		p = pair{"0251", "1051"}
	case act == "071" || act == "0331":
		p = pair{"0231", "1031"}
	case act == "072" || act == "0332":
		p = pair{"0232", "1032"}
	case act == "073" || act == "0333":
		p = pair{"0233", "1033"}
	case act == "074" || act == "0334":
		p = pair{"0234", "1034"}
	case strings.HasPrefix(act, "07") || act == "033":
		p = pair{"023", "103"}
	case act == "061" || act == "0311":
		p = pair{"0211", "1011"}
	case act == "062" || act == "0312":
		p = pair{"0212", "1012"}
	case strings.HasPrefix(act, "06") || strings.HasPrefix(act, "031"):
		p = pair{"021", "101"}
	case act == "037":
		p = pair{"027", "107"}
	case act == "045" || act == "039" || act == "038":
		p = pair{"028", "108"}
	case strings.HasPrefix(act, "05") || act == "032":
		p = pair{"022", "102"}
	case act == "080":
		p = pair{"0241", "1041"}
	default:
		return ""
	}
	if demand {
		return p.demand
	}
	return p.appeal
}

// refusalCode maps what was refused to the CAMEO 12x code.
func refusalCode(act string) string {
	switch {
	case strings.HasPrefix(act, "084"):
		return "1243"
	case act == "085":
		return "1244"
	case strings.HasPrefix(act, "086"):
		return "1245"
	case strings.HasPrefix(act, "087"):
		return "1246"
	case strings.HasPrefix(act, "04"):
		return "125"
	case strings.HasPrefix(act, "06"):
		return "121"
	case strings.HasPrefix(act, "07"):
		return "122"
	case strings.HasPrefix(act, "08"):
		return "124"
	}
	return "120"
}

// thatSubject returns the actor right after "that" following token from:
// the subject of a demanded or requested act.
func (c *Coder) thatSubject(st *sentence, from int) []actors.Mention {
	for k := from; k < len(st.toks) && k < from+4; k++ {
		if st.toks[k].Lower != "that" {
			continue
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

// nounSource finds the actor of a noun event: the subject of the verb that
// governs it ("Pyongyang ramping up weapons testing", "Russia launched a
// drone attack"), else a possessive right before it ("Syria's airstrikes").
func (c *Coder) nounSource(st *sentence, i int) []actors.Mention {
	toks := st.toks
	// "another missile test by North Korea": the by-agent
	for k := i + 1; k+1 < len(toks) && k <= i+8; k++ {
		if toks[k].Lower == "by" {
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
		if toks[k].Text == "," || strings.HasPrefix(toks[k].Tag, "VB") {
			break
		}
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		t := toks[k]
		if m := st.at[k]; m >= 0 {
			mt := st.ments[m]
			if mt.Possessive || k == i-1 && (mt.Modifier || mt.Kind != actors.KindCountry && mt.Kind != actors.KindCapital) {
				return c.group(st, m) // "Syria's airstrikes", "Russian airstrikes"
			}
			return nil // "the Mogadishu bombing": a place, not the bomber
		}
		if strings.HasPrefix(t.Tag, "VB") {
			if t.Lemma == "say" || t.Lemma == "tell" {
				return nil // "Tillerson said the missile test was …": not his test
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
		return nil
	}
	return nil
}

// rejectedRequest finds the request, offer or demand a rejection answers
// and who made it: "rejected Hamas's demands for a ceasefire" → Hamas 1056
// Israel, and the rejection becomes 1246.
func (c *Coder) rejectedRequest(st *sentence, h *verbHit) (verbHit, bool) {
	toks := st.toks
	if len(h.source) == 0 {
		return verbHit{}, false
	}
	for k := h.head + 1; k < len(toks) && k < h.head+6; k++ {
		w := strings.TrimSuffix(toks[k].Lower, "s")
		var code, reject string
		cease := strings.Contains(strings.Join(lowerWords(toks[k+1:min(len(toks), k+6)]), " "), "ceasefire") ||
			strings.Contains(strings.Join(lowerWords(toks[k+1:min(len(toks), k+6)]), " "), "truce")
		next := strings.Join(lowerWords(toks[k+1:min(len(toks), k+5)]), " ")
		talks := strings.Contains(next, "talk") || strings.Contains(next, "summit") || strings.Contains(next, "meeting") || strings.Contains(next, "negotiat")
		switch w {
		case "demand":
			code, reject = "100", ""
			if cease {
				code, reject = "1056", "1246"
			}
		case "call", "appeal", "request":
			code = "020"
			if cease {
				code, reject = "0256", "1246"
			}
		case "offer", "proposal":
			code = "030"
			if talks {
				code, reject = "036", "125"
			}
		case "ultimatum":
			code = "139"
		default:
			continue
		}
		var by []actors.Mention
		for j := k - 1; j > h.head && j >= k-3; j-- {
			if m := st.at[j]; m >= 0 {
				by = []actors.Mention{st.ments[m]}
				break
			}
		}
		if by == nil && k+2 < len(toks) && toks[k+1].Lower == "by" {
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
		// the act asked for, offered or demanded names the request and the
		// rejection: "a demand that they free detained staff" 1053 / 1243
		for j, g := range st.hits {
			if g.head <= k || g.head > k+8 || g.p.has(flagSpeech) || !infinitiveOrThat(toks, k+1, g.head) {
				continue
			}
			switch {
			case w == "demand" || w == "call" || w == "appeal" || w == "request":
				if rc := requestCode(g.code, w == "demand"); rc != "" {
					code, reject = rc, refusalCode(g.code)
				}
			case w == "offer" && (strings.HasPrefix(g.code, "04") || g.code == "045" || strings.HasPrefix(g.code, "07")):
				code, reject = intentCode(g.code), refusalCode(g.code)
				st.hits[j].code = "" // nor what is offered
			}
			break
		}
		if reject != "" && (h.code == "120" || h.code == "127" || h.code == "125") && reject != "120" {
			h.code = reject
		}
		if code == "030" {
			return verbHit{}, false // an unspecified proposal is no event of its own
		}
		status := dyad.Asserted
		if strings.HasPrefix(code, "03") {
			status = dyad.Future
		}
		return verbHit{p: accusePattern, head: k, end: k + 1, code: code, status: status,
			source: by, target: []actors.Mention{h.source[0]}}, true
	}
	return verbHit{}, false
}

// accusePattern is the implied accusation behind "X denied Y's accusation".
var accusePattern = &Pattern{Code: "112", Flags: flagNoTarget}

// accuserOf finds the accuser named with the accusation a denial answers:
// "denied Washington's accusation", "denied UN accusations", "denied a
// Saudi accusation", "denied allegations by Kyiv".
func (c *Coder) accuserOf(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	for k := h.end; k < len(toks) && k < h.end+6; k++ {
		w := strings.TrimSuffix(toks[k].Lower, "s")
		if w != "accusation" && w != "allegation" && w != "claim" && w != "charge" && w != "report" {
			continue
		}
		// a modifier or possessive before the noun
		for j := k - 1; j >= h.end && j >= k-3; j-- {
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
// yielding 035x.
func intentCode(code string) string {
	if strings.HasPrefix(code, "03") {
		return code
	}
	switch {
	case code == "045":
		return "039" // to mediate
	case strings.HasPrefix(code, "04"):
		return "036"
	case strings.HasPrefix(code, "05"):
		return "032"
	case code == "061":
		return "0311"
	case code == "062":
		return "0312"
	case code == "063":
		return "0313"
	case code == "064":
		return "0314"
	case strings.HasPrefix(code, "06"):
		return "031"
	case code == "071":
		return "0331"
	case code == "072":
		return "0332"
	case code == "073":
		return "0333"
	case code == "074":
		return "0334"
	case strings.HasPrefix(code, "07"):
		return "033"
	case code == "0841" || code == "084":
		return "0353"
	case code == "085":
		return "0354"
	case strings.HasPrefix(code, "086"):
		return "0355"
	case strings.HasPrefix(code, "087"):
		return "0356"
	case strings.HasPrefix(code, "08"):
		return "035"
	case strings.HasPrefix(code, "02"), strings.HasPrefix(code, "01"):
		return code
	}
	return "030"
}

// threatCode maps a conflictual code to the CAMEO 13x threat of it:
// sanctions 1312, reduced relations 1313, reduced aid 1311, halting
// talks 134, repression 137, force 138x.
func threatCode(ont *cameo.Ontology, code string) string {
	switch {
	case strings.HasPrefix(code, "13"):
		return code
	case code == "163":
		return "1312"
	case strings.HasPrefix(code, "162"):
		return "1311"
	case strings.HasPrefix(code, "161"), code == "160":
		return "1313"
	case code == "164":
		return "134"
	case code == "165":
		return "135"
	case strings.HasPrefix(code, "166"):
		return "136"
	case strings.HasPrefix(code, "17"):
		return "137"
	case strings.HasPrefix(code, "191"):
		return "1381"
	case strings.HasPrefix(code, "192"):
		return "1382"
	case strings.HasPrefix(code, "18"), strings.HasPrefix(code, "19"):
		return "138"
	case strings.HasPrefix(code, "20"):
		return "1385"
	case strings.HasPrefix(code, "14"):
		return "133"
	case strings.HasPrefix(code, "15"):
		return code // a planned drill is still a show of force, in the future
	}
	return code // verbal conflict keeps its code, status future
}
