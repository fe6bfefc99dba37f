package events

// Attribution (CODING.md, Events: reported speech is carried in
// reported_by and is no event of its own): who reports an act is the
// subject of the speech verb whose report holds it, not every speaker of
// the sentence. A speaker must be fit to report (next to its verb, after a
// closing comma or quotation mark, or named in commas by title before the
// verb), and a speech verb in a subordinate clause or with no complement
// reports nothing.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// appositionSpeaker returns the titled actor whose name stands in
// commas right before a speech verb, the comma closing the name at token
// k: "Russia's UN ambassador, Vassily Ivanov, said he …" is the
// ambassador, as when no name stood between. The name is one to four
// capitalised words; nil when the shape differs.
func appositionSpeaker(toks []dyad.Token, ms []actors.Mention, k int) *actors.Mention {
	j := k - 1
	for j >= 0 && k-j <= 5 && toks[j].Text != "," {
		if t := toks[j].Text; t == "" || (t[0] < 'A' || t[0] > 'Z') && t != "de" && t != "al" && t != "van" && t != "von" && t != "bin" {
			return nil
		}
		j--
	}
	if j < 1 || j == k-1 || toks[j].Text != "," {
		return nil
	}
	m := mentionAt(ms, j-1)
	if m == nil || m.Modifier || m.Place || m.End != j || m.Country == "" || !hasSector(*m, "GOV", "MIL", "LEG", "JUD", "SPY", "COP") {
		return nil
	}
	return m
}

// speaker is a speech verb of a sentence and its subject (a list when
// several speak: "China's and Russia's ambassadors said").
type speaker struct {
	head int
	subj []actors.Mention
}

// reportedBy returns who reports the act of h with source src, nil when
// nobody does or the source tells it itself. The act is reported by the
// speech verb whose report holds it, the nearest one before it first
// ("Officials said Trump said …": Trump), else the nearest after it (a
// closing "…, officials said"). A report holds the acts after its verb up
// to a clause break, or up to the close of a quotation that opens it
// ("Haley added “…” as tensions rose": not the rise), and the acts before
// it back to a clause break when it closes the sentence's main clause. A
// speech verb inside a subordinate or relative clause ("after Trump said
// …", "condemned the strikes that they said killed 26", "unhappy that the
// UN announced that De Mistura would attend, a decision hailed by …")
// reports nothing before it and nothing past the clause's next comma. A
// source among the speakers tells the act itself ("China's and Russia's
// ambassadors said they opposed …": neither reports the other's
// opposition). A sentence with no speech verb keeps its "according to".
func (c *Coder) reportedBy(st *sentence, h *verbHit, src *actors.Mention) *actors.Mention {
	if st.reporter == nil {
		return nil
	}
	if len(st.speakers) == 0 {
		if st.reporter.Code == src.Code {
			return nil
		}
		return st.reporter
	}
	best := -1
	for k, sp := range st.speakers {
		if k > 0 && !nearSubject(st, sp) || !placedSubject(st, sp) || !reportHolds(st, sp, h.head) {
			continue
		}
		switch b := best; {
		case b < 0:
			best = k
		case sp.head < h.head && (st.speakers[b].head > h.head || sp.head > st.speakers[b].head):
			best = k // the nearest report before the act
		case sp.head > h.head && st.speakers[b].head > h.head && sp.head < st.speakers[b].head:
			best = k // else the nearest after it
		}
	}
	if best < 0 {
		if r := c.accordingTo(st); r != nil && r.Code != src.Code {
			return r // "…, according to the Pentagon, which said …"
		}
		return nil
	}
	for _, m := range st.speakers[best].subj {
		if m.Code == src.Code {
			return nil
		}
	}
	r := st.speakers[best].subj[0]
	return &r
}

