package events

// Money deposited in a state's central bank: "Qatar deposited $1 billion
// in Sudan's central bank", "Saudi Arabia placed a $3 billion deposit with
// Pakistan's central bank". The bank (GOV, agents.txt) only holds the sum;
// the aid props up the state's currency and reserves, so the gold sets
// code it as aid to the state itself (071 with the bare country).

import "strings"

// depositedWithBank makes the target of an economic aid hit (071) told
// with a deposit ("deposit" the verb or a noun in the hit's words) the
// bare state when it is that state's central bank: a mention whose text
// ends in "central bank". Other targets are left as they are.
func depositedWithBank(st *sentence, h *verbHit) {
	if h.code != "071" || len(h.target) != 1 || len(h.target[0].Country) != 3 {
		return
	}
	t := h.target[0]
	if !strings.HasSuffix(strings.ToLower(t.Text), "central bank") {
		return
	}
	if st.toks[h.head].Lemma != "deposit" && !words(st.toks[h.head:h.end], "deposit", "deposits") {
		return
	}
	t.Code, t.Sectors = t.Country, nil
	h.target[0] = t
}
