package events

// Another's state of mind. "Be concerned / worried / confident" is an
// event (012, 013) when the holder says so ("said he was confident",
// "“Russia is deeply worried,” a Kremlin spokesman said"): a statement of
// its own. Told by someone else, as what that speaker says, knows or
// guesses another feels, it is the speaker's opinion of the holder, no
// statement of the holder's: "The union leader said Chancellor Olaf Scholz
// was deeply worried about the strike", "an analyst said the test showed
// Pyongyang was confident in its rocket", "I know many Kenyans are
// concerned about the new tax". Named in an indirect question or a free
// relative ("why the president would be worried", "what Indian farmers
// are worried about"), it is no statement at all. (A state of mind in the reporter's own voice with no speaker is
// statelike, falseevents_opinion.go.)

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// othersFeeling reports a "be concerned / confident" hit h (012, 013)
// whose holder, a noun phrase rather than a pronoun, follows a wh-word
// or a verb of saying or knowing whose subject is not the holder (nor,
// for a holder that is a state, an organ of that state).
func (c *Coder) othersFeeling(st *sentence, h *verbHit) bool {
	if h.code != "012" && h.code != "013" || len(h.p.Slots) == 0 || len(h.p.Slots[0]) == 0 || h.p.Slots[0][0] != "be" {
		return false
	}
	toks := st.toks
	// the holder: the noun phrase before "be", past adverbs and modals
	// ("was very worried", "would be worried", "are also concerned")
	e := h.head
	for e > 0 && (strings.HasPrefix(toks[e-1].Tag, "RB") || toks[e-1].Tag == "MD") {
		e--
	}
	if e == 0 {
		return false
	}
	s := e
	for s > 0 && holderWord(toks[s-1]) {
		s--
	}
	if s == e {
		return false // a pronoun ("said he was confident") or no noun phrase
	}
	// the holder is the mention nearest "be": a speech verb's object may
	// stand first ("told reporters the United States was concerned",
	// "told Reuters the group was concerned")
	var holder *actors.Mention
	for k := e - 1; k >= s; k-- {
		if m := st.at[k]; m >= 0 {
			holder = &st.ments[m]
			break
		}
	}
	if s == 0 {
		return false
	}
	v := s - 1
	if toks[v].Lower == "that" && v > 0 {
		v--
	}
	switch toks[v].Lower {
	case "what", "why", "how":
		return true // "what Indian farmers are worried about", "why the president would be worried"
	}
	for v > 0 && strings.HasPrefix(toks[v].Tag, "RB") {
		v--
	}
	if !strings.HasPrefix(toks[v].Tag, "VB") || !c.isSpeechOrCognition(toks[v]) {
		return false
	}
	for _, sp := range st.speakers {
		if sp.head != v {
			continue
		}
		for _, m := range sp.subj {
			if holder != nil && (m.Code == holder.Code || holder.Code == holder.Country && m.Country == holder.Country || ownOrgan(m, *holder)) {
				return false // "Peskov said Russia was deeply worried": the state's own voice
			}
		}
	}
	return true
}

// holderWord reports a token that may belong to the noun phrase naming
// the holder of a state of mind: "Chancellor Olaf Scholz", "many
// Kenyans", "the Iraqi prime minister", "North Korea's leaders".
func holderWord(t dyad.Token) bool {
	switch t.Tag {
	case "NNP", "NNPS", "NN", "NNS", "JJ", "DT", "POS", "CD", "PDT":
		return true
	}
	return t.Text == "'s" || t.Text == "’s"
}

// ownOrgan reports a speaker that is an organ of the same state as a
// holder that is a state body, not a person: "the Pentagon said the U.S.
// military was confident" is the state's own voice.
func ownOrgan(speaker, holder actors.Mention) bool {
	return holder.Country != "" && speaker.Country == holder.Country && !holder.Person &&
		hasSector(holder, "GOV", "MIL", "COP", "SPY") && hasSector(speaker, "GOV", "MIL", "COP", "SPY")
}
