package events

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// A threat of force whose act names an armed group's ground as its object
// ("warned that it would flatten militant camps in the creeks of Delta
// state", "threatened to attack insurgent hideouts") is aimed at that
// group, as the act itself would be (refineConflict reads "pounded
// militant hideouts" as an attack on the militants): NGAMIL 138 NGAREB
// (gold dev42-wire W42021). The actor matcher reads "militant camps" as a
// place, not a party (actors/phrase.go), so without this the threat kept
// no target. Only a state's side threatens a group so (an armed group's
// threat at "rebel positions" of its own country names no group of its
// own), and only an act of force (roots 18-20) carries the group over.

// threatenedArmedGroup returns the armed group whose ground opens the
// object of the threatened act g (from g.end on; g may be the threat
// itself, "threatened to attack" matched as one hit), as a mention of the
// group of the threatener's country; nil when there is none.
func (c *Coder) threatenedArmedGroup(st *sentence, src actors.Mention, g *verbHit) []actors.Mention {
	force := strings.HasPrefix(g.code, "138") // "threatened to attack …" matched as one threat
	if r := cameo.Root(g.code); r != "18" && r != "19" && r != "20" && !force || len(g.target) > 0 || src.Country == "" || nonState(src) {
		return nil
	}
	k, sector := armedObject(st.toks, g.end)
	if k < 0 {
		return nil
	}
	return []actors.Mention{c.armedGroupAt(st, src, k, sector, src.Country)}
}

// armedGroupAt builds the mention of the armed group (role sector, of
// country) named by the modifier at token k ("militant" in "militant
// hideouts"), from the acting side src's mention.
func (c *Coder) armedGroupAt(st *sentence, src actors.Mention, k int, sector, country string) actors.Mention {
	v := src
	v.Code, v.Country, v.Sectors, v.Kind = country+sector, country, []string{sector}, "coref"
	v.Name = c.matcher.Dictionary().Name(country)
	v.Start, v.End = k, k+1
	v.Span = [2]int{st.toks[k].Start, st.toks[k].End}
	v.Text = st.s.Text[v.Span[0]:v.Span[1]]
	v.Person, v.Possessive, v.Modifier, v.Place = false, false, false, false
	return v
}
