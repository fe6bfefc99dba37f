package events

// An organisation's staff as a subject: "Prosecutors at the International
// Criminal Court opened an investigation", "Investigators of India's
// Central Bureau of Investigation searched the offices", "Officials at the
// International Monetary Fund approved a loan". The people are the
// organisation's own (an unresolved role noun of the dictionary, or a
// noun of the [staff nouns] of data/words.txt), and the organisation acts
// through them: the source is the organisation's mention, not the role
// noun resolved to a country named later in the sentence ("Ivory Coast's
// conflict" made the prosecutors CIVJUD) nor nothing at all. The
// organisation must be one (kind org), named right after "at", "of",
// "from" or "with"; "officials in Kenya" (a place) and "arrested by
// investigators of the FBI" (the phrase is a preposition's object) are
// not read here. After "at" only a role noun of the dictionary that no
// country resolved counts: the [staff nouns] and a role noun the coder
// resolved to a state stay as they were (tried in session 61: either
// lowered a held-out set's count).

import "github.com/dyad-events/dyad/actors"

// orgStaff reports the organisation mention mt, named after the
// preposition at token before, as the employer of the staff noun right
// before that preposition, the staff noun opening its clause's subject
// (no list before it, no preposition's object).
// A role noun of the dictionary counts when it named no country itself
// (the coder resolved it from context, kind "coref", or has yet to), and
// after "at" only when it is not resolved at all (no mention left).
func (c *Coder) orgStaff(st *sentence, before int, mt actors.Mention) bool {
	toks := st.toks
	if before < 1 || mt.Kind != actors.KindOrg || mt.Modifier {
		return false
	}
	switch toks[before].Lower {
	case "at", "of", "from", "with":
	default:
		return false
	}
	p := before - 1
	if m := st.at[p]; m >= 0 {
		if o := st.ments[m]; !(o.Kind == actors.KindAgent && o.Unresolved || o.Kind == "coref") || o.End != p+1 || toks[before].Lower == "at" {
			return false // "Kenyan officials at the IMF": the state's own
		}
		p = st.ments[m].Start
	} else if !(c.words.staffNouns[toks[p].Lower] && toks[before].Lower != "at") && !c.roleWord(toks[p].Lower) {
		return false
	}
	for p > 0 && (toks[p-1].Tag == "JJ" || toks[p-1].Tag == "DT" || toks[p-1].Tag == "CD" || toks[p-1].Tag == "NN" || toks[p-1].Tag == "NNP" || toks[p-1].Tag == "VBN") {
		p-- // "Muslim separatist rebels", "senior IMF officials"
	}
	if p == 0 {
		return true
	}
	switch toks[p-1].Lower {
	case "by", "and", "or", "nor", ",", "&":
		return false // "The Philippine government and rebels of the MILF agreed": a list's last item
	}
	return !isPreposition(toks[p-1].Lower)
}

// roleWord reports a role noun of the actor dictionary ("officials",
// "prosecutors"), kind agent with no country: the coder drops such a
// mention when no country resolves it, and its only employer is then the
// organisation named after it.
func (c *Coder) roleWord(w string) bool {
	_, ok := dictEntry(c.dict.roles, w)
	return ok
}
