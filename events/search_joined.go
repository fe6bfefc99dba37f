package events

import "github.com/dyad-events/dyad/actors"

// searchJoined settles the target of a search for survivors joined (073,
// "join the search for survivors"): rescuers from abroad aid the stricken
// state itself, not its civilians ("Turkish rescue teams joined the search
// for survivors in Albania" TUR 073 ALB, as "sent rescuers to Albania"),
// and rescuers searching at home give no aid event at all ("Albanian
// rescue teams joined the search for survivors in Durres", as firefighters
// rescuing people trapped by floods at home are none in the gold sets).
func searchJoined(st *sentence, h *verbHit) {
	if h.code != "073" || st.toks[h.head].Lemma != "join" || len(h.source) == 0 || len(h.target) != 1 {
		return
	}
	t := h.target[0]
	if t.Country == "" {
		return
	}
	if t.Country == h.source[0].Country {
		h.code = ""
		return
	}
	if t.Code == t.Country+"CVL" {
		t.Code, t.Sectors = t.Country, nil
		h.target = []actors.Mention{t}
	}
}
