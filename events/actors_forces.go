package events

// The state behind a force the text names without one: the coalition an
// "X-led" adjective names and the state leading it ("Saudi-led coalition
// jets"), an unnamed force ("troops", "the military") placed by the states
// of its own sentence or by the officials whose words tell of it
// ("Japanese officials said the military …"), weapons owned through a
// possessive ("its jets struck"), a state body called "federal" in a
// federation, and an office named with "his" or "her" ("her foreign
// minister") read by the office holder the pronoun means.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// ledStates maps the first part of an "X-led" adjective to the state that
// leads the coalition or force it qualifies ("Saudi-led coalition jets").
var ledStates = map[string]string{
	"saudi": "SAU", "us": "USA", "u.s.": "USA", "american": "USA", "russian": "RUS", "russia": "RUS",
	"french": "FRA", "france": "FRA", "british": "GBR", "israeli": "ISR", "turkish": "TUR", "iranian": "IRN",
	"ethiopian": "ETH", "emirati": "ARE", "egyptian": "EGY", "kenyan": "KEN", "nigerian": "NGA",
}

// ledBy returns the state that leads the force m when the word right
// before it (or two before, past "coalition" or "forces"), or a word of
// its own, is "X-led" ("Saudi-led coalition
// jets", "the US-led coalition"): a three-letter country code, or "".
func ledBy(toks []dyad.Token, m actors.Mention) string {
	for k := m.Start - 3; k < m.End; k++ {
		if k < 0 {
			continue
		}
		w := toks[k].Lower
		if k < m.Start && k+1 < m.Start && toks[k+1].Lower != "coalition" && toks[k+1].Lower != "forces" {
			continue // "Saudi-led coalition jets": only "coalition" or "forces" between
		}
		if x, ok := strings.CutSuffix(w, "-led"); ok {
			return ledStates[x]
		}
	}
	return ""
}

// ownSentenceForce decides the state of an unnamed military agent m
// (the sentence's mention k: "Troops", "Jets", "the military") whose
// country would come from earlier sentences (country). It keeps country
// when the sentence names no other state or government, nor a place in
// one (the forces and people it acts on do not count: "Tanks fired on
// Palestinian gunmen" after "Israeli troops raided the camp" are
// ISRMIL). named holds, for each of the sentence's mentions in order,
// the state it names itself (sentenceStates), never one coreference gave
// an unnamed actor of the sentence ("The ministry said troops …" does not
// name the story's state). A Korea story's force "from the South" is
// KOR, "from the North" PRK. When the sentence names another state or a
// place in one, forces firing on protesters or demonstrators there are
// that place's own ("Troops opened fire on protesters in Khartoum":
// SDNMIL); any other such force is unknown and ok is false ("Jets bombed
// a wedding in Yemen" after a story of Russia and China names no one's
// jets).
func (c *Coder) ownSentenceForce(st *sentence, m actors.Mention, named []string, k int, country string) (code string, ok bool) {
	toks := st.toks
	if e := m.End; e+2 < len(toks) && toks[e].Lower == "from" && toks[e+1].Lower == "the" && (country == "KOR" || country == "PRK") {
		switch toks[e+2].Text {
		case "South":
			return "KOR", true
		case "North":
			return "PRK", true
		}
	}
	other := ""
	for j, n := range named {
		if j == k || n == "" {
			continue
		}
		if n == country {
			return country, true // the sentence names the state itself
		}
		if other == "" {
			other = n
		}
	}
	place := c.sentenceCountry(st)
	if place == country {
		return country, true
	}
	if other == "" {
		other = place
	}
	if other == "" {
		return country, true
	}
	if place != "" && words(toks[m.End:], "protesters", "protester", "demonstrators", "demonstrator", "crowd", "crowds", "marchers") {
		return place, true
	}
	return "", false
}

// sentenceStates appends to dst, for each mention of ms in order, the
// state it names itself (a three-letter country code), or "" for a
// mention that names none or is a force or people acted on ("fired on
// Palestinian gunmen": militaries, rebels, militants, criminals,
// civilians, refugees), as ownSentenceForce counts them. It is read
// before coreference resolves the sentence's unnamed actors.
func sentenceStates(dst []string, ms []actors.Mention) []string {
	for _, n := range ms {
		if len(n.Country) != 3 || hasSector(n, "MIL", "REB", "UAF", "CRM", "CVL", "REF") {
			n.Country = ""
		}
		dst = append(dst, n.Country)
	}
	return dst
}