// reportHolds reports that the act at token e lies in the report of the
// speech verb of sp (see reportedBy).
func reportHolds(st *sentence, sp speaker, e int) bool {
	toks := st.toks
	if len(sp.subj) == 0 {
		return false
	}
	from := sp.head // where the speech clause starts: its subject, or the verb when the subject follows
	for _, m := range sp.subj {
		if m.Start < from {
			from = m.Start
		}
	}
	sub := subordinateSpeech(st, from, sp.head)
	switch {
	case e >= from && e <= sp.head:
		return true
	case e > sp.head:
		for k := sp.head + 1; k < e; k++ {
			if toks[k].Text == ";" || toks[k].Text == "." || sub && toks[k].Text == "," {
				return false
			}
			if toks[k].Text == "," && k+1 < e && (toks[k+1].Lower == "but" || toks[k+1].Lower == "while" || toks[k+1].Lower == "whereas") {
				return false // "said …, but …": the writer goes on
			}
			if chargeAside(st, k) {
				return false // "said Hamas fired rockets …, a claim Hamas denied": the writer's aside
			}
		}
		q := sp.head + 1
		if q < len(toks) && toks[q].Text == ":" {
			q++
		}
		if q < len(toks) && isDoubleQuote(toks[q].Text) {
			for k := q + 1; k < e; k++ {
				if isDoubleQuote(toks[k].Text) {
					return false // the quotation closed before the act
				}
			}
		}
		return true
	}
	if sub {
		return false
	}
	if !hasComplement(st, sp.head) {
		return true // "…, Yonhap said": the whole of what came before
	}
	for k := e + 1; k < from; k++ {
		if isClauseBreak(toks, k) || toks[k].Text == "," && !speakersPhrase(toks, k) {
			return false // "After Sharon cut off ties …, Israel has said it will …"
		}
	}
	return true
}

// subordinateSpeech reports a speech verb at head, its clause starting at
// from, that opens no main clause: after a subordinating conjunction or a
// relative or complement "that" ("after Trump said", "that they said",
// "in which he said", "who said"). "as X said" closing a clause is an
// attribution of the clause before, no subordinate clause of its own.
func subordinateSpeech(st *sentence, from, head int) bool {
	toks := st.toks
	if head > 0 {
		switch toks[head-1].Lower {
		case "who", "which", "that":
			return true
		}
	}
	for n := 0; from > 0 && n < 8 && subjectWord(st, from-1); n++ {
		from-- // "that the UN announced", "that Gaza's health ministry said"
	}
	if from == 0 {
		return false
	}
	switch toks[from-1].Lower {
	case "after", "before", "when", "while", "since", "because", "although", "though", "if", "until", "once", "unless", "whereas",
		"that", "which", "who", "whom", "whose", "where":
		return true
	case "as":
		for j := head + 1; j < len(toks) && !punct(toks[j]); j++ {
			if finite(toks[j].Tag) || toks[j].Tag == "MD" || toks[j].Lower == "that" {
				return true // "as Trump said the North would face …"
			}
		}
	}
	return false
}

// punct reports a punctuation token.
func punct(t dyad.Token) bool {
	switch t.Text {
	case ",", ".", ";", ":", "!", "?":
		return true
	}
	return false
}

// hasComplement reports a speech verb at head followed by what it says (a
// clause, "that", a quotation) before the next punctuation, not only by
// its date, manner or place ("said on Friday", "said in a statement").
func hasComplement(st *sentence, head int) bool {
	toks := st.toks
	for j := head + 1; j < len(toks) && !punct(toks[j]); j++ {
		if finite(toks[j].Tag) || toks[j].Tag == "MD" || toks[j].Lower == "that" || isDoubleQuote(toks[j].Text) {
			return true
		}
	}
	return false
}

// nearSubject reports a speaker whose subject stands next to its verb,
// before it past dates and adverbs ("Israel has said", "the Israeli
// Government says") or right after it ("said Mallam Garba Shehu"): a
// second speech verb of a sentence whose subject the coder had to look
// far for ("… France announced it would prosecute any French Isis members
// who …, and in October said") reports nothing.
func nearSubject(st *sentence, sp speaker) bool {
	for _, m := range sp.subj {
		if m.Start > sp.head && m.Start <= sp.head+2 {
			return true
		}
		if m.End <= sp.head {
			k := m.End
			for k < sp.head && (st.isDate[k] || st.toks[k].Tag == "RB" || isAux(st.toks[k]) || st.toks[k].Tag == "MD") {
				k++
			}
			if k == sp.head {
				return true
			}
		}
	}
	return false
}

