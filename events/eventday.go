package events

// The roles of people on the day the sentence tells of, when it is before
// the publication day: a leader ousted, killed or resigning on the day
// before the story ran still held the office that day.

import (
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// eventDayWindow is how far before the publication day a sentence's own
// date may lie for the people it names to take their roles of that day.
const eventDayWindow = 7 * 24 * time.Hour

// rolesOnEventDay returns ms (the sentence's mentions found on the
// publication day, pubDate) with each person coded as the country alone
// there, a holder whose dictionary roles ended by the publication day,
// recoded with the role held on the day the sentence's date expression
// names, when that day is a single day at most a week before the
// publication day and the person was in office on it: "Zimbabwe's
// President Robert Mugabe resigned on Tuesday" in a Wednesday story is
// ZWEGOV (his role ended on Tuesday, the day he resigned), as "Army
// officers said on Wednesday they had placed President Ali Bongo under
// house arrest" in a Thursday story targets GABGOV. A person called
// "former" or "ex-", or deposed, ousted, toppled, overthrown or jailed
// ("Supporters of deposed President Mohamed Morsi protested in Cairo on
// Wednesday"), stays the country, and so does anyone when the
// sentence names no date, or several days.
func (c *Coder) rolesOnEventDay(s *dyad.Sentence, ms []actors.Mention, pub time.Time, pubDate string) []actors.Mention {
	if pub.IsZero() {
		return ms
	}
	bare := false
	for _, m := range ms {
		if m.Person && m.Country != "" && m.Code == m.Country && c.past.endedBy(m.Actor, pubDate) {
			bare = true
			break
		}
	}
	if !bare {
		return ms
	}
	day, ok := sentenceDay(s.Tokens, pub, pubDate)
	if !ok || day == "" {
		return ms // no day of its own, or "on Monday … on Tuesday": which day is the person's is not told
	}
	then := c.matcher.Find(s, day)
	out := ms
	for i, m := range ms {
		if !(m.Person && m.Country != "" && m.Code == m.Country) || formerBefore(s.Tokens, m.Start) || deposedBefore(s.Tokens, m.Start) {
			continue // (not "former President Omar al-Bashir", "deposed President Mohamed Morsi")
		}
		out = withDatedRole(out, ms, then, i)
	}
	return out
}

// sentenceDay returns the one day before the publication day (pubDate,
// YYYY-MM-DD) at most a week back that toks' date expressions name, ""
// when they name none; ok is false when they name several ("on Monday …
// on Tuesday").
func sentenceDay(toks []dyad.Token, pub time.Time, pubDate string) (day string, ok bool) {
	for _, d := range findDates(toks, pub, nil) {
		if d.precision != dyad.Day || d.published || d.date >= pubDate {
			continue
		}
		if t, err := time.Parse("2006-01-02", d.date); err != nil || pub.Sub(t) > eventDayWindow {
			continue
		}
		if day != "" && day != d.date {
			return "", false
		}
		day = d.date
	}
	return day, true
}

// deposedBefore reports an out-of-office participle modifying the person
// whose mention starts at s, in the two words before it (perhaps before a
// title): "supporters of deposed President Mohamed Morsi", "detained
// ousted leader X"; not the verb of "the army ousted President X"
// (actors.DeposedAt).
func deposedBefore(toks []dyad.Token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-2; k-- {
		if actors.OutOfOfficeWord(toks[k].Lower) {
			return actors.DeposedAt(toks, k)
		}
	}
	return false
}

// withDatedRole returns out with mention i of ms replaced by the mention of
// then (the sentence's mentions found on another day) that spans the same
// words and gives the same person a role of their country; ms itself is
// copied into out before the first replacement, never changed. Without such
// a mention out is returned as it is.
func withDatedRole(out, ms, then []actors.Mention, i int) []actors.Mention {
	m := ms[i]
	for _, n := range then {
		if n.Start == m.Start && n.End == m.End && n.Person && n.Country == m.Country && len(n.Sectors) > 0 {
			if &out[0] == &ms[0] {
				out = append([]actors.Mention(nil), ms...)
			}
			out[i] = n
			return out
		}
	}
	return out
}
