package events

// Dated roles on the event's own date. The actor matcher codes a
// sentence's people on the article's publication date; an event that
// has a date of its own ("In May", "last month", "on March 3") takes
// the role its people held then: with a dictionary line
// "Mira Kalden | NORGOV | person | 2021-01-01..2023-06-30",
// "In May, Mira Kalden met Xi Jinping in Beijing." in a story of
// 2023-08-15 has Kalden NORGOV (May 2023, inside her term), and "Last
// month, Mira Kalden met Xi Jinping" in a story of 2021-01-20 has her
// NOR (December 2020, before it). A month counts when she held the role
// on any of its days; an event dated by year alone keeps the article's
// date, as does a mention whose own words gave its code (a title, a
// force of hers). A pronoun or a surname standing for her carries her
// roles, so it is recoded alike.

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// onEventDate returns the actor of m recoded on date ("YYYY-MM-DD" or
// "YYYY-MM"), or a when m is nil or its code does not change.
func (c *Coder) onEventDate(m *actors.Mention, date string, a *dyad.Actor) *dyad.Actor {
	if m == nil {
		return a
	}
	r := c.matcher.Redate(*m, date)
	if r.Code == m.Code {
		return a
	}
	return actorOf(&r)
}