// possessedWeaponSource returns, for a pattern whose words open with a
// weapon noun after a possessive pronoun ("Israel's military said its
// jets struck Hezbollah targets": the pattern is "jets struck"), the
// resolved mention of those weapons, whose owner the pronoun names
// (resolve: ISRMIL), as the act's source; nil when the head is no such
// weapon or its owner is not named before it in the sentence. "Israeli
// jets struck" is coded by the adjective before the pattern; this is the
// same act with "its".
func possessedWeaponSource(st *sentence, head int) []actors.Mention {
	if head < 1 || head >= len(st.at) || !ownWeapon(st.toks[head].Lower) {
		return nil
	}
	if p := st.toks[head-1]; p.Lower != "its" && p.Lower != "their" {
		return nil
	}
	k := st.at[head]
	if k < 0 {
		return nil
	}
	m := st.ments[k]
	if m.Unresolved || m.Country == "" {
		return nil
	}
	for _, o := range st.ments[:k] {
		if o.Country == m.Country && !o.Unresolved && o.End < head {
			return []actors.Mention{m} // the owner is named before
		}
	}
	return nil
}

// namedBeforeCountry reports a mention of the state country among ms
// starting before token i.
func namedBeforeCountry(ms []actors.Mention, i int, country string) bool {
	for _, m := range ms {
		if m.Start < i && m.Country == country {
			return true
		}
	}
	return false
}

// coalitionNotForce reports a word that, right after "coalition", makes
// it a political alliance or a topic, not a fighting force: one of the
// [coalition topics] ("coalition government", "coalition partners"),
// "of" or a possessive "'s".
func (v *vocab) coalitionNotForce(w string) bool {
	return v.coalitionTopics[w] || w == "of" || w == "'s" || w == "’s"
}

// ledCoalitions adds to ms (a sentence's mentions, left to right) the
// fighting coalition an "X-led" adjective names ("the Saudi-led
// coalition bombed a market": SAUMIL), and remembers X for the story, so
// that a later bare "the coalition" is X's forces too ("the coalition
// said its jets …"). A coalition followed by a word in coalitionNotForce
// ("the Saudi-led coalition's spokesman", "coalition partners") or by an
// actor of its own ("Saudi-led coalition jets", which ledBy resolves)
// is left alone, as is any "coalition" of a story that named no X-led
// one (a ruling or opposition coalition). The result is in order; the
// added mentions are resolved agents of sector MIL.
func (c *Coder) ledCoalitions(ctx *articleCtx, s *dyad.Sentence, ms []actors.Mention) []actors.Mention {
	toks := s.Tokens
	covered := func(i int) bool {
		for _, m := range ms {
			if i >= m.Start && i < m.End {
				return true
			}
		}
		return false
	}
	var add []actors.Mention
	for i, t := range toks {
		if t.Lower != "coalition" || covered(i) {
			continue
		}
		led := ""
		if i > 0 {
			if x, ok := strings.CutSuffix(toks[i-1].Lower, "-led"); ok {
				if led = ledStates[x]; led != "" {
					// remembered for the story even as a possessive or a
					// topic ("the US-led coalition's campaign")
					ctx.ledCoalition = led
				}
			}
		}
		if i+1 < len(toks) && (c.words.coalitionNotForce(toks[i+1].Lower) || covered(i+1)) {
			continue
		}
		start, state := i, ""
		switch {
		case led != "":
			state, start = led, i-1
		case i > 0 && toks[i-1].Lower == "the":
			state = ctx.ledCoalition
		case c.words.coalitionModifier(toks, i, ctx.ledCoalition):
			// "a coalition bombing raid", "two separate coalition
			// airstrikes": the story's X-led coalition's forces
			state = ctx.ledCoalition
		}
		if state == "" {
			continue
		}
		first := start
		if first > 0 && toks[first-1].Lower == "the" {
			first-- // the text holds "the", as the matcher's mentions do
		}
		add = append(add, actors.Mention{
			Start: start, End: i + 1,
			Actor: dyad.Actor{Code: state + "MIL", Country: state, Sectors: []string{"MIL"},
				Name: c.matcher.Dictionary().Name(state), Text: s.Text[toks[first].Start:toks[i].End],
				Span: [2]int{toks[first].Start, toks[i].End}},
			Kind: actors.KindAgent,
		})
	}
	return insertMentions(ms, add)
}

