package events

// "The two sides", "both countries" as a subject: the two parties the
// sentence named before it (twoParties, sources_structure.go).

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// namedPair returns the two parties named before token k of the sentence
// when no earlier act has them: "Peru and Chile ended a week of talks,
// and the two sides will meet again in May" (PER and CHL), "Uruguay said
// its negotiations with Chile had gone well and that the two sides …".
// Exactly two actors of distinct codes must precede k, none of them a
// modifier, a place or an unresolved agent, linked as parties: joined by
// "and", or the second the partner of the first's own talks or meeting
// (ownTalks); nil otherwise. The subject of a speech verb alone is a
// speaker, no side ("the African Union said Sudan's army had agreed to
// the plan and that the two sides would sign": no pair).
func (c *Coder) namedPair(st *sentence, k int) []actors.Mention {
	var pair []actors.Mention
	for _, m := range st.ments {
		if m.Start >= k {
			break
		}
		if m.Modifier || m.Place || m.Kind == "place" || m.Unresolved || m.Code == "" {
			return nil
		}
		if len(pair) > 0 && pair[len(pair)-1].Code == m.Code {
			continue
		}
		pair = append(pair, m)
	}
	if len(pair) != 2 || pair[0].Country == pair[1].Country && pair[0].Code == pair[1].Code {
		return nil
	}
	if pair[1].Start == pair[0].End+1 && st.toks[pair[0].End].Lower == "and" {
		return pair // "Peru and Chile"
	}
	if t := talksWith(st, pair[1].Start); t < 0 || !c.ownTalks(st, pair[0], t) {
		return nil
	}
	return pair
}

// ownTalks reports talks or a meeting, named at token t, that are the
// party m's own: m's possessive right before them ("Peru's talks with"),
// a possessive pronoun or "the" ("said its talks with", "said the
// negotiations with": the speaker's own), or m the subject of a verb that
// is no speech verb ("Peru held talks with", "Peru opened negotiations
// with"). "Peru said talks with Chile …" leaves whose talks unsaid.
func (c *Coder) ownTalks(st *sentence, m actors.Mention, t int) bool {
	toks := st.toks
	p := t - 1
	for p > m.End && toks[p].Tag == "JJ" {
		p-- // "its first talks", "its recent talks"
	}
	switch toks[p].Lower {
	case "its", "their", "his", "her", "the":
		return true // "said the talks with Chile": the speaker's own
	}
	if p == m.End && (m.Possessive || toks[p].Tag == "POS" || toks[p].Lower == "'s" || toks[p].Lower == "’s") || p < m.End {
		return true // "Peru's talks with Chile"
	}
	verb := false
	for k := m.End; k < t; k++ {
		if st.at[k] >= 0 {
			return false
		}
		if strings.HasPrefix(toks[k].Tag, "VB") {
			if c.isSpeechOrCognition(toks[k]) {
				return false
			}
			verb = true
		}
	}
	return verb
}

// talksWith returns the talk word of a mention at token i that is the
// partner of talks named just before it: "its talks with Chile", "the
// negotiations with the rebels", "a meeting with Lula" ("with", a
// determiner at most, then a word of [talk words] or [meeting nouns]
// within three words back); -1 when there is none.
func talksWith(st *sentence, i int) int {
	toks := st.toks
	if i < 2 || toks[i-1].Lower != "with" && !(toks[i-1].Lower == "the" && i >= 3 && toks[i-2].Lower == "with") {
		return -1
	}
	w := i - 1
	if toks[w].Lower == "the" {
		w--
	}
	for k := w - 1; k >= 0 && k >= w-3; k-- {
		if st.words.talkWords[toks[k].Lower] || st.words.meetingNouns[toks[k].Lower] {
			return k
		}
	}
	return -1
}
