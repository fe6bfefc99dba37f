package events

// Mentions that name no actor (CODING.md, Actors: unnamed collectives and
// modifiers are not actors): compound modifiers of backing or leading
// ("the US-led coalition", "a Saudi-backed militia"), a state named as the
// name of a war or topic ("the Syrian civil war", "the Ukraine war"), a
// state in a committee's name ("the House Select Committee on the Chinese
// Communist Party"), a community with no state, whom a comparison names
// ("like Isis"), unnamed collectives of states ("most governments"),
// agents of a company, and roles shared over a coordination.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// topicModifier reports a state named only as the name of a war or
// conflict, a topic the story is about rather than where it happens or
// who acts in it: "a protest against the Iraq war", "veterans of the
// Vietnam war", "campaigners against the Syria conflict". Such a state
// does not count as the story's for later bodies ("Three Appeal Court
// judges dismissed their appeal" in a British story about an anti-war
// protest are not Iraq's).
func topicModifier(toks []dyad.Token, m actors.Mention) bool {
	if !m.Modifier || m.End >= len(toks) {
		return false
	}
	switch toks[m.End].Lower {
	case "war", "wars", "conflict", "invasion":
		return true
	}
	return false
}

// originModifier reports a modifier mention m that tells only where a
// thing or person comes from, in a compound adjective of origin, style or
// period (actors.OriginModifier): "Chinese-made", "German-born",
// "Soviet-style", or "Spanish" before "colonial-era". It names no actor,
// so a later bare "hospitals" or "police" is not of its state.
func originModifier(toks []dyad.Token, m actors.Mention) bool {
	if !m.Modifier || m.End <= m.Start {
		return false
	}
	return actors.OriginModifier(toks[m.End-1].Lower) || m.End < len(toks) && actors.OriginModifier(toks[m.End].Lower)
}

// baseModifier reports a modifier naming where a body is based ("the
// Britain-based Syrian Observatory for Human Rights", "the London-based
// group"): the state it names is the body's seat, no state of another
// unnamed actor of the sentence ("Security forces killed 740 civilians,
// the Britain-based … said" is no British force).
func baseModifier(toks []dyad.Token, m actors.Mention) bool {
	if !m.Modifier || m.End <= m.Start {
		return false
	}
	return strings.HasSuffix(toks[m.End-1].Lower, "-based") || m.End < len(toks) && (toks[m.End].Lower == "-based" || toks[m.End].Lower == "based")
}

// bareCommunity reports a community or diaspora named by no state of its
// own ("communities who have not come to terms", "the Kurdish community",
// "the community held a vigil"): a people's community is an actor only
// with its state's name or adjective, which the matcher joins to it ("the
// Pakistani community in Manchester" PAKCVL).
func bareCommunity(toks []dyad.Token, m actors.Mention) bool {
	switch toks[m.End-1].Lower {
	case "community", "communities", "diaspora":
		return m.Unresolved
	}
	return false
}

// topicBody reports the head noun of a body named for what it deals with:
// "the House Select Committee on the Chinese Communist Party", "a
// commission on Kosovo", "the working group on Syria".
func topicBody(w string) bool {
	switch w {
	case "committee", "committees", "subcommittee", "commission", "panel", "caucus", "taskforce", "force", "group", "council":
		return true
	}
	return false
}

// nameTok reports a token that may sit inside a body's name between its
// head noun and an actor it names: "the", "and", "between", "of", a
// capitalised word, a possessive.
func nameTok(t dyad.Token) bool {
	switch t.Lower {
	case "the", "and", "between", "of", "'s", "’s", "&":
		return true
	}
	return startsUpperASCII(t.Text) && (t.Tag == "NNP" || t.Tag == "NNPS" || t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "NNS")
}

// committeeTopic reports a mention m inside the "on" phrase of a body's
// name ("the House Select Committee on the Chinese Communist Party", "a
// congressional committee on China", "the Independent International
// Commission on Kosovo"): the body deals with it, so it is no actor of
// the sentence, and the country it names is not the body's.
func committeeTopic(toks []dyad.Token, m actors.Mention) bool {
	return topicBodyBefore(toks, m.Start-1, m.Start-14) >= 0
}

