package events

import (
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/gazetteer"
)

// This file resolves "the city", "the town", "the village" to the place
// the story named last: "KHARKIV, Ukraine — … Russian forces shelled the
// city again on Monday, killing two people" struck Ukraine's city, and
// its dead are Ukraine's civilians, not the attacker's.

// rememberPlace keeps the country of the last city, town or region the
// sentence names (a gazetteer place below the country: naming a country
// says nothing of which city "the city" is), and in lastWhere also of a
// country named as a place ("riots spread across Britain").
func (c *Coder) rememberPlace(ctx *articleCtx, st *sentence) {
	toks := st.toks
	ctx.whereAge++
	for k := 0; k < len(toks); k++ {
		if !startsUpperASCII(toks[k].Text) || k == 0 && toks[k].Tag != "NNP" {
			continue
		}
		if m := st.at[k]; m >= 0 && !st.ments[m].Place && st.ments[m].Kind != "place" {
			k = st.ments[m].End - 1 // an actor's name, not a place
			continue
		}
		if p, n, ok := c.placeAt(st, k, len(toks), 3); ok {
			if country, ok := c.storyCountry(st, p); p.Kind != gazetteer.KindCountry && !nameGoesOn(toks, k+n) && ok {
				ctx.lastPlace = country
				if st.words.placedAt(toks, k) {
					ctx.lastWhere, ctx.whereAge = country, 0
				}
			} else if m := st.at[k]; m >= 0 && st.ments[m].Place && st.ments[m].Country == p.Country && st.words.placedAt(toks, k) {
				ctx.lastWhere, ctx.whereAge = p.Country, 0 // "riots spread across Britain" (actors_groups.go)
			}
			k += n - 1
		}
	}
}

// placeRef reports a definite place noun at token j that names no place
// of its own ("the city", "the town"; not "the city of Kherson", "the
// city's mayor", "the capital"), with the country of the place the story
// named before the sentence, and the reference's length in tokens.
func placeRef(st *sentence, j int) (string, int, bool) {
	toks := st.toks
	if st.prevPlace == "" || j+1 >= len(toks) || toks[j].Lower != "the" {
		return "", 0, false
	}
	switch toks[j+1].Lower {
	case "city", "town", "village", "port", "district":
	default:
		return "", 0, false
	}
	if j+2 < len(toks) {
		switch toks[j+2].Lower {
		case "of", "'s", "’s", "'":
			return "", 0, false
		}
		if startsUpperASCII(toks[j+2].Text) {
			return "", 0, false // "the city Kharkiv"
		}
	}
	return st.prevPlace, 2, true
}

// placeRefIn reports the country of the first definite place noun
// between tokens lo and hi (placeRef).
func placeRefIn(st *sentence, lo, hi int) string {
	for j := max(lo, 0); j < hi && j < len(st.toks); j++ {
		if p, _, ok := placeRef(st, j); ok {
			return p
		}
	}
	return ""
}

// seatCountry returns the country of the place right after an agent
// mention m that names an institution ("the presidential palace in
// Khartoum", "the parliament in Kyiv", "the court in Bangkok") or unnamed
// leaders met there ("met leaders in Baghdad"), also written as a place
// noun and its name ("police in the Chinese city of Xiamen",
// namedTownCountry), or "":
// people and missions sent abroad ("the embassy in Kabul", "diplomats
// in Moscow", "troops in Niger") are not the place's.
func (c *Coder) seatCountry(st *sentence, ms []actors.Mention, m actors.Mention) string {
	toks := st.toks
	if m.End+1 >= len(toks) || toks[m.End].Lower != "in" || m.End <= m.Start {
		return ""
	}
	switch toks[m.End-1].Lower {
	case "palace", "parliament", "legislature", "assembly", "court", "courts", "ministry", "government", "cabinet", "senate",
		"congress", "council", "municipality", "police", "prosecutors", "prosecutor", "judiciary", "presidency",
		"leaders": // ("met leaders in Baghdad": the host's, not a state named before; officials held there are the story's)
	default:
		return ""
	}
	if p, _, ok := c.placeAt(st, m.End+1, len(toks), 3); ok {
		if country, ok := c.storyCountry(st, p); ok {
			return country
		}
	}
	return c.namedTownCountry(st, ms, m.End+1)
}

// namedTownCountry reads a place written as a place noun and its name
// from token j: "the city of Xiamen", "the Chinese city of Xiamen", "the
// port of Hodeidah". It returns the country of the name after "of" when
// the gazetteer knows it, else of the state whose adjective heads the
// place noun ("the Chinese city of …", one of the sentence's mentions
// ms), else "". As "police in Xiamen" are China's, so are "police in the
// Chinese city of Xiamen" (gold dev46 W46050: "the beating of a Taiwanese
// businessman by police in the Chinese city of Xiamen" CHNCOP 182 TWNBUS).
func (c *Coder) namedTownCountry(st *sentence, ms []actors.Mention, j int) string {
	toks := st.toks
	if j >= len(toks) {
		return ""
	}
	j = pastThe(toks, j)
	adj := ""
	for _, a := range ms {
		if a.Start == j && a.Kind == actors.KindAdjective && len(a.Country) == 3 && a.Code == a.Country {
			adj, j = a.Country, a.End
			break
		}
	}
	if j+2 >= len(toks) || !st.words.placeNoun(toks[j].Lower) || toks[j+1].Lower != "of" {
		return ""
	}
	if p, _, ok := c.placeAt(st, j+2, len(toks), 3); ok {
		if country, ok := c.storyCountry(st, p); ok {
			return country
		}
	}
	return adj
}