// coalitionModifier reports a bare "coalition" at toks[i] used as the
// modifier of an attack noun after an article, a number or an adjective
// that is no political one ("a coalition bombing raid", "two separate
// coalition airstrikes", "coalition jets"), which names a fighting
// coalition; "a ruling coalition", "the opposition coalition" do not. A
// name word or compound before it names another coalition than the one
// led by the story's state leader ("an Islamist coalition drone", "a
// rebel coalition raid", "the Iran-led coalition's drones"), unless it
// names that state ("a Saudi coalition airstrike" in a story of the
// Saudi-led coalition).
func (v *vocab) coalitionModifier(toks []dyad.Token, i int, leader string) bool {
	if i+1 >= len(toks) || !v.coalitionAttackNouns[toks[i+1].Lower] {
		return false
	}
	if i == 0 {
		return true // "Coalition airstrikes hit …"
	}
	w := toks[i-1].Lower
	if v.coalitionKinds[w] {
		return false
	}
	named := strings.IndexByte(w, '-') > 0 || startsUpperASCII(toks[i-1].Text) && (i > 1 || strings.HasPrefix(toks[i-1].Tag, "NNP"))
	if named {
		// ("Two coalition airstrikes": a capital the sentence start gives)
		return leader != "" && ledStates[w] == leader
	}
	return true
}

// reporterStates returns, appended to dst, reporterState of each of ms
// (raw mentions, before resolve writes over them), by index.
func (v *vocab) reporterStates(dst []string, toks []dyad.Token, ms []actors.Mention) []string {
	for k := range ms {
		dst = append(dst, v.reporterState(toks, ms, k))
	}
	return dst
}

// reporterState returns the state of the officials whose words the
// unnamed force ms[k] is the subject of: "Japanese officials said (that)
// the military did not attempt to shoot down the missile" is Japan's
// military, whatever state the story named before. The reporter is the
// mention ending right before the reporting verb (a date or "on Monday"
// may stand between), a state's government, officials or the state
// itself, not a place, a modifier or a force; "" when there is none.
func (v *vocab) reporterState(toks []dyad.Token, ms []actors.Mention, k int) string {
	m := ms[k]
	vb := m.Start - 1
	if vb >= 0 && toks[vb].Lower == "the" {
		vb-- // "said the military": the mention may or may not hold "the"
	}
	if vb >= 0 && toks[vb].Lower == "that" {
		vb--
	}
	if vb < 1 || !v.reportingVerbs[toks[vb].Lower] {
		return ""
	}
	for j := k - 1; j >= 0; j-- {
		n := ms[j]
		if n.End > vb {
			continue
		}
		if n.End != vb || n.Place || n.Modifier || len(n.Country) != 3 || n.Unresolved {
			return ""
		}
		if len(n.Sectors) > 0 && !hasSector(n, "GOV") {
			return ""
		}
		return n.Country
	}
	return ""
}

// federations are the states organised as federations (constituent
// units with governments of their own under a federal one), after the
// Forum of Federations' list of federal countries: only these have a
// "federal government", "federal police" or "federal court".
var federations = map[string]bool{
	"ARG": true, "AUS": true, "AUT": true, "BEL": true, "BIH": true, "BRA": true, "CAN": true,
	"CHE": true, "COM": true, "DEU": true, "ETH": true, "FSM": true, "IND": true, "IRQ": true,
	"KNA": true, "MEX": true, "MYS": true, "NGA": true, "NPL": true, "PAK": true, "RUS": true,
	"SOM": true, "SSD": true, "SDN": true, "ARE": true, "USA": true, "VEN": true,
}

