package events

// The home of an unnamed armed group ("rebels", "militants", "gunmen")
// from its own phrase and its list, before the place the sentence is set
// in: a place name right before the group noun ("Gaza militants fired
// rockets into Israel": PSE, not the Israel the rockets hit), and a state
// the group is listed with as a party ("South Sudan's government and
// rebels signed a ceasefire in Addis Ababa": SSD, not the Ethiopia of the
// venue; "Indonesia and Aceh rebels signed a peace deal in Helsinki"),
// or an armed group it fights beside ("The RSF and allied armed groups
// signed a charter in Nairobi": SDN).
// Non-state groups take the country where they fight (CODING.md), and a
// government's own rebels fight in its state; the venue of a signing is
// no battlefield.

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// armedHome returns the country of the unnamed armed group m from its
// premodifying place name or from the state listed right before it among
// the resolved mentions before (the last of which precedes m); "" when
// neither names one.
func (c *Coder) armedHome(st *sentence, before []actors.Mention, m actors.Mention) string {
	toks := st.toks
	if n := len(before); n > 0 && before[n-1].End == m.Start && premodifierOf(st, before[n-1], m) {
		// "Syria and Turkish-backed rebels": the backer is no home of the
		// group (CODING.md: "Western-backed" names no actor); the list
		// item before it may be
		before = before[:n-1]
	}
	for n := 2; n >= 1; n-- {
		j := m.Start - n
		if j < 0 || len(before) > 0 && before[len(before)-1].End > j {
			continue // (a word of an actor named before: "Indonesia and …")
		}
		if j > 0 && (toks[j-1].Tag == "IN" || toks[j-1].Tag == "TO") {
			break // "in Aceh rebels …" reads no name of the group
		}
		if p, w, ok := c.placeAt(st, j, m.Start, n); ok && w == n && len(p.Country) == 3 {
			return p.Country // "Gaza militants", "Aceh rebels"
		}
	}
	if home := c.ownPlace(st, m); home != "" {
		return home // "Russia and separatists in eastern Ukraine": where they fight, not the list's state
	}
	if len(before) == 0 {
		return ""
	}
	r := before[len(before)-1]
	if r.Modifier || r.Place || len(r.Country) != 3 || r.End > m.Start || m.Start-r.End > 4 ||
		hasSector(r, "CRM", "OPP", "CVL") || len(r.Code) > 3 && r.Code[:3] == "IMG" {
		return ""
	}
	switch r.Kind {
	case actors.KindCountry, actors.KindCapital, actors.KindAgent, actors.KindPerson:
	case "coref":
		if r.Person || !hasSector(r, "MIL", "GOV") {
			return ""
		}
		// "fighting between government forces and separatists", the
		// forces told this sentence's state (Kiev named): that state's
		// rebels, not the country of the story's earlier part
	default:
		return ""
	}
	conj := false
	for k := r.End; k < m.Start; k++ {
		switch toks[k].Lower {
		case "and":
			conj = true
		case "the", ",":
		default:
			if !listPremodifier(st, k, m.Start) && !((toks[k].Tag == "JJ" || toks[k].Tag == "VBN") && !startsUpperASCII(toks[k].Text)) && !st.words.creedWord(toks[k]) {
				return ""
			}
		}
	}
	if !conj || objectPosition(toks, r.Start) && subjectOfNext(toks, m.End) {
		return "" // ("struck Lebanon and Iran-backed militias fired …": a new clause)
	}
	if hasSector(r, "MIL") && len(r.Sectors) == 1 && battleAfter(toks, m.End) {
		if p := c.clauseCountry(st, m.Start); p != "" && p != r.Country {
			// "Ethiopian troops and Islamist insurgents fought in the
			// streets of Mogadishu": a foreign army's enemies are of
			// the place where they fight, not the army's state (the
			// venue of a signing is none: "Sudan's army and militias
			// signed a deal in Cairo")
			return p
		}
	}
	return r.Country // "South Sudan's government and rebels", "the RSF and allied armed groups"
}

// premodifierOf reports the modifier mention p, ending where m starts, as
// a backer or leader qualifying m: "Iran-backed" in "Iran-backed
// militias".
func premodifierOf(st *sentence, p, m actors.Mention) bool {
	return p.Modifier && p.End == m.Start && p.End > 0 && hyphenParticiple(st.toks[p.End-1].Lower)
}

// ownPlace returns the country of the place in the group's own phrase
// right after it, "in" with at most two lower-case adjectives and "the"
// ("rebels in eastern Congo", "separatists in the Donbas"); "" when none.
func (c *Coder) ownPlace(st *sentence, m actors.Mention) string {
	toks := st.toks
	if m.End+1 >= len(toks) || toks[m.End].Lower != "in" {
		return ""
	}
	j := pastThe(toks, m.End+1)
	for n := 0; n < 2 && j < len(toks) && toks[j].Tag == "JJ" && !startsUpperASCII(toks[j].Text); n++ {
		j++
	}
	if p, _, ok := c.placeAt(st, j, len(toks), 3); ok && len(p.Country) == 3 {
		return p.Country
	}
	return ""
}

// ownSentenceMilitants returns the state of unnamed militants m when the
// story's main country (focus) is named neither by the mentions resolved
// before them nor by all, those after them, and a
// state's armed force or police named before them is: the country of the
// place the sentence names, else that force's unless the story has
// named its country three times or more. "" otherwise, and the story's
// country stands ("US troops advising rebels" in a story of Syria).
func (c *Coder) ownSentenceMilitants(ctx *articleCtx, st *sentence, before, all []actors.Mention, m actors.Mention) string {
	f := ctx.focus()
	if f == "" {
		return ""
	}
	for _, x := range append(all[:len(all):len(all)], before...) {
		if x.Country == f {
			return "" // the story's country is this sentence's too ("… an attack on India's parliament")
		}
	}
	force := ""
	for _, b := range before {
		if force == "" && b.Start < m.Start && len(b.Country) == 3 && !b.Place && hasSector(b, "MIL", "COP") {
			force = b.Country
		}
	}
	if force == "" {
		return ""
	}
	if p := c.sentenceCountry(st); p != "" {
		return p
	}
	if ctx.countries[f] >= 3 {
		return "" // a story about f: its rebels fight there
	}
	return force
}

// battleAfter reports a verb or noun of fighting among the six tokens
// after from, before a comma: "fought running gun battles", "clashed".
func battleAfter(toks []dyad.Token, from int) bool {
	for k := from; k < len(toks) && k < from+6 && toks[k].Text != ","; k++ {
		switch toks[k].Lower {
		case "fought", "fight", "clashed", "clash", "battled", "battle", "battles", "exchanged":
			return true
		}
	}
	return false
}

// creedWord reports a creed or ideology word ending in "-ist" that
// premodifies a group noun, whatever tag the tagger gave it ("communist
// rebel leaders", "Maoist rebels", "separatist fighters"): a word of the
// group's own phrase, like an adjective, so that "Philippine government
// negotiators and communist rebel leaders" are the Philippines' rebels,
// not the state of the talks' mediator or venue.
//
// The creeds are a closed list, [creed words] (data/words.txt):
// "journalist", "activist" or "tourist" name no creed.
func (v *vocab) creedWord(t dyad.Token) bool {
	if t.Tag != "JJ" && t.Tag != "NN" && t.Tag != "NNP" {
		return false
	}
	return v.creedWords[t.Lower]
}
