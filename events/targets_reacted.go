package events

// A reaction that names no target answers the author of the act it
// reacts to when the reacting actor's own clause names that act by its
// author: a possessive ("Finland's decision", "Japan's release of the
// captain") or a nationality adjective ("any Israeli attack") before a
// noun of the [reacted acts] list of data/words.txt. Two shapes:
//
//   - a second verb of the reacting actor, after "and", whose first verb
//     or speech told the act: "Minsk said Vilnius's move was hostile and
//     vowed to respond" BLR 130 LTU; "Ankara regretted Athens's decision
//     to close the crossing and denied sending migrants" TUR 016 GRC;
//     "Beijing rejected Manila's claims and demanded an apology" CHN 10
//     PHL;
//   - a warning or threat whose "that" complement opens with the act:
//     "Cairo warned that any Ethiopian move to fill the dam would meet a
//     firm response" EGY 13 ETH.
//
// Only verbal conflict reacts so (demands, criticism, rejections,
// threats: roots 10–13, and denials, 016). The author must be a state or
// a state's organ of another country than the reacting actor's; a
// clause that names a third state, a hit with a target, a noun hit and a
// passive one give nothing (save an election's results rejected in the
// passive: targets_reacted_results.go), nor does a demand asked of someone
// else or for material goods ("… and demanded more air defences from its
// allies": demandElsewhere).

import (
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// reactedAuthor sets the target of the reaction h that has none to the
// author of the act its clause names (see the file comment).
func (c *Coder) reactedAuthor(st *sentence, h *verbHit) {
	if len(h.target) != 0 || len(h.source) == 0 || h.p.Noun || h.code == "" {
		return
	}
	if h.passive {
		if r := cameo.Root(h.code); r == "11" || r == "12" {
			if m := c.resultsAuthor(st, h); m != nil {
				h.target = []actors.Mention{*m} // "the results were rejected by the opposition" (targets_reacted_results.go)
			}
		}
		return
	}
	switch cameo.Root(h.code) {
	case "10", "11", "12", "13":
	default:
		if h.code != "016" {
			return
		}
	}
	src := h.source[0]
	if src.Country == "" || src.Place || src.Modifier {
		return
	}
	last := h.source[len(h.source)-1]
	if last.End > h.head || c.demandElsewhere(st, h) {
		return
	}
	if m := c.conjunctAuthor(st, h, last.End); m != nil {
		h.target = []actors.Mention{*m}
		return
	}
	if cameo.Root(h.code) == "13" {
		if m := c.warnedAuthor(st, h); m != nil {
			h.target = []actors.Mention{*m}
			return
		}
	}
	if m := c.resultsAuthor(st, h); m != nil {
		h.target = []actors.Mention{*m} // "rejected the official results" (targets_reacted_results.go)
	}
}

// demandElsewhere reports a demand h addressed to someone else than an
// act's author: one whose object is asked "from" or "of" a party ("and
// demanded more air defences from its allies") or is a material good of
// the [demanded goods] list ("and asked for more shells"), which the
// author of the act it answers is not asked to give.
func (c *Coder) demandElsewhere(st *sentence, h *verbHit) bool {
	if cameo.Root(h.code) != "10" {
		return false
	}
	toks := st.toks
	for k := h.head + 1; k < len(toks) && k <= h.head+8; k++ {
		t := toks[k]
		if t.Text == "," || t.Text == ";" || t.Lower == "and" || t.Lower == "but" {
			break
		}
		if t.Lower == "from" || t.Lower == "of" && k > h.head+1 {
			return true
		}
		if c.words.demandedGoods[t.Lower] {
			return true
		}
	}
	return false
}

// conjunctAuthor returns the author of an act named between the source's
// end (from) and the "and" that opens h's verb, or nil.
func (c *Coder) conjunctAuthor(st *sentence, h *verbHit, from int) *actors.Mention {
	toks := st.toks
	and := -1
	for k := h.head - 1; k > from && k >= h.head-5; k-- {
		if st.at[k] >= 0 {
			return nil // "…, and Moscow said": another subject (reactions.go)
		}
		if toks[k].Lower == "and" {
			and = k
			break
		}
	}
	if and < 0 || and+1 >= len(toks) {
		return nil
	}
	switch toks[and+1].Tag {
	case "VBD", "VBZ", "VBP", "RB", "MD":
	default:
		return nil // "and the ministry said": a new subject
	}
	own := h.source[0].Country
	var author *actors.Mention
	for k := from; k < and; k++ {
		if t := toks[k]; t.Text == ";" || t.Lower == "but" || t.Lower == "while" {
			return nil
		}
		mi := st.at[k]
		if mi < 0 {
			continue
		}
		m := &st.ments[mi]
		k = m.End - 1
		if m.Country == own || m.Country == "" && m.Unresolved {
			continue // "its own", "the ministry"
		}
		if author != nil && author.Country != m.Country {
			return nil // two others: whose act is unclear
		}
		if m.Place || !c.authorOfAct(st, m) {
			return nil // another actor the clause names
		}
		if author == nil {
			author = m
		}
	}
	return authorMention(author)
}

// warnedAuthor returns the author of the act that opens the "that"
// complement of the threat h ("warned that any Israeli attack …"), or nil.
func (c *Coder) warnedAuthor(st *sentence, h *verbHit) *actors.Mention {
	toks := st.toks
	k := h.head + 1
	for k < len(toks) && k <= h.head+5 && (st.isDate[k] || toks[k].Tag == "RB") {
		k++
	}
	if k >= len(toks) || toks[k].Lower != "that" {
		return nil
	}
	k++
	if k < len(toks) {
		switch toks[k].Lower {
		case "any", "a", "an", "the", "further", "another":
			k++
		}
	}
	if k >= len(toks) || st.at[k] < 0 {
		return nil
	}
	m := &st.ments[st.at[k]]

	if m.Start != k || m.Country == "" || m.Country == h.source[0].Country || m.Place || !c.authorOfAct(st, m) {
		return nil
	}
	return authorMention(m)
}

// authorOfAct reports a mention m that names who did an act: a possessive
// or a nationality adjective right before a noun of [reacted acts], past
// one adjective ("Finland's sudden decision", "any Israeli attack").
func (c *Coder) authorOfAct(st *sentence, m *actors.Mention) bool {
	toks := st.toks
	k := m.End
	if k < len(toks) && (toks[k].Tag == "POS" || isPossTok(toks[k])) {
		k++
	} else if !m.Modifier && !m.Possessive && m.Kind != actors.KindAdjective {
		return false
	}
	if k < len(toks) && toks[k].Tag == "JJ" {
		k++
	}
	return k < len(toks) && c.words.reactedActs[toks[k].Lower]
}

// authorMention returns a copy of m as a target: no longer possessive
// nor a modifier.
func authorMention(m *actors.Mention) *actors.Mention {
	if m == nil {
		return nil
	}
	t := *m
	t.Possessive, t.Modifier = false, false
	return &t
}
