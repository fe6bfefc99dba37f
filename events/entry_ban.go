package events

// A state banning someone from entering a country named by its name:
// "Britain banned the Russian tycoon from entering Britain", as "from
// entering the country" (the 163 line of verbs.txt), is a sanction (163),
// not a ban at home (172). The slot words of that line cannot list every
// country, so the name is checked here against the actor dictionary.

import "github.com/dyad-events/dyad/actors"

// entryBan returns the entry-ban pattern of verbs.txt ("ban from
// +entering {country,…}", code 163) and the end of the country's name
// when the verb at i, matched as a plain ban (best: code 172, the verb
// alone), bans its object "from entering" a country named by its name
// (a country entry of the dictionary, no sector: "Britain", "the United
// States"), within the same clause; best and end as given otherwise.
func (c *Coder) entryBan(st *sentence, i int, best *Pattern, end int) (*Pattern, int) {
	toks := st.toks
	if best == nil || best.Code != "172" || len(best.Slots) != 1 || toks[i].Lemma != "ban" {
		return best, end
	}
	for k := i + 1; k+2 < len(toks) && k <= i+12; k++ {
		switch toks[k].Text {
		case ".", ";", ":", "?", "!":
			return best, end
		}
		if toks[k].Lower != "from" || toks[k+1].Lower != "entering" {
			continue
		}
		j := k + 2
		if toks[j].Lower == "the" && j+1 < len(toks) {
			j++
		}
		m := st.at[j]
		if m < 0 || !countryNamed(st.ments[m]) {
			return best, end
		}
		for _, p := range c.patterns.verbs["ban"] {
			if p.Code == "163" && slotHas(p.Slots[1:], "entering") {
				return p, st.ments[m].End
			}
		}
		return best, end
	}
	return best, end
}

// countryNamed reports a mention that names a country alone: a country
// entry of the dictionary with no sector ("Britain", "the United
// States"), not its people, government or forces.
func countryNamed(m actors.Mention) bool {
	return m.Kind == "country" && len(m.Sectors) == 0 && !m.Modifier && !m.Possessive
}