// federalStates gives a state body called "federal" ("the Federal
// Government", "federal police") that the coder resolved to a state that
// is no federation the federation of a place or modifier the sentence
// names ("an Adelaide man", "Australian law"; a state it acts with or on
// is no owner), else the first federation the story named: "The Federal Government is negotiating with the United
// States … about an Adelaide man suspected of fighting alongside the
// Taliban in Afghanistan" is AUSGOV (Adelaide), not AFGGOV. A body no
// federation of the sentence or story can own keeps its code.
func (c *Coder) federalStates(ctx *articleCtx, st *sentence) {
	for k := range st.ments {
		m := &st.ments[k]
		if len(m.Country) != 3 || federations[m.Country] || !strings.HasPrefix(m.Code, m.Country) || !federalBody(st.toks, *m) {
			continue
		}
		fed := ""
		for j := 0; j < len(st.toks) && fed == ""; j++ {
			if n := mentionAt(st.ments, j); n != nil {
				if (n.Modifier || n.Place) && federations[n.Country] {
					fed = n.Country // "Australian law", "talks in Canberra"; not a state acting with it ("negotiating with the United States")
				}
				j = n.End - 1
				continue
			}
			if st.toks[j].Tag != "NNP" {
				continue
			}
			if p, n, ok := c.placeAt(st, j, len(st.toks), 3); ok {
				if federations[p.Country] {
					fed = p.Country
				}
				j += n - 1
			}
		}
		for _, o := range ctx.order {
			if fed != "" {
				break
			}
			if federations[o] {
				fed = o
			}
		}
		if fed == "" {
			continue
		}
		m.Code = fed + m.Code[len(m.Country):]
		m.Country, m.Name = fed, c.matcher.Dictionary().Name(fed)
	}
}

// federalBody reports whether the mention m, or the word right before
// it, says "federal" ("the Federal Government", "federal police").
func federalBody(toks []dyad.Token, m actors.Mention) bool {
	for i := max(m.Start-1, 0); i < m.End; i++ {
		if toks[i].Lower == "federal" {
			return true
		}
	}
	return false
}

// ownersOfHisHer recodes a state office named with "his" or "her" ("his
// ambassador", "her foreign minister") by the office holder the pronoun
// refers to, once the sentence's people are all resolved (a surname the
// dictionary lacks is found by coreference after the offices): "Trump's
// remarks came as his ambassador to the United Nations … dismissed
// Seoul's offer" is the ambassador of Trump's state, USAGOV, not of the
// state the sentence names next (KORGOV). Only an office the resolver
// took from the context (Kind "coref") is recoded, and only by a state
// office holder named before it in the sentence (personPossessor), when
// no office holder of another state is named before it too ("Mr Sharon,
// furious that Mr Arafat had not stopped …, ordered his forces": whose
// forces the nearest name does not tell).
func ownersOfHisHer(st *sentence, names func(string) string) {
	for k := range st.ments {
		m := &st.ments[k]
		if m.Kind != "coref" || m.Person || len(m.Country) != 3 || !strings.HasPrefix(m.Code, m.Country) {
			continue
		}
		r := personPossessor(st.toks, st.ments[:k], *m)
		if r == nil || r.Country == m.Country || holdersOfOthers(st.ments[:k], r.Country) {
			continue
		}
		m.Code = r.Country + m.Code[len(m.Country):]
		m.Country, m.Name = r.Country, names(r.Country)
	}
}

// holdersOfOthers reports whether ms names a state office holder of a
// state other than country.
func holdersOfOthers(ms []actors.Mention, country string) bool {
	for _, n := range ms {
		if n.Person && !n.Modifier && len(n.Country) == 3 && n.Country != country && hasSector(n, "GOV", "OPP") {
			return true
		}
	}
	return false
}

// commanderPossessor returns the commander "his" or "her" before the
// fighting agent m ("fighters", "forces", "men") refers to: the nearest
// person named before m in the sentence who leads an armed force (a
// MIL or REB code of a state), whose force m is: "Wagner chief Yevgeny
// Prigozhin said his fighters had taken Bakhmut" is RUSMIL, Wagner's,
// not the rebels of Russia. A state's office holder's forces are the
// state's (personPossessor). Nil when m has no such pronoun or no
// commander is named before it.
func commanderPossessor(toks []dyad.Token, before []actors.Mention, m actors.Mention) *actors.Mention {
	if !hasSector(m, "REB", "UAF", "MIL") || m.Start < 1 {
		return nil
	}
	k := m.Start - 1
	if toks[k].Lower != "his" && toks[k].Lower != "her" {
		return nil
	}
	for j := len(before) - 1; j >= 0; j-- {
		r := &before[j]
		if r.End > k || !r.Person || r.Modifier || len(r.Country) != 3 {
			continue
		}
		if hasSector(*r, "MIL", "REB") && !hasSector(*r, "GOV") {
			return r
		}
		return nil // the nearest person is no commander: "Putin said his forces"
	}
	return nil
}