// committeeCountry returns the country of the legislature whose committee
// the unresolved mention m belongs to ("lawmakers on the House Select
// Committee on …", "members of the Senate committee on …", "the chairman
// of a congressional committee on China"): a state named before the body
// noun ("the Australian Senate committee on …") or the legislature its
// name gives (the House, the Senate or Congress of the United States,
// the Commons and Lords of the United Kingdom); "" when m is no member of
// such a committee or its legislature is not known.
func committeeCountry(st *sentence, ms []actors.Mention, m actors.Mention) string {
	toks := st.toks
	from := m.End + 1 // "lawmakers on the House Select Committee"
	if m.End > m.Start && topicBody(toks[m.End-1].Lower) {
		from = m.Start // "the Senate Committee on Foreign Relations" itself
	} else if m.End+2 >= len(toks) || toks[m.End].Lower != "on" && toks[m.End].Lower != "of" {
		return ""
	}
	country, legislature := "", ""
	for j := from; j < len(toks) && j <= from+8; j++ {
		if topicBody(toks[j].Lower) {
			if country == "" {
				country = legislature
			}
			return country
		}
		if o := mentionAt(ms, j); o != nil && o.Start != m.Start && len(o.Country) == 3 && country == "" {
			country = o.Country // "the Australian Senate committee"
			continue
		}
		switch toks[j].Lower {
		case "house", "senate", "congressional", "congress":
			if startsUpperASCII(toks[j].Text) || toks[j].Lower == "congressional" {
				legislature = "USA"
			}
		case "commons", "lords":
			legislature = "GBR"
		case "the", "a", "an", "select", "joint", "standing", "special", "foreign", "affairs", "relations", "armed", "services", "intelligence", "judiciary", "appropriations", "oversight", "homeland", "security", "ethics", "energy", "finance":
		default:
			if !nameTok(toks[j]) {
				return ""
			}
		}
	}
	return ""
}

// committeeSpeaker returns the head noun of a body's name whose "on"
// phrase ends at token k ("… Committee on the Chinese Communist Party"),
// -1 when the noun phrase ending at k is none.
func committeeSpeaker(toks []dyad.Token, k int) int {
	return topicBodyBefore(toks, k, k-14)
}

// topicBodyBefore walks back from token k over the words of a body's
// name (nameTok) to an "on" at token lo or after (and after the first
// token), and returns the index of the body noun right before it
// ("committee", "commission": topicBody); -1 when the walk meets another
// word first, or an "on" after some other noun, or reaches lo.
func topicBodyBefore(toks []dyad.Token, k, lo int) int {
	for j := k; j >= 1 && j >= lo; j-- {
		if toks[j].Lower == "on" {
			if topicBody(toks[j-1].Lower) {
				return j - 1
			}
			return -1
		}
		if !nameTok(toks[j]) {
			return -1
		}
	}
	return -1
}

// committeeWord reports a lower-case word of a legislature committee's
// name ("a congressional committee", "the select committee").
func committeeWord(w string) bool {
	switch w {
	case "congressional", "parliamentary", "select", "joint", "standing", "special", "senate", "house":
		return true
	}
	return topicBody(w)
}

// compared reports a mention that a comparison phrase names ("Like Isis,
// they killed dozens", "unlike Russia", "more than China"): whom the
// subject is likened to, never what a pronoun after it means.
func compared(toks []dyad.Token, m actors.Mention) bool {
	k := m.Start - 1
	if k >= 0 && toks[k].Lower == "the" {
		k--
	}
	if k < 0 {
		return false
	}
	switch toks[k].Lower {
	case "like", "unlike", "than":
		return true
	}
	return false
}

// compoundActors drops from a hit's targets the actors named only by a
// compound modifier ("the US-led coalition", "a Saudi-backed militia"),
// which names no actor (CODING.md), and reports a hit whose every source
// is such a modifier ("watch a Russian-led attack on Idlib"): no event.
func compoundActors(st *sentence, h *verbHit) bool {
	t := h.target[:0:0]
	for _, m := range h.target {
		if !compoundMention(st.toks, m) {
			t = append(t, m)
		}
	}
	h.target = t
	if len(h.source) == 0 {
		return false
	}
	for _, m := range h.source {
		if !compoundMention(st.toks, m) {
			return false
		}
	}
	return true
}

