package events

// Precision rules from a judged sample of events coded on real news (the
// five text corpora under ../shared/corpora): business news coded as
// politics ("the company refused to say", "the airline will open new
// routes"), generic class descriptions in restrictive relatives
// ("pupils who commit or threaten violence"), and future duties ("Mr
// Blair will have to defend his record"), and "the country" read as the
// state of an earlier sentence when its own sentence names the state
// ("South Korea's Defense Ministry said the country's military …"), and
// tallies of acts in the present perfect ("has conducted dozens of
// missile tests"), and outcomes a modal verb of causing governs ("could
// lead to Erdoğan reaching a deal"), and an "it" that completes a
// state's warning or claim ("North Korea's warning that it might …").
// CODING.md: nothing is coded from markets; "will/would" alone is not an
// event.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// businessOnly reports an event among businesses and the public: its
// source is a company, firm or airline (sector BUS) and it has no target,
// or its target is another business or civilians ("the company refused
// to say what the money would be used for", "Samsung appears to be siding
// with Qualcomm"). Such news is commerce, not politics. A company's act
// on a state, a government or an armed group ("Mitsubishi asked the
// Australian Government for more money") stays an event.
func businessOnly(ev dyad.Event) bool {
	if !actorSector(ev.Source, "BUS") {
		return false
	}
	t := ev.Target
	return t == nil || actorSector(t, "BUS") || actorSector(t, "CVL")
}

// actorSector reports an actor with role code sector among its sectors.
func actorSector(a *dyad.Actor, sector string) bool {
	if a == nil {
		return false
	}
	for _, s := range a.Sectors {
		if s == sector {
			return true
		}
	}
	return false
}

// futureDuty reports a verb at i governed by a future or conditional
// obligation ("will have to defend", "would have to agree on", "'ll have
// to pay"): a duty, not a plan of the subject's own, so not an intent
// (CODING.md: "will" or "would" alone is not an event).
func futureDuty(toks []dyad.Token, i int) bool {
	if i < 3 || toks[i-1].Lower != "to" || toks[i-2].Lower != "have" {
		return false
	}
	switch toks[i-3].Lower {
	case "will", "would", "'ll", "shall", "may", "might", "could":
		return true
	}
	return false
}

// genericRelative reports a verb at i in a restrictive relative clause
// of the present tense whose head is a bare plural or an indefinite
// pronoun ("exclude pupils who commit or threaten violence", "anyone who
// attacks a police officer", "those who oppose the plan"): a description
// of a class of people, no act of the day. A relative on a named or
// definite head ("the rebels who attack the city") is not generic.
func genericRelative(st *sentence, i int) bool {
	toks := st.toks
	if toks[i].Tag != "VBP" && toks[i].Tag != "VBZ" && toks[i].Tag != "VB" {
		return false
	}
	// back over a coordinated present verb: "who commit or threaten"
	j := i - 1
	if j >= 2 && (toks[j].Lower == "or" || toks[j].Lower == "and") && (toks[j-1].Tag == "VBP" || toks[j-1].Tag == "VBZ") {
		j -= 2
	}
	if toks[i].Tag == "VB" && j == i-1 {
		return false // a bare verb needs the coordinated present before it
	}
	if j < 1 || toks[j].Lower != "who" && toks[j].Lower != "that" {
		return false
	}
	h := j - 1
	switch toks[h].Lower {
	case "anyone", "anybody", "those", "everyone", "whoever", "people":
		return st.at[h] < 0 || toks[h].Lower == "people"
	}
	if toks[h].Tag != "NNS" || h == 0 {
		return false
	}
	// the plural's determiner: none, or "any", "all"
	for k := h - 1; k >= 0 && k >= h-3; k-- {
		switch t := toks[k]; {
		case t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "NNS":
			continue
		case t.Lower == "any" || t.Lower == "all":
			return true
		case t.Tag == "DT" || t.Tag == "PRP$" || t.Tag == "POS" || t.Tag == "CD" || t.Tag == "NNP" || t.Tag == "NNPS":
			return false
		default:
			return true
		}
	}
	return true
}

