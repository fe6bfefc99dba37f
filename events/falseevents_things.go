package events

// Verbs whose object is a thing, not an actor, in a sense that is no
// event of their code (read by idiom):
//
//   - "sanction" in the passive with a plan or an act as its subject
//     means approve: "The arms deal had been sanctioned by Ankara" tells
//     Ankara allowed the deal, no sanctions imposed (163);
//   - "withdraw" of a publication ("a poster withdrawn from the party's
//     website", "withdrew the advert") takes it down: no retreat (087x).

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// passiveSubject returns the head of the subject of the passive verb at
// i ("The arms deal had been sanctioned": "deal"), the token right before
// its auxiliaries, when it is a common noun that is no actor; -1 else.
func passiveSubject(st *sentence, i int) int {
	toks := st.toks
	k := i - 1
	for k >= 0 && (toks[k].Tag == "RB" || toks[k].Tag == "MD" || toks[k].Lemma == "be" || toks[k].Lemma == "have") {
		k--
	}
	if k < 0 || k == i-1 || st.at[k] >= 0 || toks[k].Tag != "NN" && toks[k].Tag != "NNS" {
		return -1
	}
	return k
}

// approvedBy reports a passive "sanctioned" whose subject is a plan or an
// act (approvedThings): "the move was sanctioned by Moscow" is approval,
// no sanction.
func approvedBy(st *sentence, h *verbHit) bool {
	if h.p.Noun || st.toks[h.head].Lemma != "sanction" || !isPassive(st.toks, h.head) {
		return false
	}
	s := passiveSubject(st, h.head)
	return s >= 0 && st.words.approvedThings[st.toks[s].Lower]
}

// withdrawnPublication reports a withdrawal whose thing is a publication
// or a document: its subject in the passive ("the poster was withdrawn",
// withdrawnThings), or a publishing place after "from" ("withdrew the
// advert from its website").
func withdrawnPublication(st *sentence, h *verbHit) bool {
	toks := st.toks
	if h.p.Noun || toks[h.head].Lemma != "withdraw" && toks[h.head].Lemma != "pull" {
		return false
	}
	if isPassive(toks, h.head) {
		if s := passiveSubject(st, h.head); s >= 0 && st.words.withdrawnThings[toks[s].Lower] {
			return true
		}
	}
	for k := h.head + 1; k < len(toks) && k <= h.head+8; k++ {
		t := toks[k]
		if t.Text == "," || t.Text == ";" || t.Lower == "to" || k > h.head+1 && strings.HasPrefix(t.Tag, "VB") {
			return false
		}
		if t.Lower == "from" {
			return st.words.publishedAt(toks, k, objectIn(toks[:k], h.head, st.words.withdrawnThings))
		}
	}
	return false
}

// publishedAt reports a publishing place (publishedPlaces) within the
// few words after "from" at k, before a comma or a verb; a site,
// platform, channel or page only after an online word, or when the thing
// withdrawn is a publication (published).
func (v *vocab) publishedAt(toks []dyad.Token, k int, published bool) bool {
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		if v.publishedPlaces[toks[j].Lower] {
			return true
		}
		switch toks[j].Lower {
		case "site", "sites", "platform", "platforms", "channel", "channels", "page", "pages":
			if published || v.onlineWords[toks[j-1].Lower] {
				return true
			}
		}
		if toks[j].Text == "," || strings.HasPrefix(toks[j].Tag, "VB") {
			return false
		}
	}
	return false
}