// compoundMention reports a mention whose last word is a compound
// modifier of backing or leading: "Russian-led", "US-backed" (read as
// one token, or as "US", "-", "backed"). The state of a flag, an owner
// or a base ("a British-flagged tanker", "the Dubai-based exchange")
// stays a target, as the gold sets code it.
func compoundMention(toks []dyad.Token, m actors.Mention) bool {
	if m.End <= m.Start || m.End > len(toks) {
		return false
	}
	w := toks[m.End-1].Lower
	if h := strings.LastIndexByte(w, '-'); h > 0 {
		return backingSuffix(w[h+1:])
	}
	return m.End+1 < len(toks) && toks[m.End].Text == "-" && backingSuffix(toks[m.End+1].Lower)
}

// backingSuffix lists the second halves of compound modifiers that name
// who backs or leads a thing, not who it belongs to.
func backingSuffix(w string) bool {
	switch w {
	case "led", "backed", "allied", "aligned", "funded", "sponsored", "supported", "inspired", "brokered", "mediated", "affiliated":
		return true
	}
	return false
}

// warNoun reports nouns naming a war or crisis rather than anyone who
// acts: "killed by the Syrian civil war".
func warNoun(w string) bool {
	switch w {
	case "war", "wars", "conflict", "conflicts", "crisis", "violence", "unrest", "famine", "insurgency", "uprising", "fighting":
		return true
	}
	return false
}

// warModifier reports a country adjective that modifies a war noun (up to
// two modifiers between: "the Syrian civil war", "the Yemeni conflict"):
// the war is no actor, and its adjective is none either. A possessive
// ("Russia's war") names who wages it and stays an actor.
func warModifier(st *sentence, m actors.Mention) bool {
	if m.Possessive || m.Kind != actors.KindAdjective {
		return false
	}
	for i := m.End; i < len(st.toks) && i < m.End+3; i++ {
		if warNoun(st.toks[i].Lower) {
			return true
		}
		if !strings.HasPrefix(st.toks[i].Tag, "JJ") && !strings.HasPrefix(st.toks[i].Tag, "NN") {
			return false
		}
	}
	return false
}

// dropWarModifiers removes the mentions warModifier reports.
func dropWarModifiers(st *sentence, ms []actors.Mention) []actors.Mention {
	for _, m := range ms {
		if warModifier(st, m) {
			out := make([]actors.Mention, 0, len(ms))
			for _, n := range ms {
				if !warModifier(st, n) {
					out = append(out, n)
				}
			}
			return out
		}
	}
	return ms
}

// companyAgent reports an agent with no country of its own led by
// capitalised words that are no actor: "Human Resources officials",
// "Microsoft officials" are a firm's staff, not a government's. A single
// capitalised word opening the sentence may be a common noun ("Health
// officials said") and does not count.
func companyAgent(toks []dyad.Token, ms []actors.Mention, m actors.Mention) bool {
	if !hasSector(m, "GOV") || m.End <= m.Start {
		return false
	}
	switch toks[m.End-1].Lower {
	case "official", "officials", "spokesman", "spokeswoman", "spokesperson", "executive", "executives":
	default:
		return false // "the Muslim Brotherhood government", "the Islamic regime in Tehran"
	}
	j := m.Start
	for j > 0 && toks[j-1].Tag == "NNP" && toks[j-1].Text != "" && toks[j-1].Text[0] >= 'A' && toks[j-1].Text[0] <= 'Z' {
		j--
	}
	if j == m.Start || j == 0 && m.Start == 1 || strings.Contains(toks[j].Text, "-") {
		return false
	}
	for _, n := range ms {
		if n.Start < m.Start && n.End > j {
			return false
		}
	}
	return true
}

func isPunct(t dyad.Token) bool {
	return t.Text != "" && strings.ContainsAny(t.Text[:1], ",.;:!?()\"'—–-")
}

