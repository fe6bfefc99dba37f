package events

// People the dictionary does not know, named beside the common noun of
// their role: "The gunman, Stephen Paddock, fired …", "Karim Haddad, a
// 34-year-old gunman, opened fire …", "gunman Karim Haddad". The role's
// actor is the person's: a later "Mr. Paddock" or "Haddad" is that actor
// ("Police officers later shot Mr. Paddock": USACOP → USAUAF), and so is
// a "he" of the next sentence (recentPers).

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// roleNames returns the role mentions of the sentence's resolved mentions
// that a name run (two or more capitalised words no mention covers)
// stands beside, with the run's bounds: right after the role ("gunman
// Karim Haddad"), after the role and a comma ("the gunman, Stephen
// Paddock,"), or before a comma, an optional article and modifiers, and
// the role ("Karim Haddad, a 34-year-old gunman,"). A role is one person
// named by a common noun ([person nouns], [human nouns]) whose actor has
// a country.
func (st *sentence) roleNames(f func(m actors.Mention, a, b int)) {
	toks := st.toks
	role := func(m *actors.Mention) bool {
		if m == nil || m.Person || m.Modifier || m.Place || m.Plural || m.Country == "" || m.End <= m.Start || m.End > len(toks) {
			return false
		}
		h := toks[m.End-1]
		return h.Tag == "NN" && (st.words.personNouns[h.Lower] || st.words.humanNouns[h.Lower])
	}
	nameRuns(st, st.ments, func(a, b int) {
		if a > 0 && toks[a-1].Tag == "NNP" || b < len(toks) && toks[b].Tag == "POS" {
			return // inside a longer name, or a possessive ("Paddock's")
		}
		if m := mentionAt(st.ments, a-1); a > 0 && role(m) && m.End == a {
			f(*m, a, b) // "gunman Karim Haddad"
			return
		}
		if m := mentionAt(st.ments, a-2); a > 1 && toks[a-1].Text == "," && role(m) && m.End == a-1 {
			f(*m, a, b) // "the gunman, Stephen Paddock,"
			return
		}
		if b >= len(toks) || toks[b].Text != "," {
			return
		}
		for k := b + 1; k < len(toks) && k <= b+6; k++ {
			if m := mentionAt(st.ments, k); m != nil {
				if role(m) && m.End <= b+7 {
					f(*m, a, b) // "Karim Haddad, a 34-year-old gunman,"
				}
				return
			}
			if t := toks[k]; t.Tag != "DT" && t.Tag != "JJ" && t.Tag != "CD" && t.Tag != "NN" && t.Tag != "HYPH" && t.Text != "," {
				return
			}
		}
	})
}

// rememberRoleNames keeps, for each name the sentence gives a role (roleNames),
// its words as that role's actor in ctx.names, so that a later surname
// means it; words already kept for someone stay theirs. It returns the
// first such person, whom a later "he" may mean, or nil.
func (ctx *articleCtx) rememberRoleNames(st *sentence) *actors.Mention {
	var first *actors.Mention
	st.roleNames(func(m actors.Mention, a, b int) {
		m.Person = true
		if ctx.names == nil {
			ctx.names = map[string]actors.Mention{}
		}
		for k := a; k < b; k++ {
			w := strings.ToLower(st.toks[k].Text)
			if _, ok := ctx.names[w]; !ok && !titleWord(w) {
				ctx.names[w] = m
			}
		}
		if first == nil {
			first = &m
		}
	})
	return first
}
