package events

import (
	"strings"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// pastHolders maps a person's name, in lower case, to the last day any of
// their dictionary roles ended (an ISO date), for people all of whose
// roles have ended: "barack obama" and "obama" → "2017-01-20". A surname
// shared by a person still in a role is left out. Built once in New from
// the person entries of the actor dictionary; read-only after.
type pastHolders map[string]string

func newPastHolders(d *actors.Dictionary) pastHolders {
	const open = "9999-12-31"
	last := map[string]string{}
	add := func(k, to string) {
		if to == "" {
			to = open
		}
		if last[k] < to {
			last[k] = to
		}
	}
	for _, e := range d.Entries {
		if e.Kind != actors.KindPerson {
			continue
		}
		if e.From == "" && e.To == "" {
			continue // a person with no role ("Michelle Obama")
		}
		name := strings.ToLower(e.Phrase)
		add(name, e.To)
		if ws := strings.Fields(name); len(ws) > 1 {
			add(ws[len(ws)-1], e.To)
		}
	}
	ph := pastHolders{}
	for k, to := range last {
		if to != open {
			ph[k] = to
		}
	}
	return ph
}

// recentRole is how long after a role ends its holder's undated acts are
// still taken as news.
const recentRole = 90 * 24 * time.Hour

// former reports an actor named as a person whose every role ended 90
// days or more before pub (the article's date, YYYY-MM-DD…) and whom text does not
// call "former" or "ex-": a past leader's act told without a date
// is background ("Barack Obama refused to get involved" in a 2018 story),
// while "former president Obama said" is news of today.
//
// rel says the act is told in a relative clause on the person ("Former
// president Barack Obama, who imposed sanctions on Iran, said …"): there
// "former" dates the person, not the act, and the act is background.
func (ph pastHolders) former(a *dyad.Actor, text, pub string, rel bool) bool {
	if a == nil || len(pub) < 10 || a.Code != a.Country {
		return false
	}
	to, ok := ph.lastDay(a.Text)
	if !ok {
		return false
	}
	end, err1 := time.Parse("2006-01-02", to)
	day, err2 := time.Parse("2006-01-02", pub[:10])
	if err1 != nil || err2 != nil || day.Sub(end) < recentRole {
		return false // a role ended lately: "Mugabe resigned" is this month's news
	}
	if s := a.Span[0]; !rel && s > 0 && s <= len(text) {
		before := strings.Fields(strings.ToLower(text[:s]))
		for k := len(before) - 1; k >= 0 && k >= len(before)-4; k-- {
			w := before[k]
			if w == "former" || w == "ex" || strings.HasPrefix(w, "ex-") {
				return false
			}
		}
	}
	return true
}

// tally reports a hit that counts an actor's deeds over a career against
// someone else's: a perfect verb followed by "more … than" ("has tested
// more missiles than his father and grandfather combined"). It sums up
// the past; no event happened. A comparison with an expectation ("has sent
// more troops than expected") still tells a deed.
func tally(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if i < 1 || toks[i].Tag != "VBN" {
		return false
	}
	perfect := false
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if w := toks[k].Lower; w == "has" || w == "have" || w == "had" {
			perfect = true
			break
		}
	}
	if !perfect || i+1 >= len(toks) {
		return false
	}
	if w := toks[i+1].Lower; w != "more" && w != "fewer" {
		return false
	}
	// "more than 80 tests", "more than $70 million": an amount, no comparison
	for k := i + 3; k < len(toks) && k <= i+6; k++ {
		if toks[k].Lower != "than" {
			continue
		}
		if k+1 < len(toks) {
			switch toks[k+1].Lower {
			case "expected", "ever", "before", "planned", "promised", "usual", "anticipated", "agreed", "previously", "last", "in":
				return false
			}
		}
		return true
	}
	return false
}

// beginnings reports a past act aimed at the start of a long process,
// told as background: "As the regime clamped down on the initial
// protests", "cracked down at the start of the uprising", or the act
// that started it in a relative clause (originWhen: "fighting that
// began when the group fired rockets"). The act is years old; the story
// is about what came after.
func beginnings(st *sentence, h *verbHit) bool {
	toks := st.toks
	if toks[h.head].Tag != "VBD" {
		return false
	}
	if originWhen(toks, h.head) {
		return true
	}
	for k := h.head + 1; k < len(toks) && k <= h.head+7; k++ {
		switch toks[k].Lower {
		case ",", ";", ":", "but", "and", "while", "which", "who", "that", "since":
			return false
		case "initial", "early", "first", "original", "start", "beginning", "outset":
			for j := k + 1; j < len(toks) && j <= k+4; j++ {
				switch toks[j].Lower {
				case "protests", "uprising", "uprisings", "revolution", "revolt", "war", "conflict", "insurgency", "rebellion", "demonstrations", "crisis":
					return true
				case ",", ";", ":":
					return false
				}
			}
			return false
		}
	}
	return false
}

// originWhen reports a past verb at i in a "when" clause that tells how
// a process named in a relative clause began: "more than a year of
// fighting that began when the group fired rockets in support of Hamas",
// "the war, which broke out when Russia invaded". The clause dates the
// start of the fighting the story tells the end or a stage of; it is
// history, not the story's act.
func originWhen(toks []dyad.Token, i int) bool {
	w := i - 1
	for w > 0 && w >= i-6 && toks[w].Lower != "when" {
		if t := toks[w].Tag; t != "DT" && t != "JJ" && t != "NN" && t != "NNS" && t != "NNP" && t != "NNPS" && t != "POS" && t != "PRP" && t != "CD" {
			return false // only the clause's subject between "when" and its verb
		}
		w--
	}
	if w < 3 || toks[w].Lower != "when" {
		return false
	}
	j := w - 1
	if toks[j].Lower == "out" && j > 0 && toks[j-1].Lemma == "break" {
		j-- // "broke out when"
	} else {
		switch toks[j].Lemma {
		case "begin", "start", "erupt", "ignite", "flare":
		default:
			return false
		}
	}
	return j > 0 && (toks[j-1].Lower == "that" || toks[j-1].Lower == "which")
}

