package events

import "strings"

// An act in the present perfect inside a restrictive relative clause
// ("joining anti-government protesters who have occupied Tahrir Square
// since last month", "the latest in a series of mass expulsions that
// rights groups have condemned", "an employee who has been detained in
// Beijing since March") tells what the antecedent has done or undergone
// so far: it describes the noun, and the news is the main clause's.
// CODING.md codes an act of the sentence's background only when it is
// the news ("Nominal events are coded when they are an argument of the
// main predicate"); the open gold files code no act of such a clause
// (W17048 "Rohingya who have fled Myanmar for Bangladesh since August",
// W32043, W43033, W48032, w3-0205, C0279 "scam compounds that have
// trapped thousands of trafficked workers"). perfectRelative reads the
// non-restrictive ", which has …" and pluperfectRelative the past
// perfect; tollRelative the toll of a conflict.

// restrictivePerfectRelative reports the verb hit h in the present
// perfect ("has"/"have", adverbs and "been" between) opening a relative
// clause after "who", "which", "whom" or "that" (after a noun) in one of
// two shapes:
//   - the pronoun is the clause's subject and the clause holds a "since"
//     span, a state kept from then to now ("protesters who have occupied
//     Tahrir Square since last month", "a businessman who has been
//     detained since March"); without one the act may be recent news
//     ("politicians who have objected to the plans", judged right in
//     real news), and a passive with its agent ("who have been handed
//     death sentences by Iraqi courts") stays as well;
//   - an actor is the clause's subject and the verb's object is missing,
//     being the antecedent ("expulsions that rights groups have
//     condemned", "the town which rebels have held"): not a complement
//     clause ("reports that Russia has fired missiles", "the second time
//     that North Korea has tested its missiles", "saying that North Korea
//     has launched a missile"), whose verb has its object, nor one after
//     a noun of [complement nouns].
//
// A date in the clause other than one opening a "since" span makes it
// the day's news ("a border that Iran has closed on Monday").
func restrictivePerfectRelative(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if h.p.Noun || toks[i].Tag != "VBN" && toks[i].Tag != "VBD" {
		return false
	}
	j := auxBefore(toks, i, true)
	if j < 2 || toks[j].Lower != "has" && toks[j].Lower != "have" {
		return false
	}
	passive := toks[i-1].Lower == "been"
	k := j - 1 // the clause's subject, if any
	subject := false
	if st.at[k] >= 0 {
		k = st.ments[st.at[k]].Start - 1
		subject = true
	} else if toks[k].Tag == "PRP" {
		return false // "that it has": a complement clause as often as not
	}
	if k < 1 {
		return false
	}
	end := clauseEnd(toks, i)
	for _, d := range st.dates {
		if d.start > k && d.start < end && toks[d.start].Lower != "since" && toks[d.start-1].Lower != "since" {
			return false // dated in the clause: the day's act
		}
	}
	ante := toks[k-1] // the relative clause's antecedent
	if st.at[k-1] < 0 && (!strings.HasPrefix(ante.Tag, "NN") || st.isDate[k-1]) || st.words.complementNouns[ante.Lower] {
		return false // "said that", "reports that Russia has fired"
	}
	switch toks[k].Lower {
	case "who", "which", "whom", "that":
	default:
		return false
	}
	if !subject {
		since := false
		for m := i + 1; m < end; m++ {
			if passive && toks[m].Lower == "by" {
				return false // a passive with its agent
			}
			since = since || toks[m].Lower == "since"
		}
		return since
	}
	if passive {
		return false
	}
	return !objectFollows(st, i)
}

// objectFollows reports a noun phrase right after the verb at i, past
// particles and adverbs: the verb's object ("has tested its missiles").
func objectFollows(st *sentence, i int) bool {
	toks := st.toks
	k := i + 1
	for k < len(toks) && (toks[k].Tag == "RP" || toks[k].Tag == "RB") {
		k++
	}
	if k >= len(toks) {
		return false
	}
	if st.at[k] >= 0 {
		return !st.isDate[k]
	}
	switch t := toks[k].Tag; {
	case t == "DT" || t == "PRP$" || t == "PRP" || t == "CD" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN"):
		return !st.isDate[k]
	}
	return false
}