// unnamedCollective reports a mention that is a bare plural of states or
// their leaders after a quantifier ("most governments balk", "some
// leaders now deny", "few politicians were prepared"), or bare
// "governments" ("Governments have also blamed the app"): CODING.md's
// unnamed collective, no actor, whatever country the story is about.
func unnamedCollective(toks []dyad.Token, m actors.Mention) bool {
	if m.End-m.Start != 1 || m.End > len(toks) {
		return false
	}
	if w := toks[m.Start].Lower; w == "governments" {
		// a bare plural is several states' ("Governments have also
		// blamed the app"), not "the two governments", "both governments"
		if m.Start == 0 {
			return true
		}
		switch toks[m.Start-1].Lower {
		case ",", "and", "or", "but", "“", "\"":
			return true
		}
	}
	if m.Start == 0 {
		return false
	}
	switch toks[m.Start].Text {
	case "governments", "leaders", "politicians", "states", "countries", "nations", "lawmakers", "legislators":
	default:
		return false
	}
	return collectiveQuantifier(toks[m.Start-1].Lower)
}

// quantifiedCollective reports a mention of two or three words, a
// nationality and a plural of politicians or officials, after a
// quantifier: "some Turkish politicians welcomed the result", "some
// Japanese officials urged a weaker yen": an unnamed collective like
// "some leaders" as a source (dropCollectives).
func quantifiedCollective(toks []dyad.Token, m actors.Mention) bool {
	if n := m.End - m.Start; n < 2 || n > 3 || m.Start == 0 || m.End > len(toks) {
		return false
	}
	switch toks[m.End-1].Lower {
	case "politicians", "officials", "lawmakers", "legislators", "leaders":
	default:
		return false
	}
	return collectiveQuantifier(toks[m.Start-1].Lower)
}

// collectiveQuantifier reports a quantifier that makes a plural an
// unnamed collective: "most", "many", "some", "several" …
func collectiveQuantifier(w string) bool {
	switch w {
	case "most", "many", "some", "few", "several", "other", "various", "numerous", "certain":
		return true
	}
	return false
}

// dropCollectives removes unnamed collectives from a hit's actors and
// reports whether its source is left empty by it. A quantified
// nationality's politicians or officials ("some Turkish politicians") are
// no source of a statement or an opinion (opinionCode); as a target, or
// as the source of a deed ("some U.S. officials met Chinese diplomats"),
// they name their state's government.
func dropCollectives(st *sentence, h *verbHit) bool {
	keep := func(ms []actors.Mention, source bool) []actors.Mention {
		out := ms[:0:0]
		for _, m := range ms {
			if !unnamedCollective(st.toks, m) && !(source && opinionCode(h.code) && quantifiedCollective(st.toks, m)) {
				out = append(out, m)
			}
		}
		return out
	}
	had := len(h.source) > 0
	h.source, h.target = keep(h.source, true), keep(h.target, false)
	return had && len(h.source) == 0
}

// unshareRoles undoes a role the matcher shared over a coordination with
// a singular agent after "the": "in northern Syria, and the Syrian
// government condemned" names the country and one government, not two
// governments ("South Korean and US troops" shares its plural role).
// The first conjunct goes back to its country alone.
func unshareRoles(toks []dyad.Token, ms []actors.Mention) {
	for k := 0; k+1 < len(ms); k++ {
		m, n := &ms[k], ms[k+1]
		if m.Kind != actors.KindAgent || n.Kind != actors.KindAgent || m.Unresolved || n.Unresolved || m.Person || len(m.Country) != 3 || m.Code == m.Country {
			continue
		}
		if n.End > len(toks) || n.Start <= m.End || n.Start-m.End > 3 || toks[n.End-1].Tag != "NN" {
			continue
		}
		the := toks[n.Start].Lower == "the"
		for j := m.End; j < n.Start; j++ {
			switch toks[j].Lower {
			case "the":
				the = true
			case ",", "and", "or":
			default:
				the = false
				j = n.Start
			}
		}
		if !the {
			continue
		}
		for j := m.Start; j < m.End; j++ {
			if toks[j].Tag != "NNP" || agentWord(toks[j].Lower) {
				the = false
			}
		}
		if the {
			m.Code, m.Sectors, m.Kind = m.Country, nil, actors.KindCountry
		}
	}
}