// mutinyCountry returns the state of unnamed soldiers who seize their
// own leader: "Mutinous soldiers detained Burkina Faso's President Roch
// Kabore", "Soldiers ousted President X" (BFAMIL, the coup is at home).
// The leader, a government person of a state on the story's date, must
// follow the soldiers with only the seizing verb between; "" otherwise
// (a leader already out of office gives no state: the soldiers may be
// anyone's).
func mutinyCountry(toks []dyad.Token, soldiers, next actors.Mention) string {
	if !next.Person || !hasSector(next, "GOV") || len(next.Country) != 3 || next.Modifier || next.Start != soldiers.End+1 {
		return ""
	}
	switch toks[soldiers.End].Lemma {
	case "detain", "arrest", "oust", "topple", "depose", "overthrow", "seize", "capture":
		return next.Country
	}
	return ""
}

// victimsState returns the state of the people an unnamed force (the
// sentence's mention k) acts on when the sentence names them by their
// nationality alone: the country of the first mention after the force, a
// verb between and within six words, that names civilians or refugees by
// a plural of nationality ("Troops killed 20 Palestinians in the camp",
// "Soldiers shot three Afghans"). It returns "" when there is none, when
// a common noun heads them ("Troops killed 20 Sudanese civilians": a
// state's forces may kill its own civilians), or when they are
// protesters, whom a state's own forces fire on ("Troops shot dead 20
// Sudanese protesters in Khartoum"). Mentions after
// k are read before coreference resolves them, so a country there is the
// mention's own.
func victimsState(toks []dyad.Token, ms []actors.Mention, k int) string {
	f := ms[k]
	if f.End >= len(toks) || !subjectAt(toks, f.End) {
		return ""
	}
	for j := k + 1; j < len(ms); j++ {
		v := ms[j]
		if v.Start < f.End || v.Start-f.End > 6 {
			return ""
		}
		if v.Modifier || v.Place {
			continue
		}
		for q := f.End; q < v.Start; q++ {
			if toks[q].Text == "," || toks[q].Text == ";" {
				return ""
			}
		}
		if len(v.Country) != 3 || v.Unresolved || len(v.Sectors) == 0 || !onlySectors(v, "CVL", "REF") || !startsUpperASCII(toks[v.End-1].Text) ||
			words(toks[v.Start:v.End], "protesters", "protester", "demonstrators", "demonstrator", "crowd", "crowds", "marchers", "rioters") {
			return ""
		}
		return v.Country
	}
	return ""
}

// onlySectors reports a mention whose every sector is one of secs.
func onlySectors(m actors.Mention, secs ...string) bool {
	for _, s := range m.Sectors {
		ok := false
		for _, t := range secs {
			ok = ok || s == t
		}
		if !ok {
			return false
		}
	}
	return true
}

// stateInstitutionForce reports an unnamed force m that names the state
// institution it serves ("Government troops", "Army troops", "regime
// forces", "national army soldiers"): the state's own forces, of the
// people they kill too ("Government troops killed 20 Sudanese in Darfur"
// SDNMIL 190 SDNCVL).
func stateInstitutionForce(toks []dyad.Token, m actors.Mention) bool {
	return words(toks[m.Start:m.End], "government", "pro-government", "army", "regime", "pro-regime", "national")
}

// governmentForce reports an unnamed force m that names itself the
// government's or the regime's ("government troops", "pro-regime
// forces"): the forces a state's rebels fight.
func governmentForce(toks []dyad.Token, m actors.Mention) bool {
	return words(toks[m.Start:m.End], "government", "pro-government", "regime", "pro-regime")
}

// rebelsState returns the country of the first rebel group among ms (a
// sentence's mentions resolved so far, sector REB, not a modifier or a
// place) that is a role noun given its state ("South Sudan's main rebel
// group" gives SSD); "" when none. A named group is left out: it may
// fight abroad ("Al Shabaab militants killed government soldiers in
// Kenya" are Kenya's soldiers).
func rebelsState(ms []actors.Mention) string {
	for _, m := range ms {
		if m.Kind == actors.KindAgent && !m.Modifier && !m.Place && hasSector(m, "REB") && len(m.Country) == 3 {
			return m.Country
		}
	}
	return ""
}