// sentenceState returns the state of the last actor before token i of the
// sentence that is a state, a capital or one of a state's agents or
// people ("South Korea's Defense Ministry said the country's military
// conducted a drill": KOR), for a definite "the country" that the
// sentence itself answers; "" when none does. Places, modifiers,
// organisations and international bodies answer nothing.
func sentenceState(toks []dyad.Token, ms []actors.Mention, i int) string {
	for j := len(ms) - 1; j >= 0; j-- {
		m := &ms[j]
		if m.End > i || m.Place || m.Modifier || m.Unresolved || m.Country == "" || strings.HasPrefix(m.Code, "IGO") {
			continue
		}
		if m.Start > 0 && toks[m.Start-1].Tag == "IN" {
			continue // "inside Syria", "over Japan": a place, whatever the matcher says
		}
		switch m.Kind {
		case actors.KindCountry, actors.KindCapital, actors.KindAdjective, actors.KindAgent, actors.KindPerson, "title":
			return m.Country
		}
	}
	return ""
}

// countedSummary reports a present perfect whose own event noun is
// counted in the dozens ("North Korea has conducted dozens of missile
// tests under Kim", "Hamas has carried out numerous suicide bombings in
// Israel"): a tally of the background, no event of the day. The count
// must lie within the pattern's words and count acts, so a counted
// object of people or things ("have detained dozens of officials", "has
// shipped hundreds of missiles") is still the act; a date in the
// clause ("the most recent on Saturday", "overnight") keeps the act.
func countedSummary(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if h.status != dyad.Asserted || h.p.Noun || toks[i].Tag != "VBN" && toks[i].Tag != "VBD" {
		return false
	}
	j := i - 1
	for j >= 0 && toks[j].Tag == "RB" {
		j--
	}
	if j < 0 || toks[j].Lower != "has" && toks[j].Lower != "have" {
		return false
	}
	counted := false
	for k := i + 1; k < h.end && k < len(toks); k++ {
		switch toks[k].Lower {
		case "dozens", "hundreds", "scores", "thousands", "numerous", "countless":
			counted = true
		}
	}
	if !counted || h.end > len(toks) {
		return false
	}
	switch toks[h.end-1].Lower {
	case "tests", "strikes", "airstrikes", "attacks", "bombings", "raids", "launches", "executions", "arrests", "operations", "drills", "exercises", "incursions", "assaults":
	default:
		return false // "has shipped hundreds of missiles to Ukraine": things, not acts
	}
	for k := 0; k < clauseEnd(toks, i); k++ {
		if st.isDate[k] && !(k > 0 && toks[k-1].Lower == "since") {
			return false
		}
	}
	return true
}

// modalOutcome reports a gerund at i that a modal verb of causing
// governs as its possible outcome ("could lead to the Turkish president
// reaching a deal with Damascus", "might result in Kenya withdrawing its
// troops"): what may follow, not what happened, so hypothetical.
func modalOutcome(toks []dyad.Token, i int) bool {
	if toks[i].Tag != "VBG" {
		return false
	}
	for j := i - 1; j >= 2 && j >= i-14; j-- {
		t := toks[j]
		if t.Text == ";" || t.Text == ":" || finite(t.Tag) && t.Lemma != "be" {
			return false
		}
		if !(t.Lower == "to" && toks[j-1].Lemma == "lead" || t.Lower == "in" && toks[j-1].Lemma == "result") {
			continue
		}
		for k := j - 2; k >= 0 && k >= j-4; k-- {
			if toks[k].Tag == "MD" {
				return true
			}
			if toks[k].Tag != "RB" {
				return false
			}
		}
		return false
	}
	return false
}

// ownerOfClaim returns the state or body whose statement noun the "it" at
// i completes ("North Korea's warning that it might conduct a hydrogen
// bomb test", "Iran's claim that it had shot down a drone"): the owner
// of the warning or claim, not the sentence's subject. nil when the
// words before "that" are no possessed statement noun.
func ownerOfClaim(toks []dyad.Token, ms []actors.Mention, i int) *actors.Mention {
	if i < 3 || toks[i-1].Lower != "that" {
		return nil
	}
	switch toks[i-2].Lower {
	case "warning", "warnings", "claim", "claims", "threat", "threats", "announcement", "statement", "insistence", "assertion", "pledge", "promise", "vow", "denial", "admission":
	default:
		return nil
	}
	k := i - 3
	for k >= 0 && (toks[k].Tag == "JJ" || toks[k].Tag == "VBG" || toks[k].Tag == "RB") {
		k-- // "North Korea's repeated warning"
	}
	if k < 0 || !isPossTok(toks[k]) {
		return nil
	}
	for j := range ms {
		m := &ms[j]
		if m.End == k && !m.Person && !m.Place && (m.Country != "" || m.Kind == actors.KindOrg) {
			return m
		}
	}
	return nil
}