// agentWord reports a role noun that may be written capitalised inside a
// mention ("Army", "Government", "Navy").
func agentWord(w string) bool {
	switch w {
	case "government", "army", "navy", "police", "ministry", "parliament", "forces", "military", "president", "minister":
		return true
	}
	return false
}

// opinionCode reports a code of speech or opinion, what an unnamed part
// of a state's politicians may say apart from the rest: statements (01),
// appeals (02), demands (10), disapproval (11) and rejections (12).
func opinionCode(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "01", "02", "10", "11", "12":
		return true
	}
	return false
}

// ownedPlatform reports an organisation mention that names only the
// platform of someone's account: a possessive ("his", "her", "its",
// "their", "our", "my", "your" or a name's "'s") before it and an account
// noun after it ("his Facebook page", "on its Telegram channel", "the
// group's TikTok account"). The platform's owner does nothing there: "a
// man who had posted the flag on his Facebook page rammed his truck into
// three soldiers" has no company as its source.
func ownedPlatform(toks []dyad.Token, m actors.Mention) bool {
	if m.Kind != "org" || m.Start == 0 || m.End >= len(toks) {
		return false
	}
	switch toks[m.Start-1].Lower {
	case "his", "her", "its", "their", "our", "my", "your", "'s", "’s":
	default:
		return false
	}
	switch toks[m.End].Lower {
	case "page", "pages", "account", "accounts", "channel", "channels", "feed", "profile", "post", "posts", "handle", "group":
		return true
	}
	return false
}

// dropMentions removes, in place, the mentions of ms that drop reports
// (ownedPlatform, monitoringAgency), keeping the others' order.
func dropMentions(toks []dyad.Token, ms []actors.Mention, drop func([]dyad.Token, actors.Mention) bool) []actors.Mention {
	out := ms[:0]
	for _, m := range ms {
		if !drop(toks, m) {
			out = append(out, m)
		}
	}
	return out
}

// originList reports a state m named in a list of where people come from
// after "from" and a plural noun, or people named with it: "11 of his
// men, from Egypt, Libya and Saudi Arabia", "fighters from Chechnya". The
// states are the people's
// origins, not where the story is, so a later bare "opposition
// commanders" is not of the list's last state (coref_names.go).
func originList(toks []dyad.Token, m actors.Mention) bool {
	for k := m.Start + 1; k+1 < m.End; k++ {
		if toks[k].Lower == "from" && pluralPeople(toks[k-1]) {
			return true // one mention "fighters from Saudi Arabia"
		}
	}
	j := m.Start - 1
	for j >= 0 && (toks[j].Text == "," || toks[j].Lower == "and" || toks[j].Lower == "the" || startsUpperASCII(toks[j].Text) && strings.HasPrefix(toks[j].Tag, "NNP")) {
		j--
	}
	if j < 1 || toks[j].Lower != "from" {
		return false
	}
	p := j - 1
	if toks[p].Text == "," && p > 0 {
		p--
	}
	return pluralPeople(toks[p])
}

// pluralPeople reports a plural noun, the irregular ones the tagger may
// take for singular among them ("men", "women", "people").
func pluralPeople(t dyad.Token) bool {
	switch t.Lower {
	case "men", "women", "people", "children":
		return true
	}
	return t.Tag == "NNS"
}

// insertMentions merges add into ms, both in token order (by Start), and
// returns the merged mentions in token order; a mention of add starting
// where one of ms does goes after it. ms itself is returned when add is
// empty.
func insertMentions(ms, add []actors.Mention) []actors.Mention {
	if len(add) == 0 {
		return ms
	}
	out := make([]actors.Mention, 0, len(ms)+len(add))
	j := 0
	for _, m := range ms {
		for j < len(add) && add[j].Start < m.Start {
			out = append(out, add[j])
			j++
		}
		out = append(out, m)
	}
	return append(out, add[j:]...)
}