// sportFight reports force words used of a game: a blockade, attack or
// bombardment aimed at a goal ("laid siege to the Ghanaian goal",
// "bombarded the Spanish goalmouth"), or in a sentence timed by a match's
// clock ("attacked the Nigerian defence from the first whistle", "in the
// second half"), its score ("3-0") or its competition ("a World Cup
// qualifier", "the semi-final"). Only force codes (roots 15–20) are
// checked.
func sportFight(st *sentence, h *verbHit) bool {
	if len(h.code) < 2 || h.code[:2] < "15" || h.code[:2] > "20" {
		return false
	}
	toks := st.toks
	for k := h.head + 1; k < len(toks) && k <= h.head+8; k++ {
		w := toks[k].Lower
		if w == "," || w == ";" || w == ":" {
			break
		}
		switch w {
		case "goal", "goalmouth", "goalkeeper", "crossbar", "woodwork":
			return true
		}
	}
	for k, t := range toks {
		if score(t.Lower) && (k+1 == len(toks) || scoreNext(toks[k+1].Lower)) {
			return true // "crushed Argentina 3-0 in …", "a 2-1 win" (not "killing 3-4 people")
		}
		switch t.Lower {
		case "striker", "strikers":
			if !labourStrikers(toks, k) {
				return true
			}
		case "half-time", "halftime", "kick-off", "midfielder", "midfielders",
			"qualifier", "qualifiers", "semi-final", "semi-finals", "quarter-final", "quarter-finals":
			return true
		case "cup":
			if k > 0 && toks[k-1].Lower == "world" {
				return true // "a World Cup qualifier"
			}
		case "whistle":
			if k > 0 && (toks[k-1].Lower == "first" || toks[k-1].Lower == "final" || toks[k-1].Lower == "opening") {
				return true // "from the first whistle"; "politicians whistle and look away" is no game
			}
		case "half":
			if k > 0 && (toks[k-1].Lower == "second" || toks[k-1].Lower == "first") && (k+1 >= len(toks) || toks[k+1].Lower != "of") {
				return true
			}
		}
	}
	return false
}

// score reports a match score: two one-digit numbers joined by a hyphen
// ("3-0", "2-1").
func score(w string) bool {
	return len(w) == 3 && w[1] == '-' && w[0] >= '0' && w[0] <= '9' && w[2] >= '0' && w[2] <= '9'
}

// scoreNext reports a word that may follow a match score: a result noun,
// a preposition or punctuation, not the noun a count ("3-4 people") has.
func scoreNext(w string) bool {
	switch w {
	case "win", "victory", "defeat", "loss", "draw", "thrashing", "in", "at", "on", "against", "away", ",", ".", ";":
		return true
	}
	return false
}

// editorial reports a news outlet declining to print, publish or air
// something ("the newspaper refused to print the letter"): an editor's
// choice, no political act. A refusal aimed at someone ("refused to hand
// over its footage to the police") is still coded.
func editorial(st *sentence, h *verbHit) bool {
	if !strings.HasPrefix(h.code, "12") || len(h.target) > 0 || len(h.source) == 0 || !strings.HasSuffix(h.source[0].Code, "MED") {
		return false
	}
	toks := st.toks
	for k := h.head + 1; k < len(toks) && k <= h.head+3; k++ {
		switch toks[k].Lower {
		case "print", "publish", "air", "broadcast", "run", "carry":
			return toks[k-1].Lower == "to"
		}
	}
	return false
}

// relative reports a hit whose verb opens a relative clause: "who
// imposed", "who had brokered".
func relative(st *sentence, h *verbHit) bool {
	toks := st.toks
	for k := h.head - 1; k >= 0 && k >= h.head-2; k-- {
		switch toks[k].Lower {
		case "who":
			return true
		case "had", "has", "once", "famously":
			continue
		}
		return false
	}
	return false
}

// endedBy reports an actor named as a person whose every role ended on or
// before pub (YYYY-MM-DD): a holder the publication day codes as the
// country alone.
func (ph pastHolders) endedBy(a dyad.Actor, pub string) bool {
	to, ok := ph.lastDay(a.Text)
	return ok && to <= pub
}

// lastDay returns the last day in office (YYYY-MM-DD) of the holder a
// mention's text names, dropping a possessive and any title words before
// the name ("President Omar al-Bashir's" → "omar al-bashir", then
// "al-bashir"); ok is false when no tail of the text is a past holder.
func (ph pastHolders) lastDay(text string) (to string, ok bool) {
	name := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(text, "'s"), "’s"))
	for {
		if to, ok = ph[name]; ok {
			return to, true
		}
		i := strings.IndexByte(name, ' ')
		if i < 0 {
			return "", false
		}
		name = name[i+1:]
	}
}

// labourStrikers reports "strikers" at k as workers on strike, not
// footballers: the sentence tells a labour strike ("a general strike
// called by the unions"), or the strikers are fired on or at ("Security
// forces fired on strikers in Conakry").
func labourStrikers(toks []dyad.Token, k int) bool {
	if k >= 2 && (toks[k-1].Lower == "on" || toks[k-1].Lower == "at") && (toks[k-2].Lemma == "fire" || toks[k-2].Lemma == "shoot") {
		return true
	}
	for _, t := range toks {
		switch t.Lower {
		case "strike", "strikes", "walkout", "walkouts", "union", "unions":
			return true
		}
	}
	return false
}
