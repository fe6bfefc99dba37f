package events

// An infinitive of purpose takes the subject of the clause it ends:
// "Farmers in France blocked motorways on Monday to protest against cheap
// imports" FRAAGR 141, "Indonesia's rights commission sent investigators
// to Papua on Tuesday to look into the shooting" IDNGOV 092, "A U.N.
// envoy began a visit to Myanmar to look into reports of forced labour"
// IGOUNO 090. The infinitive comes after the main verb's object, its
// places and its date, with no subject of its own before it, so the
// subject search stopped at the object and the act was set aside (no
// source found). This holds for every verb, save those whose object is
// the infinitive's doer ("urged Iran to stop", [object control verbs] of
// data/words.txt) and nouns whose infinitive is their content, not the
// subject's purpose ("a plan to", "the right to", [infinitive nouns]).

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// purposeSubject returns the subject of the finite verb whose clause the
// infinitive of purpose at h ends, or nil when h is no such infinitive.
func (c *Coder) purposeSubject(st *sentence, h *verbHit) []actors.Mention {
	if h.p.Noun || h.passive {
		return nil
	}
	if v := purposeClauseVerb(st, h.head, strings.HasPrefix(h.code, "09")); v >= 0 {
		return c.subject(st, v)
	}
	return nil
}

// purposeClauseVerb returns the finite verb whose clause the infinitive at i
// ends as its purpose, or -1. Between that verb and "to" only the verb's
// object, places, dates and prepositional phrases may stand: no comma, no
// other verb, no clause word. An inquiry (inquiry true) may be the
// purpose of a sending ("sent investigators to Papua to look into"), which
// is otherwise an object control verb ("sent warships to shadow a
// research vessel": one act); a fact-finding body sent codes the inquiry
// itself (data/verbs.txt), and its infinitive has no source of its own.
func purposeClauseVerb(st *sentence, i int, inquiry bool) int {
	toks := st.toks
	if i < 4 || toks[i].Tag != "VB" || toks[i-1].Lower != "to" {
		return -1
	}
	j := i - 2
	for j >= 0 && (st.isDate[j] || toks[j].Tag == "RB") {
		j-- // "blocked the road on Tuesday to protest"
	}
	if j < 1 {
		return -1
	}
	if toks[j].Lower == "order" && toks[j-1].Lower == "in" {
		j -= 2 // "in order to"
	} else if st.at[j] < 0 && st.words.infinitiveNouns[toks[j].Lower] || toks[j].Tag == "JJ" {
		return -1 // "a plan to", "ready to"
	}
	object := false
	for k := j; k >= 0 && k >= i-25; k-- {
		t := toks[k]
		if st.isDate[k] || st.at[k] >= 0 {
			object = true
			continue
		}
		if st.words.inquiryBodyWords[t.Lower] {
			return -1 // "sent a fact-finding mission to look into"
		}
		if subjectStop(t) || t.Text == "," || t.Text == ";" || isQuote(t.Text) {
			return -1
		}
		switch {
		case finite(t.Tag) || t.Tag == "VBN" && k > 0 && isAux(toks[k-1]):
			if !object || isAux(t) || st.words.objectControlVerbs[t.Lemma] && !(inquiry && st.words.inquiryTripVerbs[t.Lemma]) {
				return -1
			}
			return k
		case npTag(t.Tag) || t.Tag == "IN" || t.Tag == "TO" || t.Tag == "RB" || t.Tag == "HYPH" || t.Text == "-" || t.Tag == "CC":
			object = object || npTag(t.Tag)
		case (t.Tag == "VBN" || t.Tag == "VBG") && k+1 < len(toks) && (toks[k+1].Tag == "NN" || toks[k+1].Tag == "NNS" || toks[k+1].Tag == "JJ"):
			// an adjective: "a shared inspection post", "the missing men"
		default:
			return -1
		}
	}
	return -1
}

// inquiryTripDone reports an inquiry (root 09) told as the purpose of a
// trip or a sending in the past tense ("began a visit to Myanmar on
// Monday to look into reports of forced labour", "sent investigators to
// Papua on Tuesday to look into the shooting", "travelled to Goma to
// investigate"): the gold sets code the inquiry as begun, asserted, as
// they do for people sent (sources_sent_people.go) and bodies set up
// (sources_setup_body.go). The verbs are [inquiry trip verbs] of
// data/words.txt.
func inquiryTripDone(st *sentence, h *verbHit) bool {
	if h.p.Noun || !strings.HasPrefix(h.code, "09") {
		return false
	}
	v := purposeClauseVerb(st, h.head, true)
	return v >= 0 && (st.toks[v].Tag == "VBD" || st.toks[v].Tag == "VBN") && st.words.inquiryTripVerbs[st.toks[v].Lemma]
}
