package events

import (
	"sort"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/sentences"
)

// resolve completes the sentence's mentions from context: agents with no
// country ("the foreign ministry") take the country of the nearest actor
// before them in the sentence, else the article's last country; subject
// pronouns ("it", "they", "he", "she") and "the agency" take the actor
// they most likely refer to. Mentions that stay unresolved are dropped.
func (c *Coder) resolve(ctx *articleCtx, st *sentence, ms []actors.Mention) []actors.Mention {
	dict := c.matcher.Dictionary()
	out := ms[:0]
	for k := range ms {
		m := ms[k]
		if m.Unresolved {
			country := ""
			if hasSector(m, "CVL", "REF") {
				// victims and bystanders belong where it happened: "killed
				// scores of people outside Kabul airport", "shelled the
				// Ukrainian city of Kharkiv, killing three civilians"
				country = c.sentenceCountry(st)
				for j := 0; j < len(ms) && country == ""; j++ {
					if ms[j].Modifier && len(ms[j].Country) == 3 {
						country = ms[j].Country
					}
				}
			}
			if country == "" && strings.HasPrefix(strings.ToLower(m.Text), "the ") {
				country = ctx.focus() // "the army": the story's own country
			}
			for j := 0; j < len(out) && country == ""; j++ {
				if out[j].Country != "" {
					country = out[j].Country
				}
			}
			if country == "" {
				country = ctx.lastCtry
			}
			if country == "" {
				country = c.sentenceCountry(st) // "Protesters in Tehran …"
			}
			for j := 0; j < len(ms) && country == ""; j++ {
				if ms[j].Modifier && ms[j].Country != "" {
					country = ms[j].Country // "in Indian-administered Kashmir"
				}
			}
			if country == "" {
				continue
			}
			m.Code = country + m.Code
			m.Country = country
			m.Name = dict.Name(country)
			m.Unresolved = false
			m.Kind = "coref"
		}
		out = append(out, m)
	}
	ms = out
	toks := st.toks
	cov := make([]bool, len(toks)+1)
	for _, m := range ms {
		for i := m.Start; i < m.End && i < len(cov); i++ {
			cov[i] = true
		}
	}
	covered := func(i int) bool { return i < len(cov) && cov[i] }
	var extra []actors.Mention
	for i := 0; i < len(toks); i++ {
		if covered(i) {
			continue
		}
		w := toks[i].Lower
		var ref *actors.Mention
		end := i + 1
		switch {
		case (w == "it" || w == "they") && followedByVerb(st, i):
			// the main subject earlier in this sentence, else the last subject
			for j := range ms {
				if ms[j].Start < i && (ms[j].Country != "" || ms[j].Kind == actors.KindOrg) && !ms[j].Person && !ms[j].Modifier && !ms[j].Place {
					ref = &ms[j]
					break
				}
			}
			if ref == nil {
				ref = ctx.lastSubj
			}
		case (w == "he" || w == "she") && followedByVerb(st, i):
			for j := len(ms) - 1; j >= 0; j-- {
				if ms[j].Start < i && ms[j].Person {
					ref = &ms[j]
					break
				}
			}
			if ref == nil {
				ref = ctx.lastPers
			}
		case w == "the" && i+1 < len(toks) && (toks[i+1].Lower == "agency") && !covered(i+1):
			ref = ctx.lastMed
			end = i + 2
		case toks[i].Tag == "NNP" && ctx.names != nil:
			// a surname (or given name) of a person named earlier: "Albanese"
			if p, ok := ctx.names[w]; ok {
				ref = &p
				for end < len(toks) && toks[end].Tag == "NNP" && !covered(end) {
					if q, ok := ctx.names[toks[end].Lower]; ok && q.Code == p.Code {
						end++
						continue
					}
					break
				}
			}
		}
		if ref == nil {
			continue
		}
		r := *ref
		r.Start, r.End = i, end
		r.Text = st.s.Text[toks[i].Start:toks[end-1].End]
		r.Span = [2]int{toks[i].Start, toks[end-1].End}
		r.Kind = "coref"
		r.Possessive = false
		extra = append(extra, r)
		i = end - 1
	}
	if len(extra) > 0 {
		ms = append(ms, extra...)
		sort.Slice(ms, func(a, b int) bool { return ms[a].Start < ms[b].Start })
	}
	return ms
}

