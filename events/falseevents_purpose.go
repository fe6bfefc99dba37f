package events

// Acts a sentence does not tell as done, from real news a new user coded:
//
//   - a purpose told as the content of an aim: "in an attempt to get the
//     Sudanese government to stop killing its own people" (the killing to
//     be stopped), "arming Turkey's security forces to shoot at refugees"
//     (what the arms are for);
//   - the pretext named in "using suicide attacks as a pretext for …": the
//     speaker's account of someone's excuse, no attack of the day;
//   - a participle graded as an adjective: "among the most tortured I've
//     ever seen", "a deeply tortured relationship";
//   - the idiom "stabbed Turkey in the back": a betrayal of a state or a
//     body, no assault (a person stabbed in the back is).

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// purposeAct reports a hit that is the aim of another act, not an act
// told (see the file comment): a gerund after "to stop" (or cease,
// quit, halt) whose "to" follows the object of a verb of getting someone
// to act ([purpose causatives]: "to get X to stop killing") or a noun of
// an aim ("in an attempt to stop shelling"), or an infinitive (and the
// verbs coordinated with it) whose "to" follows the object of a verb of
// equipping ([equipping verbs]: "arming X to shoot at refugees").
func purposeAct(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if i < 2 {
		return false
	}
	if toks[i].Tag == "VBG" || toks[i].Tag == "NN" {
		switch toks[i-1].Lemma {
		case "stop", "cease", "quit", "halt":
		default:
			return false
		}
		if i < 3 || toks[i-2].Lower != "to" {
			return false
		}
		if n := toks[i-3]; st.words.aimNouns[n.Lower] {
			return true // "in an attempt to stop shelling"
		}
		v := governorBefore(st, i-3)
		return v >= 0 && st.words.purposeCausatives[toks[v].Lemma]
	}
	if toks[i].Tag != "VB" && !(toks[i].Tag == "VBP" && (toks[i-1].Lower == "and" || toks[i-1].Lower == "or")) {
		return false // (a bare verb coordinated in the infinitive may be read as a present: "to fly planes and shoot")
	}
	to := infinitiveTo(toks, i)
	if to < 1 {
		return false
	}
	v := governorBefore(st, to-1)
	if v >= 2 && (toks[v-1].Lower == "and" || toks[v-1].Lower == "or") && strings.HasPrefix(toks[v-2].Tag, "VB") && st.words.equippingVerbs[toks[v-2].Lemma] {
		return true // "arming and maintaining the forces … to shoot"
	}
	return v >= 0 && st.words.equippingVerbs[toks[v].Lemma]
}

// infinitiveTo returns the "to" of the infinitive at i, past verbs
// coordinated before it ("to fly its planes and drive its tanks and
// shoot at refugees"), or -1.
func infinitiveTo(toks []dyad.Token, i int) int {
	for k := i - 1; k >= 0 && k >= i-20; k-- {
		t := toks[k]
		if t.Lower == "to" && k+1 < len(toks) && (toks[k+1].Tag == "VB" || toks[k+1].Tag == "VBP") {
			return k
		}
		if finite(t.Tag) || t.Tag == "MD" || t.Text == ";" || t.Text == ":" || t.Lower == "that" || t.Lower == "which" || t.Lower == "who" {
			return -1
		}
	}
	return -1
}

// governorBefore returns the verb whose object ends at token e: walking
// back over the object's noun phrase (nouns, adjectives, determiners,
// possessives, actors, "of", "and", and commas around an apposition),
// the first verb reached; -1 when something else comes first or the
// object is empty.
func governorBefore(st *sentence, e int) int {
	toks := st.toks
	k := e
	for ; k >= 0 && k > e-16; k-- {
		t := toks[k]
		if strings.HasPrefix(t.Tag, "VB") {
			if k == e {
				return -1 // no object: "decided to stop"
			}
			if t.Tag == "VBN" && k > 0 && (toks[k-1].Tag == "DT" || toks[k-1].Tag == "PRP$") {
				continue // "its trained forces"
			}
			return k
		}
		if st.at[k] >= 0 || strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ") || t.Tag == "DT" || t.Tag == "PRP$" || t.Tag == "PRP" || t.Tag == "POS" || t.Tag == "CD" ||
			t.Lower == "of" || t.Lower == "and" || t.Text == "," || t.Lower == "'s" || t.Lower == "’s" {
			continue
		}
		return -1
	}
	return -1
}

// pretextNominal reports a nominal event that is named as someone's
// pretext: the object of "using" (or citing) before "as a pretext", "as
// an excuse", "as a justification" ([pretext nouns]): "Israel was using
// suicide attacks as a pretext for waging war" tells no attack.
func pretextNominal(st *sentence, h *verbHit) bool {
	if !nounLike(st, h) {
		return false
	}
	toks := st.toks
	after := -1
	for k := h.head + 1; k+2 < len(toks) && k <= h.head+4; k++ {
		if toks[k].Lower == "as" {
			after = k
			break
		}
		if !strings.HasPrefix(toks[k].Tag, "NN") && toks[k].Tag != "IN" && toks[k].Tag != "DT" && toks[k].Tag != "JJ" && st.at[k] < 0 {
			return false
		}
	}
	if after < 0 {
		return false
	}
	k := after + 1
	if toks[k].Tag == "DT" {
		k++
	}
	if k >= len(toks) || !st.words.pretextNouns[toks[k].Lower] {
		return false
	}
	for j := h.head - 1; j >= 0 && j >= h.head-5; j-- {
		switch toks[j].Lemma {
		case "use", "cite", "invoke", "exploit":
			return true
		}
		if finite(toks[j].Tag) {
			return false
		}
	}
	return false
}

// gradedParticiple reports a participle of an event verb graded by a
// degree word before it ("the most tortured", "more tortured", "so
// tortured"): an adjective, no act. A passive's degree adverb is of
// manner ("badly tortured" is not read so).
func gradedParticiple(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if i < 1 || toks[i].Tag != "VBN" && toks[i].Tag != "JJ" && toks[i].Tag != "VBD" {
		return false
	}
	switch toks[i-1].Lower {
	case "most", "more", "least", "less", "very", "so", "rather", "quite", "deeply", "truly":
	default:
		return false
	}
	if toks[i].Tag == "VBD" && !(i >= 2 && (toks[i-2].Tag == "DT" || toks[i-2].Lemma == "be")) {
		return false // a past tense is a verb unless "the most" or "is so" grades it
	}
	if toks[i-1].Lower == "more" && i >= 2 && (toks[i-2].Tag == "CD" || toks[i-2].Lower == "once" || toks[i-2].Lower == "no") {
		return false // "once more attacked"
	}
	return true
}

// betrayalIdiom reports a verb of stabbing ([betrayal verbs]) with a
// state, a capital or an organisation as its object and "in the back"
// after it: "The US had stabbed Turkey in the back" is a betrayal, said,
// no assault. A person or people stabbed in the back were.
func betrayalIdiom(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if h.p.Noun || !st.words.betrayalVerbs[toks[i].Lemma] || i+1 >= len(toks) {
		return false
	}
	m := st.at[i+1]
	if m < 0 || m >= len(st.ments) {
		return false
	}
	switch st.ments[m].Kind {
	case actors.KindCountry, actors.KindCapital, actors.KindOrg:
	default:
		return false
	}
	e := st.ments[m].End
	return wordsAt(toks, e, []string{"in", "the", "back"})
}
