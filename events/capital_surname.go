package events

// A capital's one-word name right after a known given name is a person's
// surname, no metonym of the state: "WLGA finance spokesman Bob
// Wellington said" names a Welsh council official, not New Zealand, and
// a bare "the government" later in the story is not New Zealand's for
// it. "Mr Wellington" (an honorific) the actor matcher already sets aside
// (actors.HonorificBefore); the given names are the coder's gender list
// (actors/data/given/names.txt).

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/gazetteer"
)

// capitalSurname reports a mention m of one word that names a capital
// (actors.KindCapital) right after a capitalised given name of the
// gender list, where the two words together are no place the gazetteer
// knows.
func (c *Coder) capitalSurname(s *dyad.Sentence, m actors.Mention) bool {
	toks := s.Tokens
	if m.Kind != actors.KindCapital || m.End-m.Start != 1 || m.Start == 0 {
		return false
	}
	p := toks[m.Start-1]
	if p.Tag != "NNP" || !startsUpperASCII(p.Text) {
		return false
	}
	var key [32]byte
	if _, ok := c.genders[string(gazetteer.AppendKey(key[:0], p.Text))]; !ok {
		return false
	}
	_, place := c.gaz.Lookup(s.Text[p.Start:toks[m.Start].End])
	return !place
}