// placedSubject reports a speaker fit to report: a speech verb after a comma
// or a closing quotation mark ("…, said a spokesperson") has its subject
// after it, so an actor found before it is none ("The United Nations
// welcomes the release of the schoolgirls kidnapped by Boko Haram, said a
// spokesperson": not Boko Haram).
func placedSubject(st *sentence, sp speaker) bool {
	toks := st.toks
	if !st.words.invertedSpeech[toks[sp.head].Lemma] {
		return true // "…, Emmanuel Macron, told his Turkish counterpart": an object
	}
	if sp.head == 0 || sp.head+1 >= len(toks) || toks[sp.head-1].Text != "," && !isDoubleQuote(toks[sp.head-1].Text) || hasComplement(st, sp.head) {
		return true // "…, the Turkish leader, Recep Tayyip Erdoğan, said that …"
	}
	switch t := toks[sp.head+1].Tag; {
	case t == "DT" || t == "JJ" || t == "PRP$" || strings.HasPrefix(t, "NN"):
	default:
		return true
	}
	for _, m := range sp.subj {
		if m.Start > sp.head {
			return true
		}
	}
	return false
}

// speakersPhrase reports a comma at k closing a phrase that opens the
// sentence with the speaker's own words ("In further comments suggesting
// Turkey could expand the offensive, the prime minister has said …", "In
// an interview with Reuters, …"): what it holds is the report's.
func speakersPhrase(toks []dyad.Token, k int) bool {
	if toks[0].Lower != "in" && toks[0].Lower != "during" {
		return false
	}
	for j := 1; j < k && j <= 4; j++ {
		switch toks[j].Lower {
		case "comments", "remarks", "statement", "interview", "speech", "address", "briefing", "letter", "call", "statements", "interviews":
			return true
		}
	}
	return false
}

// subjectWord reports a token at k that may belong to the noun phrase of
// a subject: an actor's word, a determiner, an adjective, a noun or a
// possessive.
func subjectWord(st *sentence, k int) bool {
	switch t := st.toks[k].Tag; {
	case st.at[k] >= 0, t == "DT", t == "JJ", t == "POS", t == "PRP$", t == "CD", strings.HasPrefix(t, "NN"):
		return !st.isDate[k]
	}
	return false
}

// unnamedOfficials reports a reporter that is bare unnamed officials
// ("…, officials said", "a senior official said", "according to
// officials") or mediators ("Israel and Hamas agreed to a truce, mediators
// said": a third party, no government of the parties), diplomats or
// negotiators ("Russia and Ukraine swapped prisoners, diplomats said":
// either side's, or neither's): its country came
// from other actors of the text (the resolved Kind "coref"), not from a
// word of its own, and such a report gives no reporter. An adjective or a place names the country
// ("Ukrainian officials", "officials in Kyiv", "Qatari mediators", "Western diplomats": Kind
// not "coref" or words after the noun) and keeps it. Words before the noun are lower case
// ("a senior official", "two officials"), the sentence's first excepted
// when a determiner.
func unnamedOfficials(st *sentence, r *actors.Mention) bool {
	if r.Kind != "coref" || r.End <= r.Start || r.End > len(st.toks) {
		return false
	}
	switch st.toks[r.End-1].Lower {
	case "official", "officials", "mediator", "mediators", "diplomat", "diplomats", "negotiator", "negotiators":
	default:
		return false
	}
	for k := r.Start; k < r.End-1; k++ {
		if t := st.toks[k]; startsUpperASCII(t.Text) && !(k == 0 && t.Tag == "DT") || t.Tag == "NNP" || t.Tag == "POS" {
			return false // "Kremlin officials", "Russia's officials"
		}
	}
	return true
}

// chargeAside reports a writer's aside opening at the comma at token k
// that names the report before it as a charge ([charge nouns]) and tells
// its answer: ", a claim Hamas denied", ", an accusation Moscow rejects",
// ", charges the ministry called baseless". The answer is no part of the
// report.
func chargeAside(st *sentence, k int) bool {
	toks := st.toks
	if toks[k].Text != "," {
		return false
	}
	j := k + 1
	if j < len(toks) && (toks[j].Lower == "a" || toks[j].Lower == "an") {
		j++
	}
	return j+1 < len(toks) && st.words.chargeNouns[toks[j].Lower] && toks[j+1].Tag != "IN" && toks[j+1].Text != ","
}
