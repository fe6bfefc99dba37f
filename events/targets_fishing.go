package events

// A fishing boat or trawler named by a nationality and fired on, rammed
// or barred is a business of that state (BUS), as an airliner is its
// airline's: the boat belongs to its owners, not to the state (gold:
// "fired warning shots at a Chinese fishing boat" KORMIL 150 CHNBUS,
// "suspended the licences of three Spanish trawlers" ESPBUS in
// events-dev14-wire.jsonl).
//
//	"Argentina's navy fired on a Chinese trawler off Patagonia"          ARGMIL 190 CHNBUS
//
// A fishing boat seized, detained or impounded (171, 1711, 173), one or
// many, counted or not, takes the bare state the text gives it, as a
// ship seized takes its flag state (gold README, "Conventions fixed
// here", item 65: dev35-wire W35013 VNM, dev38-wire W38004 CHN, dev66-wire
// W66015 CHN, dev7-targets d7t011 CHN, dev14-wire W14181 RUS and W14282
// VNM):
//
//	"Italy's coast guard seized a Tunisian fishing boat off Lampedusa"   ITAMIL 171 TUN
//
// Boats handed back or returned (0842) are returned to their state, the
// state itself, as the gold sets code them ("Venezuela handed back three
// Colombian fishing boats" VEN 0842 COL, dev41-wire W41045; "North Korea
// returned a South Korean fishing boat" PRK 0842 KOR, dev54-wire W54013).
//
// A boat named by its flag ("a Panamanian-flagged fishing vessel") stays
// the flag state (gold README: a strike on or seizure of an "X-flagged"
// ship is the flag state's), and a boat no nationality names takes none.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// fishingBoatOwner recodes h's single target, a nationality adjective
// right before "fishing" and a craft noun ("fishing boat(s)", "fishing
// vessel(s)", "fishing trawler(s)": [fishing craft] of data/words.txt) or
// a craft noun that is a fishing boat alone ("trawler(s)": [lone fishing
// craft]), to that state's business, unless h seizes, detains or returns
// the boat (171, 1711, 173, 0842: the state itself).
func (c *Coder) fishingBoatOwner(st *sentence, h *verbHit) {
	if len(h.target) != 1 {
		return
	}
	t := h.target[0]
	if len(t.Country) != 3 || len(t.Sectors) != 0 || t.Kind != actors.KindAdjective || strings.HasSuffix(strings.ToLower(t.Text), "-flagged") {
		return
	}
	if !fishingCraftAt(st.toks, t.End, st.words.fishingCraft, st.words.loneFishingCraft) {
		return
	}
	if h.code == "0842" {
		return // "handed back three Colombian fishing boats": returned to the state (W41045, W54013)
	}
	switch h.code {
	case "171", "1711", "173":
		return // "seized a Chinese fishing boat": the state the boat is from (gold README item 65)
	}
	t.Code, t.Sectors = t.Country+"BUS", []string{"BUS"}
	h.target = []actors.Mention{t}
}

// fishingCraftAt reports "fishing" and a noun of craft, or a noun of
// lone (a fishing boat alone: "trawler"), starting at token k.
func fishingCraftAt(toks []dyad.Token, k int, craft, lone wordList) bool {
	if k >= len(toks) {
		return false
	}
	if lone[toks[k].Lower] {
		return true
	}
	return toks[k].Lower == "fishing" && k+1 < len(toks) && craft[toks[k+1].Lower]
}
