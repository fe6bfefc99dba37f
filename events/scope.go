package events

// Scope rules for acts that a governing word says are not done, found by
// judging a sample of coded real news (November 2026): an obligation in
// the present ("the government has to call an election", "needs to
// withdraw"), a bare infinitive under an infinitive or future "help"
// ("stayed to help the Kurds repel the attack"), a nominal act that is
// prepared or planned ("Russia is preparing an offensive"), and an
// undated participle that describes its clause's subject ("peace talks
// brokered by Russia have gone nowhere").

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// obligation reports an infinitive at i governed by a present obligation
// ("has to call an election", "have to leave", "needs to withdraw"): what
// ought to happen, not a deed. "Had to withdraw" says it happened.
func obligation(toks []dyad.Token, i int) bool {
	if i < 2 || toks[i-1].Lower != "to" || toks[i].Tag != "VB" {
		return false
	}
	switch toks[i-2].Lower {
	case "has", "have", "need", "needs":
		return toks[i-2].Tag != "NN" && toks[i-2].Tag != "NNS" // not "the need to act"
	}
	return false
}

// helpedVerb returns the token of the verb "help" whose bare infinitive
// is the verb at i ("help the Kurds repel the attack"), past its object
// noun phrase, or -1.
func helpedVerb(st *sentence, i int) int {
	toks := st.toks
	if toks[i].Tag != "VB" && toks[i].Tag != "VBP" || i < 2 || toks[i-1].Lower == "to" {
		return -1 // (after a plural object the tagger may see a present: "help the Kurds repel")
	}
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		t := toks[j]
		if t.Lemma == "help" && strings.HasPrefix(t.Tag, "VB") {
			if j == i-1 {
				return -1 // "help repel": the object would be between
			}
			return j
		}
		if st.at[j] >= 0 || t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "NNP" || t.Tag == "NNPS" || t.Tag == "PRP" || t.Tag == "PRP$" || t.Tag == "POS" || t.Tag == "CD" {
			continue
		}
		return -1
	}
	return -1
}

// preparedNominal returns the lemma of the verb that prepares or plans
// the event noun at i ("is preparing a military offensive", "planned an
// assault on the city"), past its determiner and premodifiers, or "".
func preparedNominal(st *sentence, i int) string {
	toks := st.toks
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		t := toks[j]
		if strings.HasPrefix(t.Tag, "VB") {
			switch t.Lemma {
			case "prepare", "plan", "plot", "mull", "contemplate", "weigh", "consider", "envisage", "eye":
				return t.Lemma
			}
			return ""
		}
		if !(st.at[j] >= 0 || t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "PRP$" || t.Tag == "POS" || t.Tag == "CD") {
			return ""
		}
	}
	return ""
}

// subjectParticiple reports a participle at i with "by" after it that
// postmodifies the common noun before it at the head of its clause's
// subject, in a sentence with no date: "The peace talks brokered by
// Russia, Turkey and Iran have gone nowhere". The participle describes
// the subject from its past; the news is in the predicate. (Dated, "a
// ceasefire brokered by Egypt on Tuesday", it is news and stays.)
func subjectParticiple(st *sentence, i int) bool {
	toks := st.toks
	if toks[i].Tag != "VBN" && toks[i].Tag != "VBD" || i < 2 || i+1 >= len(toks) || toks[i+1].Lower != "by" || len(st.dates) > 0 {
		return false
	}
	if p := toks[i-1]; p.Tag != "NN" && p.Tag != "NNS" || !startsLowerASCII(p.Text) {
		return false
	}
	j := i - 2
	for j >= 0 && (toks[j].Tag == "JJ" || toks[j].Tag == "DT" || toks[j].Tag == "NN" || toks[j].Tag == "CD" || toks[j].Tag == "PRP$" || st.at[j] >= 0) {
		j--
	}
	if j >= 0 && toks[j].Text != "," && toks[j].Text != ";" && toks[j].Lower != "and" && toks[j].Lower != "but" {
		return false
	}
	// the clause's own verb after the participle phrase
	for k := i + 2; k < len(toks); k++ {
		if toks[k].Text == ";" || toks[k].Lower == "that" || toks[k].Lower == "which" || toks[k].Lower == "who" {
			return false
		}
		if finite(toks[k].Tag) || toks[k].Tag == "MD" {
			return true
		}
	}
	return false
}