// sentenceCountry returns the country of the first place named after
// in/at/near in the sentence, "" when none.
func (c *Coder) sentenceCountry(st *sentence) string {
	toks := st.toks
	for k := 0; k+1 < len(toks); k++ {
		switch toks[k].Lower {
		case "in", "at", "near", "outside", "through", "around", "across":
		case "of":
			if k == 0 {
				continue
			}
			switch toks[k-1].Lower {
			case "city", "town", "village", "region", "province", "capital", "port", "district":
			default:
				continue
			}
		default:
			continue
		}
		j := k + 1
		if toks[j].Lower == "the" && j+1 < len(toks) {
			j++
		}
		for j+1 < len(toks) && !startsUpperASCII(toks[j].Text) && (strings.HasSuffix(toks[j].Lower, "ern") || toks[j].Lower == "central") {
			j++ // "in central Mali", "in northern Israel"
		}
		if p, _, ok := c.placeAt(st, j, len(toks), 2); ok {
			return p.Country
		}
	}
	return ""
}

// focus returns the country mentioned most so far in the article (the
// earliest on a tie), "" when none.
func (ctx *articleCtx) focus() string {
	best, n := "", 0
	for _, c := range ctx.order {
		if ctx.countries[c] > n {
			best, n = c, ctx.countries[c]
		}
	}
	return best
}

// titleWord lists capitalised words of titles, never names.
func titleWord(w string) bool {
	switch w {
	case "president", "prime", "minister", "foreign", "defence", "defense", "secretary", "general", "chief",
		"king", "queen", "leader", "state", "deputy", "vice", "premier", "chancellor", "ambassador", "envoy",
		"secretary-general", "commander", "interior", "finance", "treasury", "external", "affairs", "mr", "mrs", "ms",
		"dr", "supreme", "crown", "prince", "sheikh", "emir", "sultan", "pope", "senator", "governor", "mayor":
		return true
	}
	return false
}

// followedByVerb reports a pronoun used as a subject: a verb follows,
// perhaps after adverbs and auxiliaries.
func followedByVerb(st *sentence, i int) bool {
	for k := i + 1; k < len(st.toks) && k <= i+4; k++ {
		t := st.toks[k]
		if strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" {
			return true
		}
		if t.Tag != "RB" {
			return false
		}
	}
	return false
}

// remember updates the article context after a sentence.
func (c *Coder) remember(ctx *articleCtx, st *sentence) {
	for k := range st.ments {
		m := st.ments[k]
		if m.Country != "" && ctx.lastSubj == nil || m.Country != "" && k == 0 && !m.Person {
			mm := m
			ctx.lastSubj = &mm
		}
		if m.Country != "" {
			ctx.lastCtry = m.Country
			if ctx.countries == nil {
				ctx.countries = map[string]int{}
			}
			if ctx.countries[m.Country] == 0 {
				ctx.order = append(ctx.order, m.Country)
			}
			ctx.countries[m.Country]++
		}
		for _, s := range m.Sectors {
			if s == "MED" {
				mm := m
				ctx.lastMed = &mm
			}
		}
		if m.Person {
			mm := m
			ctx.lastPers = &mm
			if m.Kind != "coref" {
				if ctx.names == nil {
					ctx.names = map[string]actors.Mention{}
				}
				// the name run at the end of the mention: "… Minister Abbas Araghchi"
				for k := m.End - 1; k >= m.Start; k-- {
					t := st.toks[k]
					if t.Tag != "NNP" || titleWord(t.Lower) {
						break
					}
					ctx.names[t.Lower] = mm
				}
			}
		}
	}
	if len(st.ments) > 0 && st.ments[0].Country != "" && !st.ments[0].Person {
		mm := st.ments[0]
		ctx.lastSubj = &mm
	}
}

// SentenceActors is the actor mentions of one sentence as the coder sees
// them: dictionary matches, assembled noun phrases and coreference
// resolved.
type SentenceActors struct {
	Sentence dyad.Sentence
	Mentions []actors.Mention
}

// Actors returns the resolved actor mentions of every sentence of a, in
// order; it is what Code attaches to events, exposed for evaluation and
// tools. Modifier mentions ("US goods") are included with Modifier set.
func (c *Coder) Actors(a *dyad.Article) []SentenceActors {
	ctx := newContext(c, a)
	var out []SentenceActors
	sentences.Each(a, c.lex, func(s *dyad.Sentence) {
		st := c.analyse(ctx, s)
		out = append(out, SentenceActors{Sentence: *s, Mentions: st.ments})
		c.remember(ctx, st)
	})
	return out
}
