package events

// Peoples that are no states ("Kurdish", "Rohingya", "Tuareg") and the
// state their actors belong to: the place the sentence names where the
// people lives, the home earlier sentences of the story give it, or the
// states its fighters are set against; kin of others as civilians of their
// state; and stories about the two Koreas.

import (
	"slices"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// peopleHomes returns, for the adjective of a people that is no state,
// the states it mostly lives in, the main one first (its fighters,
// leaders and parties are not those states' government); nil for other
// words. A fact table.
func peopleHomes(w string) []string {
	switch w {
	case "Kurdish":
		return []string{"IRQ", "SYR", "TUR", "IRN"}
	case "Yazidi":
		return []string{"IRQ", "SYR"}
	case "Rohingya":
		return []string{"MMR", "BGD"}
	case "Uighur", "Uyghur", "Tibetan":
		return []string{"CHN"}
	case "Tamil":
		return []string{"LKA", "IND"}
	case "Pashtun":
		return []string{"AFG", "PAK"}
	case "Baloch", "Baluch":
		return []string{"PAK", "IRN"}
	case "Hazara":
		return []string{"AFG"}
	case "Tigrayan", "Amhara", "Oromo":
		return []string{"ETH"}
	case "Fulani":
		return []string{"NGA", "MLI", "BFA", "NER"}
	case "Masalit":
		return []string{"SDN"}
	case "Hutu", "Tutsi":
		return []string{"RWA", "BDI", "COD"}
	case "Druze":
		return []string{"SYR", "LBN", "ISR"}
	case "Alawite":
		return []string{"SYR"}
	case "Tuareg":
		return []string{"MLI", "NER"}
	case "Karen", "Kachin", "Rakhine":
		return []string{"MMR"}
	case "Sikh":
		return []string{"IND"}
	case "Catalan", "Basque":
		return []string{"ESP"}
	case "Aymara":
		return []string{"BOL", "PER"}
	}
	return nil
}

// selfRule lists peoples with a self-governing region that their state's
// constitution sets up, by the state: the region's authorities are a
// government of that state (CAMEO codes a state's regional governments
// GOV), unlike a people's self-rule the state does not recognise (Syria's
// Kurdish-run north-east). A fact table.
func selfRule(people, state string) bool {
	switch people + " " + state {
	case "Kurdish IRQ", "Catalan ESP", "Basque ESP":
		return true
	}
	return false
}

// selfRuleState returns the state of a government agent m (authorities,
// officials, a government) named after a state's adjective and a people's
// ("Iraqi Kurdish authorities", "Spanish Basque officials") when the
// people governs itself in that state by its constitution (selfRule): the
// regional government is that state's. "" otherwise.
func selfRuleState(toks []dyad.Token, ms []actors.Mention, m actors.Mention) string {
	k := m.Start - 1
	if k < 1 || !hasSector(m, "GOV") || len(m.Sectors) != 1 {
		return ""
	}
	pw := peopleWord(toks[k].Text)
	if pw == "" {
		return ""
	}
	for _, a := range ms {
		if a.End == k && a.Kind == actors.KindAdjective && len(a.Country) == 3 && selfRule(pw, a.Country) {
			return a.Country
		}
	}
	return ""
}

// fledHome returns the state that refugees of the people w placed in
// the state in (the place the sentence names: "Rohingya refugees in
// Bangladesh") fled, when the people has one other home: Myanmar for the
// Rohingya in Bangladesh, Sri Lanka for Tamils in India (refugees are
// of the state they fled, as gold w3-0177 codes them MMRREF). It
// returns "" when w is no people, in is not among its homes, or several
// others remain (Kurds in Iraq: the context decides).
func fledHome(w, in string) string {
	homes := peopleHomes(w)
	if !slices.Contains(homes, in) || len(homes) != 2 {
		return ""
	}
	if homes[0] == in {
		return homes[1]
	}
	return homes[0]
}

// ethnic reports the adjective of a people listed by peopleHomes.
func ethnic(w string) bool { return peopleHomes(w) != nil }

// peopleWord returns the people adjective a modifier word names: the word
// itself when ethnic ("Kurdish"), or its first part in a compound of
// control ("Kurdish-led", "Kurdish-run", "Kurdish-controlled",
// "Kurdish-held": the Kurdish-led administration is the Kurds' own, no
// state's government); "" for other words.
func peopleWord(w string) string {
	if ethnic(w) {
		return w
	}
	for _, suf := range [...]string{"-led", "-run", "-controlled", "-held", "-dominated"} {
		if x, ok := strings.CutSuffix(w, suf); ok && ethnic(x) {
			return x
		}
	}
	return ""
}

// peopleRegion reports a state body m set in a people's own region right
// after it: "authorities in Syria's Kurdish autonomous region", "officials
// in the Kurdish-held north-east", "the administration of Kurdish-run
// areas". Such a body is the people's self-rule, never the state's
// government.
func peopleRegion(toks []dyad.Token, m actors.Mention) bool {
	i := m.End
	if i < len(toks) && (toks[i].Lower == "in" || toks[i].Lower == "of") {
		i++
	}
	// "Authorities in Syria" may be one mention: look from its own "in"
	for k := m.Start; k < m.End; k++ {
		if toks[k].Lower == "in" || toks[k].Lower == "of" {
			i = k + 1
			break
		}
	}
	for n := 0; i < len(toks) && n < 3; n++ {
		if toks[i].Lower == "the" || isPossTok(toks[i]) || toks[i].Tag == "NNP" && peopleWord(toks[i].Text) == "" {
			i++ // "the", "Syria", "'s"
			continue
		}
		break
	}
	if i >= len(toks) || peopleWord(toks[i].Text) == "" {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		switch toks[j].Lower {
		case "region", "regions", "area", "areas", "enclave", "enclaves", "territory", "territories", "north", "north-east", "northeast", "administration", "canton", "cantons":
			return true
		}
		if toks[j].Tag != "JJ" && toks[j].Tag != "NN" && toks[j].Tag != "NNP" {
			return false
		}
	}
	return false
}

// peopleCountry returns the state a people's actor m belongs to: the
// place the sentence names if the people lives there ("Kurdish forces in
// Syria") and it is no state in against (the state the sentence sets
// them against or the place they attack, opposedCountries: "Kurdish
// militias shelled the Turkish province of Kilis" are not Turkey's),
// else a place its own clause names by a state's adjective ("Kurdish
// militias in the Syrian enclave of Afrin"), else its only state ("Tigrayan forces in
// South Africa" are Ethiopia's), else "" (the context decides among
// several). ms are the sentence's mentions.
func (c *Coder) peopleCountry(st *sentence, w string, m actors.Mention, ms []actors.Mention, against []string) string {
	homes := peopleHomes(w)
	if p := c.sentenceCountry(st); p != "" && slices.Contains(homes, p) && !slices.Contains(against, p) {
		return p
	}
	if p := st.words.peoplePlaceAdj(st.toks, m, ms); p != "" && slices.Contains(homes, p) {
		return p
	}
	if len(homes) == 1 {
		return homes[0]
	}
	return ""
}

// peoplePlaceAdj returns the state of a place named by a state's
// adjective in the clause of m, right after "in" ("Kurdish militias
// fighting against Turkey in the Syrian enclave of Afrin": SYR), "" when
// there is none.
func (v *vocab) peoplePlaceAdj(toks []dyad.Token, m actors.Mention, ms []actors.Mention) string {
	_, hi := clauseBounds(toks, m.Start)
	for k := m.End; k+2 < hi; k++ {
		switch toks[k].Lower {
		case "in", "inside", "near", "across":
		default:
			continue
		}
		j := k + 1
		if toks[j].Lower == "the" {
			j++
		}
		for _, o := range ms {
			if o.Start <= j && o.End == j+1 && len(o.Country) == 3 && j+1 < hi && (v.placeNoun(toks[j+1].Lower) || toks[j+1].Lower == "enclave") {
				return o.Country
			}
		}
	}
	return ""
}

// peopleHome returns the home of a people that earlier sentences of the
// story name most (the first listed on a tie), "" when they name none:
// "Kurdish forces" in a story about Syria. A home in except (ISO3 codes,
// see opposedCountries) is never chosen: "Kurdish militias fighting
// against Turkey" in a story that names Turkey most are not Turkey's.
func (ctx *articleCtx) peopleHome(w string, except []string) string {
	best, n := "", 0
	for _, h := range peopleHomes(w) {
		if slices.Contains(except, h) {
			continue
		}
		if ctx.countries[h] > n {
			best, n = h, ctx.countries[h]
		}
	}
	return best
}

// opposedCountries returns the states (ISO3 codes) that the sentence,
// after the people's fighters m, sets them against or names as the place
// they attack: a mention within four words after "against" ("Kurdish
// militias fighting against Turkey") and a state's adjective naming a
// place that is no locative's ("Kurdish militias shelled the Turkish
// province of Kilis"; not "in the Syrian enclave of Afrin"). toks are
// the sentence's tokens and ms its mentions.
func (v *vocab) opposedCountries(toks []dyad.Token, ms []actors.Mention, m actors.Mention) []string {
	var out []string
	for _, o := range ms {
		if len(o.Country) != 3 || o.Start < m.End || slices.Contains(out, o.Country) {
			continue
		}
		against := false
		for k := max(o.Start-4, m.End); k < o.Start; k++ {
			against = against || toks[k].Lower == "against"
		}
		if !against && o.End < len(toks) && v.placeNoun(toks[o.End].Lower) && o.Start >= 2 && toks[o.Start-1].Lower == "the" {
			switch toks[o.Start-2].Lower {
			case "in", "inside", "near", "at", "from", "across", "of", "to", "into", "through":
			default:
				against = true
			}
		}
		if against {
			out = append(out, o.Country)
		}
	}
	return out
}

// koreas reports a sentence or story about the two Koreas: a mention of
// either in the sentence, or either among the story's countries.
func koreas(ms []actors.Mention, ctx *articleCtx) bool {
	for _, m := range ms {
		if m.Country == "PRK" || m.Country == "KOR" {
			return true
		}
	}
	return ctx.countries["PRK"] > 0 || ctx.countries["KOR"] > 0
}

// koreaCalled returns the Korea "the North" or "the South" at token i
// (i is "the") means in a story about the two Koreas: PRK for the North,
// KOR for the South; "" for other words or when neither Korea has been
// named (koreas).
func koreaCalled(toks []dyad.Token, i int, ms []actors.Mention, ctx *articleCtx) string {
	if i < 0 || i+1 >= len(toks) || toks[i].Lower != "the" || !koreas(ms, ctx) {
		return ""
	}
	switch toks[i+1].Text {
	case "North":
		return "PRK"
	case "South":
		return "KOR"
	}
	return ""
}
