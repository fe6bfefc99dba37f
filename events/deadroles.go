package events

// The role of a leader on the day the leader fell. A dictionary range
// ends on the day the role ended (half-open: the successor's first day),
// so a leader killed on a day is the bare country on it and after it. But
// the act was done to the office holder: a person killed (or wounded)
// whose role ended in the week before the story is the target with the
// role held up to that end ("a U.S. strike killed Iranian commander
// Qassem Soleimani", IRNMIL), and a person captured or arrested on the
// very day the role ended keeps it that day (the end day counts in the
// role). A leader whose role ended earlier, or called "former" or
// deposed, stays the country.

import (
	"strings"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// fall kinds, what fallenVictim finds done to a person
const (
	fallNone    = iota
	fallKilled  // [fall verbs], [fall nouns]: killed, assassinated, wounded
	fallCaptive // [capture verbs], [capture nouns]: captured, arrested, detained
)

// roleAtFall returns m, a person the sentence st codes as the country
// alone, recoded with the role of the last day of the person's last
// dictionary range, when that range ended (lastDay) at most a week
// before the publication day pub (YYYY-MM-DD pubDate), or on it, and the
// sentence tells the person's fall (fallDay): a killing or wounding at
// any day of that week ("A U.S. strike killed Iranian commander Qassem
// Soleimani on Friday" in a Saturday story is IRNMIL; "Hezbollah
// confirmed on Saturday that its leader Hassan Nasrallah had been
// killed" LBNREB), a capture or arrest only when its day (the
// sentence's own day, else pubDate) is the day the range ends. ok is
// false, and m is returned as it is, for anyone else.
func (c *Coder) roleAtFall(st *sentence, m actors.Mention, pub time.Time, pubDate string) (actors.Mention, bool) {
	if pub.IsZero() || !m.Person || m.Code != m.Country {
		return m, false
	}
	last, ok := c.fallDay(st.toks, m, pub, pubDate)
	if !ok {
		return m, false
	}
	for _, n := range c.matcher.Find(st.s, last) {
		// (a transnational group's leader has no country of his own: out
		// of his role the sentence's place lent him one, "Osama bin Laden
		// was killed by U.S. commandos in Pakistan")
		if n.Start == m.Start && n.End == m.End && n.Person && (n.Country == m.Country || n.Country == "" && n.Code != "") && (len(n.Sectors) > 0 || n.Code != n.Country) {
			return n, true
		}
	}
	return m, false
}

// fallDay returns the last day in office (YYYY-MM-DD, the day before the
// range's end) of the person m names when the sentence toks tells the
// person's fall in office, as of day (a story's publication day, or an
// event's own date, YYYY-MM-DD): a killing when the range ended at most a
// week before day, or on it, and the sentence's own day, if it tells
// one, is not after the range's end (a killing told on the day after the
// last day in office, "confirmed on Saturday that its leader had been
// killed", still is; one told days later was done to a man already
// removed: "executed Jang Song Thaek on Thursday", PRK); a capture when
// the range ended on the capture's day (the sentence's own day, else
// day). ok is false for anyone else, and for a person called "former"
// or deposed.
func (c *Coder) fallDay(toks []dyad.Token, m actors.Mention, on time.Time, day string) (last string, ok bool) {
	if formerBefore(toks, m.Start) || deposedBefore(toks, m.Start) {
		return "", false
	}
	to, ok := c.past.lastDay(m.Text)
	if !ok {
		return "", false
	}
	end, err := time.Parse("2006-01-02", to)
	if err != nil || end.After(on) || on.Sub(end) > eventDayWindow {
		return "", false
	}
	switch c.words.fallenVictim(toks, m) {
	case fallKilled:
		if d, one := sentenceDay(toks, on, day); one && d > to {
			return "", false // "executed Jang Song Thaek on Thursday", four days after he was removed
		}
	case fallCaptive:
		d, one := sentenceDay(toks, on, day)
		if d == "" {
			d = day
		}
		if !one || d != to {
			return "", false // "Soldiers detained President Omar al-Bashir" a day after he was ousted
		}
	default:
		return "", false
	}
	return end.AddDate(0, 0, -1).Format("2006-01-02"), true
}

// fellInOffice reports a target m the event keeps with its role on the
// event's own date (date, YYYY-MM-DD), though the dictionary has it end
// by then: the victim of a fall in office (fallDay) whose role m still
// carries ("its leader Hassan Nasrallah had been killed", told on the
// day after: LBNREB).
func (c *Coder) fellInOffice(toks []dyad.Token, m *actors.Mention, date string) bool {
	if m == nil || !m.Person || m.Code == m.Country || len(date) != len("2006-01-02") {
		return false
	}
	on, err := time.Parse("2006-01-02", date)
	if err != nil {
		return false
	}
	_, ok := c.fallDay(toks, *m, on, date)
	return ok
}

// fallenVictim tells what toks say was done to the person m names: the
// object of an active verb at most six words before it with no other
// verb, clause break, subordinator, preposition but "of", or number
// between ("killed Iranian commander Qassem Soleimani", "arrested
// President X"; not "killed 7 people while President X was visiting"), the subject of a passive one at most twelve words after
// it with a form of "be" between and no other verb ("its leader Hassan
// Nasrallah had been killed", "X, the leader of al Qaeda in Iraq, was
// killed"), or the "of" phrase of a noun of the act or its possessor
// ("the killing of Hamas leader Ismail Haniyeh", "Soleimani's
// assassination"): fallKilled for the [fall verbs] and [fall nouns],
// fallCaptive for the [capture verbs] and [capture nouns], else fallNone.
func (v *vocab) fallenVictim(toks []dyad.Token, m actors.Mention) int {
	verb := func(lemma string) int {
		switch {
		case v.fallVerbs[lemma]:
			return fallKilled
		case v.captureVerbs[lemma]:
			return fallCaptive
		}
		return fallNone
	}
	noun := func(w string) int {
		switch {
		case v.fallNouns[w]:
			return fallKilled
		case v.captureNouns[w]:
			return fallCaptive
		}
		return fallNone
	}
	for k := m.Start - 1; k >= 0 && k >= m.Start-6; k-- {
		t := toks[k]
		if strings.HasPrefix(t.Tag, "VB") {
			if f := verb(t.Lemma); f != fallNone && !passiveAt(toks, k) {
				return f
			}
			break // ("confirmed that its leader … had been killed": the passive below)
		}
		if f := noun(t.Lower); f != fallNone && k+1 < m.Start && toks[k+1].Lower == "of" {
			return f
		}
		if t.Text == "," || t.Text == ";" || outsideVictim(t) {
			break
		}
	}
	if m.End+1 < len(toks) && isPossTok(toks[m.End]) {
		if f := noun(toks[m.End+1].Lower); f != fallNone {
			return f // "Soleimani's killing"
		}
	}
	be := false
	for k := m.End; k < len(toks) && k <= m.End+12; k++ {
		t := toks[k]
		switch t.Lower {
		case "was", "were", "been", "is", "are", "being":
			be = true
			continue
		case "had", "has", "have":
			continue
		}
		if strings.HasPrefix(t.Tag, "VB") {
			if be && t.Tag == "VBN" {
				return verb(t.Lemma)
			}
			return fallNone
		}
	}
	return fallNone
}

// outsideVictim reports a word that cannot stand inside the object
// noun phrase of a verb before a person's name, so the name is no object
// of that verb: a subordinator or preposition other than "of" ("killed 7
// people while President X was visiting", "after Hamas chief X
// rejected"), a conjunction, a wh-word, "to", a modal, or a number
// counting another object ("killed 20 people").
func outsideVictim(t dyad.Token) bool {
	switch t.Tag {
	case "IN":
		return t.Lower != "of"
	case "CC", "WDT", "WP", "WP$", "WRB", "TO", "MD", "CD":
		return true
	}
	return false
}

// passiveAt reports the verb at k as a passive participle: a VBN after a
// form of "be" (perhaps with adverbs between).
func passiveAt(toks []dyad.Token, k int) bool {
	if toks[k].Tag != "VBN" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch toks[j].Lower {
		case "was", "were", "been", "is", "are", "be", "being":
			return true
		}
		if toks[j].Tag != "RB" {
			return false
		}
	}
	return false
}
